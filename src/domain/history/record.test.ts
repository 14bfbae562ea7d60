import { describe, expect, it } from "vitest";
import { DAY } from "../valuation/returns.ts";
import { inceptionRecord } from "./record.ts";

const E18 = 10n ** 18n;
const at = (day: bigint, nav: bigint) => ({ t: day * DAY, navPerShare: nav });

describe("inceptionRecord", () => {
  it("return, yearly rate, peak and worst fall since the first NAV", () => {
    // 1.00 → 1.50 (peak) → 1.20 (a 20 % fall) → 1.21 over exactly two years.
    const r = inceptionRecord([
      at(0n, E18),
      at(200n, (E18 * 3n) / 2n),
      at(400n, (E18 * 6n) / 5n),
      at(730n, (E18 * 121n) / 100n),
    ])!;
    expect(r.inception).toBe(0n);
    expect(r.returnPpm).toBe(210_000n);
    expect(r.annualPpm).toBe(100_000n); // 1.1² = 1.21
    expect(r.peak).toEqual(at(200n, (E18 * 3n) / 2n));
    expect(r.maxDrawdownPpm).toBe(200_000n);
  });

  it("skips points without a NAV, gives no yearly rate under 30 days, nothing with one point", () => {
    const r = inceptionRecord([at(0n, 0n), at(1n, E18), at(11n, (E18 * 11n) / 10n)])!;
    expect(r.inception).toBe(DAY);
    expect(r.returnPpm).toBe(100_000n);
    expect(r.annualPpm).toBeUndefined();
    expect(inceptionRecord([at(1n, E18)])).toBeUndefined();
  });
});
