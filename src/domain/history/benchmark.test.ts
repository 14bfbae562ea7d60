import { describe, expect, it } from "vitest";
import { DAY } from "../valuation/returns.ts";
import { holdingReturns, sinceReturn } from "./benchmark.ts";
import type { FeedHistory } from "./convert.ts";

const E8 = 10n ** 8n;
const NOW = 400n * DAY;
// ETH at 2,000 USD a year and a day ago, 3,000 thirty days ago, 2,400 seven days ago, 2,700 now.
const eth: FeedHistory = {
  feedDecimals: 8,
  decimals: 18,
  rounds: [
    { answer: 2_000n * E8, updatedAt: NOW - 366n * DAY },
    { answer: 3_000n * E8, updatedAt: NOW - 31n * DAY },
    { answer: 2_400n * E8, updatedAt: NOW - 8n * DAY },
    { answer: 2_700n * E8, updatedAt: NOW - DAY },
  ],
};
// USDC at par, then 0.5 USD from seven days ago (a depeg the fund's asset went through).
const usdc: FeedHistory = {
  feedDecimals: 8,
  decimals: 6,
  rounds: [
    { answer: E8, updatedAt: 0n },
    { answer: E8 / 2n, updatedAt: NOW - 7n * DAY },
  ],
};
const starts = [NOW - 365n * DAY, NOW - 30n * DAY, NOW - 7n * DAY];

describe("holdingReturns", () => {
  it("in USD: the feed's price now over its price at each window's start", () => {
    const r = holdingReturns(starts, NOW, NOW - 365n * DAY, eth);
    expect(r.d7).toBe(125_000n); // 2,700 / 2,400 − 1
    expect(r.d30).toBe(-100_000n); // 2,700 / 3,000 − 1
    expect(r.y1).toBe(350_000n); // 2,700 / 2,000 − 1
    expect(r.since).toBe(350_000n);
  });

  it("in another unit, both prices at the same time: ETH in USDC doubles with the depeg", () => {
    const r = holdingReturns(starts, NOW, undefined, eth, usdc);
    expect(r.d7).toBe(125_000n); // 7 days ago USDC was already at 0.5: both ends in the same USDC
    expect(r.d30).toBe(800_000n); // 5,400 USDC now over 3,000 then
    expect(r.since).toBeUndefined();
  });

  it("leaves a window out when the feed has no price at its start, and everything when none now", () => {
    const young: FeedHistory = { ...eth, rounds: eth.rounds.slice(2) };
    const r = holdingReturns(starts, NOW, NOW - 30n * DAY, young);
    expect([r.y1, r.d30, r.since]).toEqual([undefined, undefined, undefined]);
    expect(r.d7).toBe(125_000n);
    const none = holdingReturns(starts, NOW, undefined, { ...eth, rounds: [] });
    expect(none).toEqual({ d7: undefined, d30: undefined, y1: undefined, since: undefined });
  });
});

describe("sinceReturn", () => {
  it("needs the series to start at inception", () => {
    const pts = [
      { t: 10n, navPerShare: 100n },
      { t: 20n, navPerShare: 150n },
    ];
    expect(sinceReturn(pts, 10n)).toBe(500_000n);
    expect(sinceReturn(pts, 5n)).toBeUndefined();
    expect(sinceReturn(pts, undefined)).toBeUndefined();
  });
});
