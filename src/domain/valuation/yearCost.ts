// What a year in the fund costs an investor, in money, for an amount they would put in: the
// entry fee at once, the management fee on the year's value, the performance fee on a gain above
// the hurdle, and the exit fee when they leave. A projection at the fund's terms (DESIGN §3),
// with the fees charged once at the year's end, from a high-water mark at today's price; the
// fund accrues at each operation, so its charges differ slightly (they compound).
import { mulDiv } from "./math.ts";

const BPS = 10_000n;

export type YearFeeTerms = {
  entryBps: bigint;
  exitBps: bigint;
  managementBps: bigint;
  performanceBps: bigint;
  hurdleBps: bigint;
};

export type YearCost = {
  entry: bigint;
  management: bigint;
  performance: bigint;
  exit: bigint;
  total: bigint;
  /** What the investor holds after the year and the exit, for `amount` put in. */
  end: bigint;
};

/**
 * The fees on `amount` (asset units) over a year in which the fund's assets grow by `gainBps`
 * (negative for a loss) before fees.
 */
export function yearCost(amount: bigint, gainBps: bigint, t: YearFeeTerms): YearCost {
  const entry = mulDiv(amount, t.entryBps, BPS, "ceil");
  const start = amount - entry;
  const grown = start + (start * gainBps) / BPS;
  const gross = grown > 0n ? grown : 0n;
  const management = mulDiv(gross, t.managementBps, BPS);
  // Above the hurdle-adjusted high-water mark: today's value grown by the hurdle.
  const bar = start + mulDiv(start, t.hurdleBps, BPS);
  const over = gross - management - bar;
  const performance = over > 0n ? mulDiv(over, t.performanceBps, BPS) : 0n;
  const held = gross - management - performance;
  const exit = mulDiv(held, t.exitBps, BPS, "ceil");
  return { entry, management, performance, exit, total: entry + management + performance + exit, end: held - exit };
}
