// One account's whole portfolio in one unit: its total value and its profit and loss over
// every position, from amounts already converted into that unit.

export type TotalsRow = {
  /** Value of the shares held. */
  value: bigint;
  /** Value of the manager tokens held (fee shares credited to the holder included). */
  managerValue: bigint;
  /** Paid for the shares still held. */
  costBasis: bigint;
  /** Gained (negative: lost) on the shares redeemed. */
  realised: bigint;
  /** Paid out for the shares redeemed. */
  withdrawn: bigint;
};

export type Totals = {
  total: bigint;
  /** Unrealised plus realised, over every position. */
  pnl: bigint;
  /** Everything paid for shares, held or redeemed since: the cost basis P&L is measured against. */
  invested: bigint;
  /** `pnl / invested` in parts per million, truncated toward zero; undefined with nothing invested. */
  pnlPpm: bigint | undefined;
};

export const PPM = 1_000_000n;

export function totals(rows: readonly TotalsRow[]): Totals {
  let total = 0n,
    pnl = 0n,
    invested = 0n;
  for (const r of rows) {
    total += r.value + r.managerValue;
    pnl += r.value - r.costBasis + r.realised;
    // A redemption's cost is what it paid out less what it gained.
    invested += r.costBasis + (r.withdrawn - r.realised);
  }
  return { total, pnl, invested, pnlPpm: invested > 0n ? (pnl * PPM) / invested : undefined };
}
