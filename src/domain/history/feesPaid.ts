// Fees a fund has charged to date, from its FeesAccrued events. The event carries no time: it is
// that of the NavRecorded the same transaction emits after it (every accrual but one made while
// changing the fees, whose time the caller looks up).
export type LogPosition = { blockNumber: bigint; logIndex: number };
export type FeeAccrual = LogPosition & { managementFee: bigint; performanceFee: bigint; feeShares: bigint };
export type TimedFee = { t: bigint; managementFee: bigint; performanceFee: bigint; feeShares: bigint };
export type FeesPaid = {
  count: number;
  management: bigint;
  performance: bigint;
  shares: bigint;
  last: bigint | undefined;
};

/** The time of each accrual from the first NavRecorded after it in its block; undefined if none. */
export function accrualTimes(
  fees: readonly FeeAccrual[],
  navs: readonly (LogPosition & { timestamp: bigint })[],
): (bigint | undefined)[] {
  const byBlock = new Map<bigint, (LogPosition & { timestamp: bigint })[]>();
  for (const n of navs) byBlock.set(n.blockNumber, [...(byBlock.get(n.blockNumber) ?? []), n]);
  return fees.map((f) => byBlock.get(f.blockNumber)?.find((n) => n.logIndex > f.logIndex)?.timestamp);
}

/** Totals in the fund's asset (fees) and shares, the number of accruals and the latest one's time. */
export function feesPaid(fees: readonly TimedFee[]): FeesPaid {
  const out: FeesPaid = { count: fees.length, management: 0n, performance: 0n, shares: 0n, last: undefined };
  for (const f of fees) {
    out.management += f.managementFee;
    out.performance += f.performanceFee;
    out.shares += f.feeShares;
    if (out.last === undefined || f.t > out.last) out.last = f.t;
  }
  return out;
}
