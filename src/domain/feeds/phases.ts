// One feed's history from the rounds of its phases (the aggregators behind its proxy), as the
// proxy answered it: in round-id order, each phase ending where the next one began.
import { proxyRoundId } from "./roundId.ts";

/** A round as an aggregator of phase `phaseId` recorded it. */
export type PhaseRound = { phaseId: number; aggregatorRoundId: bigint; answer: bigint; updatedAt: bigint };
/** A round of the feed, by its proxy round id. */
export type FeedRound = { roundId: bigint; answer: bigint; updatedAt: bigint };

/**
 * The rounds of every phase merged into one history, ordered by proxy round id. A round with no
 * time (an aggregator's empty slot) is dropped, as is a repeat of a round already seen. An old
 * aggregator may keep reporting after the proxy moved on: its rounds dated after a later
 * phase's first round were never the proxy's answer, so they are dropped too. Times then never
 * decrease, which price lookups by time rely on.
 */
export function mergePhases(rounds: readonly PhaseRound[]): FeedRound[] {
  const cmp = (x: bigint, y: bigint) => (x < y ? -1 : x > y ? 1 : 0);
  const byRound = (a: PhaseRound, b: PhaseRound) =>
    a.phaseId - b.phaseId || cmp(a.aggregatorRoundId, b.aggregatorRoundId);
  const sorted = rounds.filter((r) => r.updatedAt > 0n).sort(byRound);
  const firstOfPhase = new Map<number, bigint>();
  for (const r of sorted) if (!firstOfPhase.has(r.phaseId)) firstOfPhase.set(r.phaseId, r.updatedAt);
  // The earliest start of any later phase, for each phase.
  const phases = [...firstOfPhase.keys()];
  const cutoff = new Map<number, bigint | undefined>();
  let later: bigint | undefined;
  for (let i = phases.length - 1; i >= 0; i--) {
    cutoff.set(phases[i], later);
    const start = firstOfPhase.get(phases[i])!;
    later = later === undefined || start < later ? start : later;
  }
  const out: FeedRound[] = [];
  for (const r of sorted) {
    const end = cutoff.get(r.phaseId);
    if (end !== undefined && r.updatedAt > end) continue;
    const roundId = proxyRoundId(r.phaseId, r.aggregatorRoundId);
    const last = out.at(-1);
    if (last && (last.roundId === roundId || r.updatedAt < last.updatedAt)) continue;
    out.push({ roundId, answer: r.answer, updatedAt: r.updatedAt });
  }
  return out;
}
