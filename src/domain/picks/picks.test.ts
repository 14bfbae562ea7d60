import { describe, expect, it } from "vitest";
import {
  ACTED_WINDOW,
  actionsOn,
  Direction,
  Kind,
  kolRecord,
  leaderboard,
  medianOf,
  pickReturnBps,
  pickSeries,
  relativeReturnBps,
} from "./index.ts";

const r = (answer: bigint, updatedAt: bigint) => ({ answer, updatedAt });
// ETH at 2000 from t=100, 2200 from t=200, 1800 from t=300 (8 decimals).
const eth = [r(2_000n * 10n ** 8n, 100n), r(2_200n * 10n ** 8n, 200n), r(1_800n * 10n ** 8n, 300n)];

describe("pickReturnBps", () => {
  it("prices the pick at the round in force at its time, not the next one", () => {
    // Published at 199: 2000 is in force; at 250: 2200.
    expect(pickReturnBps(Direction.Long, 199n, eth, 250n)).toBe(1_000n);
    // Published exactly at a round's time: that round is in force.
    expect(pickReturnBps(Direction.Long, 200n, eth, 300n)).toBe(-1_818n); // 1800/2200 − 1 = −18.18 %
  });
  it("negates for a short, and is undefined before the feed's first round or before the pick", () => {
    expect(pickReturnBps(Direction.Short, 150n, eth, 300n)).toBe(1_000n);
    expect(pickReturnBps(Direction.Long, 50n, eth, 300n)).toBeUndefined();
    expect(pickReturnBps(Direction.Long, 250n, eth, 240n)).toBeUndefined();
  });
});

describe("relativeReturnBps", () => {
  it("measures the asset priced in the denomination over the same span", () => {
    // BTC from 40000 to 44000 (+10 %) while ETH goes 2000 → 2200 (+10 %): no gain in ETH terms.
    const btc = [r(40_000n * 10n ** 8n, 100n), r(44_000n * 10n ** 8n, 200n)];
    expect(relativeReturnBps(Direction.Long, 150n, btc, eth, 250n)).toBe(0n);
    // Against a dollar stable, the same as the plain return.
    const usdc = [r(10n ** 8n, 1n)];
    expect(relativeReturnBps(Direction.Long, 150n, eth, usdc, 250n)).toBe(1_000n);
    // Short ETH in an ETH fund: always 0 against its own denomination.
    expect(relativeReturnBps(Direction.Short, 150n, eth, eth, 350n)).toBe(0n);
    expect(relativeReturnBps(Direction.Long, 150n, btc, [], 250n)).toBeUndefined();
  });
});

describe("pickSeries", () => {
  it("starts at 0 at publication and adds a point for each later round up to the end", () => {
    expect(pickSeries(Direction.Long, 150n, eth, 299n)).toEqual([
      { t: 150n, bps: 0n },
      { t: 200n, bps: 1_000n },
    ]);
    expect(pickSeries(Direction.Short, 150n, eth, 400n).map((p) => p.bps)).toEqual([0n, -1_000n, 1_000n]);
    expect(pickSeries(Direction.Long, 10n, eth, 400n)).toEqual([]);
  });
});

describe("KOL records", () => {
  const picks = [
    { author: "0xA", returnBps: 1_000n, actedOn: true },
    { author: "0xa", returnBps: -200n, actedOn: false },
    { author: "0xA", returnBps: 300n, actedOn: false },
    { author: "0xA", returnBps: undefined, actedOn: true }, // a deal pick
    { author: "0xB", returnBps: 2_000n, actedOn: false },
    { author: "0xC", returnBps: undefined, actedOn: false },
  ];
  it("counts every pick, scores those with a return, and takes average, median and hit rate", () => {
    expect(kolRecord("0xA", picks)).toEqual({
      author: "0xA",
      picks: 4,
      scored: 3,
      hits: 2,
      hitRateBps: 6_666n,
      averageBps: 366n,
      medianBps: 300n,
      actedOn: 2,
    });
    expect(kolRecord("0xC", picks).averageBps).toBeUndefined();
  });
  it("a hedger's opposite calls cancel out", () => {
    const hedged = kolRecord("0xH", [
      { author: "0xH", returnBps: 1_500n, actedOn: false },
      { author: "0xH", returnBps: -1_500n, actedOn: false },
    ]);
    expect([hedged.averageBps, hedged.hitRateBps]).toEqual([0n, 5_000n]);
  });
  it("ranks by average return, unscored last", () => {
    expect(leaderboard(picks).map((k) => k.author)).toEqual(["0xB", "0xA", "0xC"]);
  });
  it("takes the median of an even count as the middle pair's mean", () => {
    expect(medianOf([4n, 1n, 3n, 2n])).toBe(2n);
    expect(medianOf([])).toBeUndefined();
  });
});

describe("actionsOn", () => {
  const WETH = "0xWeth";
  const pick = { kind: Kind.Asset, direction: Direction.Long, subject: WETH, publishedAt: 1_000n };
  const swaps = [
    { fund: "0xF1", tokenIn: "0xUsdc", tokenOut: "0xweth", time: 900n }, // before the pick
    { fund: "0xF1", tokenIn: "0xUsdc", tokenOut: "0xWETH", time: 2_000n },
    { fund: "0xF1", tokenIn: "0xUsdc", tokenOut: "0xWETH", time: 3_000n }, // the same fund again
    { fund: "0xF2", tokenIn: "0xWETH", tokenOut: "0xUsdc", time: 1_500n }, // a sale
    { fund: "0xF3", tokenIn: "0xUsdc", tokenOut: "0xWETH", time: 1_000n + ACTED_WINDOW + 1n }, // too late
  ];
  it("a long is acted on by a fund buying the asset after its time and within the window, once per fund", () => {
    expect(actionsOn(pick, swaps, [])).toEqual([{ fund: "0xF1", time: 2_000n, how: "bought" }]);
  });
  it("a short is acted on by a sale", () => {
    expect(actionsOn({ ...pick, direction: Direction.Short }, swaps, [])).toEqual([
      { fund: "0xF2", time: 1_500n, how: "sold" },
    ]);
  });
  it("a deal pick is acted on by the deal's approval after the pick", () => {
    const deal = { kind: Kind.Deal, direction: Direction.Long, subject: "0xDeal", publishedAt: 1_000n };
    const approvals = [
      { fund: "0xV", deal: "0xdeal", time: 5_000_000n },
      { fund: "0xW", deal: "0xOther", time: 5_000n },
    ];
    expect(actionsOn(deal, swaps, approvals)).toEqual([{ fund: "0xV", time: 5_000_000n, how: "approved" }]);
    expect(actionsOn({ ...deal, publishedAt: 6_000_000n }, swaps, approvals)).toEqual([]);
  });

  it("a trade a proposal carried counts only for picks published before the proposal: a queued trade cannot be called", () => {
    const queued = [{ fund: "0xF1", tokenIn: "0xUsdc", tokenOut: "0xWETH", time: 2_000n, decidedAt: 900n }];
    expect(actionsOn(pick, queued, [])).toEqual([]);
    expect(actionsOn({ ...pick, publishedAt: 800n }, queued, [])).toEqual([
      { fund: "0xF1", time: 2_000n, how: "bought" },
    ]);
    const deal = { kind: Kind.Deal, direction: Direction.Long, subject: "0xDeal", publishedAt: 1_000n };
    expect(actionsOn(deal, [], [{ fund: "0xV", deal: "0xDeal", time: 5_000n, decidedAt: 999n }])).toEqual([]);
  });
});
