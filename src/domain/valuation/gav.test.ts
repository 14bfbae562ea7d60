import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { gavUsdWad, HoldingKind, usdIn, valuation, type AssetRaw, type GavRaw } from "./gav.ts";

const DAY = 86_400n;
const NOW = 1_000_000n;
const asset = (token: string, balance: bigint, decimals: number, usd: bigint, updatedAt = NOW): AssetRaw => ({
  token, balance, decimals, feedDecimals: 8, answer: usd * 10n ** 8n, updatedAt, heartbeat: DAY,
});

function world(): GavRaw {
  return {
    assets: [asset("0xUSDC", 1_000n * 10n ** 6n, 6, 1n), asset("0xWETH", 2n * 10n ** 18n, 18, 3_000n), asset("0xWBTC", 10n ** 7n, 8, 60_000n)],
    // 10 % of a pool of 100 WETH and 300,000 USDC: 60,000 USD.
    pairs: [{ pair: "0xPAIR", token0: "0xweth", token1: "0xusdc", lpBalance: 10n, lpSupply: 100n, reserve0: 100n * 10n ** 18n, reserve1: 300_000n * 10n ** 6n }],
    primaries: [{ token: "0xPRJ", balance: 40n * 10n ** 18n }],
    deals: [{ deal: "0xDEAL", projectToken: "0xprj", fundEscrowed: 250n * 10n ** 6n, assetsPaid: 100n * 10n ** 6n, tokensReceived: 40n * 10n ** 18n }],
    timestamp: NOW,
  };
}

describe("valuation", () => {
  it("values assets by their feeds, LP at fair value, primary tokens at cost and escrow at face", () => {
    const v = valuation(world());
    expect(v.holdings.map((h) => [h.kind, h.value])).toEqual([
      [HoldingKind.Asset, 1_000n * 10n ** 6n],
      [HoldingKind.Asset, 6_000n * 10n ** 6n],
      [HoldingKind.Asset, 6_000n * 10n ** 6n],
      [HoldingKind.LpPosition, 60_000n * 10n ** 6n],
      [HoldingKind.Primary, 100n * 10n ** 6n],
      [HoldingKind.VamEscrow, 250n * 10n ** 6n],
    ]);
    expect(v.gav).toBe(73_350n * 10n ** 6n);
    expect(v.fresh).toBe(true);
    expect(v.holdings[3].weightBps).toBe((60_000n * 10_000n) / 73_350n);
  });

  it("flags a feed older than its heartbeat, or not positive, as stale", () => {
    const raw = world();
    raw.assets[1].updatedAt = NOW - DAY; // exactly the heartbeat: still fresh
    expect(valuation(raw).fresh).toBe(true);
    raw.assets[1].updatedAt = NOW - DAY - 1n;
    expect(valuation(raw).holdings[1].stale).toBe(true);
    expect(valuation(raw).fresh).toBe(false);
    raw.assets[1].updatedAt = NOW;
    raw.assets[2].answer = -1n;
    const v = valuation(raw);
    expect([v.holdings[2].stale, v.holdings[2].price, v.holdings[2].value]).toEqual([true, 0n, 0n]);
  });

  it("drops a primary token that has since been listed with a feed", () => {
    const raw = world();
    raw.assets.push(asset("0xprj", 40n * 10n ** 18n, 18, 5n));
    const v = valuation(raw);
    expect(v.holdings.filter((h) => h.kind === HoldingKind.Primary)).toEqual([]);
    expect(v.holdings[3].value).toBe(200n * 10n ** 6n);
  });

  it("converts the GAV into USD, ETH and BTC", () => {
    const usdc = { answer: 10n ** 8n, decimals: 6, feedDecimals: 8 };
    const usd = gavUsdWad(6_000n * 10n ** 6n, usdc);
    expect(usd).toBe(6_000n * 10n ** 18n);
    expect(usdIn(usd, { answer: 3_000n * 10n ** 8n, decimals: 18, feedDecimals: 8 })).toBe(2n * 10n ** 18n);
    expect(usdIn(usd, { answer: 60_000n * 10n ** 8n, decimals: 8, feedDecimals: 8 })).toBe(10n ** 7n);
  });

  it("keeps weights within 10,000 bps and their sum within the holdings' count of 10,000", () => {
    const r = prng(7n);
    for (let i = 0; i < 300; i++) {
      const raw = world();
      for (const a of raw.assets) [a.balance, a.answer] = [r.between(0n, 10n ** 30n), r.between(1n, 10n ** 14n)];
      const p = raw.pairs[0];
      [p.lpSupply, p.reserve0, p.reserve1] = [r.between(1n, 10n ** 24n), r.between(0n, 10n ** 30n), r.between(0n, 10n ** 20n)];
      p.lpBalance = r.between(0n, p.lpSupply);
      raw.deals[0].fundEscrowed = r.between(0n, 10n ** 20n);
      const v = valuation(raw);
      const sum = v.holdings.reduce((s, h) => s + h.weightBps, 0n);
      expect(v.gav).toBe(v.holdings.reduce((s, h) => s + h.value, 0n));
      expect(sum <= 10_000n).toBe(true);
      if (v.gav > 0n) expect(sum > 10_000n - BigInt(v.holdings.length)).toBe(true);
    }
  });
});
