// Chainlink's proxy round ids: the phase (which aggregator answered) in the upper 16 bits of the
// 80, the aggregator's own round id in the lower 64. Ids therefore jump at a phase change.

const PHASE_OFFSET = 64n;
const AGGREGATOR_MASK = (1n << PHASE_OFFSET) - 1n;
const MAX_PHASE = (1n << 16n) - 1n;

/** The proxy round id of round `aggregatorRoundId` of phase `phaseId`. */
export function proxyRoundId(phaseId: number, aggregatorRoundId: bigint): bigint {
  const phase = BigInt(phaseId);
  if (phase < 0n || phase > MAX_PHASE) throw new RangeError(`phase ${phaseId} is not a uint16`);
  if (aggregatorRoundId < 0n || aggregatorRoundId > AGGREGATOR_MASK) {
    throw new RangeError(`round ${aggregatorRoundId} is not a uint64`);
  }
  return (phase << PHASE_OFFSET) | aggregatorRoundId;
}

/** The phase and the aggregator's round id that a proxy round id stands for. */
export function parseRoundId(roundId: bigint): { phaseId: number; aggregatorRoundId: bigint } {
  return { phaseId: Number((roundId >> PHASE_OFFSET) & MAX_PHASE), aggregatorRoundId: roundId & AGGREGATOR_MASK };
}
