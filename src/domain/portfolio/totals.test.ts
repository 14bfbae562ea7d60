import { describe, expect, it } from "vitest";
import { totals, type TotalsRow } from "./totals.ts";

const row = (r: Partial<TotalsRow>): TotalsRow => ({
  value: 0n,
  managerValue: 0n,
  costBasis: 0n,
  realised: 0n,
  withdrawn: 0n,
  ...r,
});

describe("totals", () => {
  it("adds positions and manager tokens into one total", () => {
    const t = totals([row({ value: 110n, costBasis: 100n }), row({ value: 50n, managerValue: 7n, costBasis: 60n })]);
    expect(t.total).toBe(167n);
  });

  it("P&L is unrealised plus realised, against everything paid for shares", () => {
    // Paid 100, redeemed half for 60 (realised +10), the rest is worth 45 (unrealised −5).
    const t = totals([row({ value: 45n, costBasis: 50n, realised: 10n, withdrawn: 60n })]);
    expect(t.pnl).toBe(5n);
    expect(t.invested).toBe(100n);
    expect(t.pnlPpm).toBe(50_000n); // +5 %
  });

  it("a loss is negative and its percentage truncates toward zero", () => {
    const t = totals([row({ value: 2n, costBasis: 3n })]);
    expect(t.pnl).toBe(-1n);
    expect(t.pnlPpm).toBe(-333_333n);
  });

  it("manager tokens add to the total, not to the P&L", () => {
    const t = totals([row({ managerValue: 9n })]);
    expect(t).toEqual({ total: 9n, pnl: 0n, invested: 0n, pnlPpm: undefined });
  });

  it("an empty portfolio totals zero with no percentage", () => {
    expect(totals([])).toEqual({ total: 0n, pnl: 0n, invested: 0n, pnlPpm: undefined });
  });
});
