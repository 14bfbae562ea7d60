import { describe, expect, it } from "vitest";
import { yearCost } from "./yearCost.ts";

const terms = { entryBps: 50n, exitBps: 50n, managementBps: 200n, performanceBps: 2_000n, hurdleBps: 300n };
const E6 = 10n ** 6n;

describe("yearCost", () => {
  it("charges entry, management on the grown value, performance above the hurdle and exit", () => {
    const c = yearCost(10_000n * E6, 1_000n, terms); // 10,000 USDC, +10 %
    expect(c.entry).toBe(50n * E6); // 0.5 %
    // 9,950 grown 10 % = 10,945; 2 % of it = 218.9
    expect(c.management).toBe(218_900_000n);
    // bar 9,950 × 1.03 = 10,248.5; over = 10,945 − 218.9 − 10,248.5 = 477.6; 20 % = 95.52
    expect(c.performance).toBe(95_520_000n);
    // held 10,630.58; exit 0.5 % = 53.1529 (rounded up)
    expect(c.exit).toBe(53_152_900n);
    expect(c.total).toBe(c.entry + c.management + c.performance + c.exit);
    expect(c.end).toBe(10_630_580_000n - 53_152_900n);
  });

  it("charges no performance fee at or below the hurdle, and management on a loss's smaller value", () => {
    const c = yearCost(1_000n * E6, -2_000n, terms);
    expect(c.performance).toBe(0n);
    expect(c.management).toBe((995n * E6 * 8n) / 10n / 50n); // 2 % of 796
  });

  it("costs nothing in a fund without fees", () => {
    const none = { entryBps: 0n, exitBps: 0n, managementBps: 0n, performanceBps: 0n, hurdleBps: 0n };
    expect(yearCost(123n, 500n, none).total).toBe(0n);
  });
});
