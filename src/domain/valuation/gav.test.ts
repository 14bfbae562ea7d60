import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { fairLpUsd, gavUsdWad, HoldingKind, sqrtMul, usdIn, valuation, type AssetRaw, type GavRaw } from "./gav.ts";
import { MAX_UINT256 } from "./math.ts";
import { guidelineWeightsBps } from "./weights.ts";

const DAY = 86_400n;
const NOW = 1_000_000n;
const asset = (token: string, balance: bigint, decimals: number, usd: bigint, updatedAt = NOW): AssetRaw => ({
  token,
  balance,
  reserved: 0n,
  decimals,
  feedDecimals: 8,
  answer: usd * 10n ** 8n,
  updatedAt,
  heartbeat: DAY,
});

function world(): GavRaw {
  return {
    assets: [
      asset("0xUSDC", 1_000n * 10n ** 6n, 6, 1n),
      asset("0xWETH", 2n * 10n ** 18n, 18, 3_000n),
      asset("0xWBTC", 10n ** 7n, 8, 60_000n),
    ],
    // 10 % of a pool of 100 WETH and 300,000 USDC: 60,000 USD.
    pairs: [
      {
        pair: "0xPAIR",
        token0: "0xweth",
        token1: "0xusdc",
        lpBalance: 10n,
        reserved: 0n,
        lpSupply: 100n,
        reserve0: 100n * 10n ** 18n,
        reserve1: 300_000n * 10n ** 6n,
      },
    ],
    // The fund paid 100 USDC for the 40 PRJ its deal delivered.
    primaries: [
      { token: "0xPRJ", balance: 40n * 10n ** 18n, reserved: 0n, paid: 100n * 10n ** 6n, received: 40n * 10n ** 18n },
    ],
    deals: [{ deal: "0xDEAL", projectToken: "0xprj", fundEscrowed: 250n * 10n ** 6n, fundPart: 10n ** 18n }],
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

  it("flags a feed older than its heartbeat, dated in the future, failed or not positive, as stale", () => {
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
    raw.assets[2].answer = 60_000n * 10n ** 8n;
    raw.assets[2].updatedAt = NOW + 1n; // a round from the future
    expect([valuation(raw).holdings[2].stale, valuation(raw).fresh]).toEqual([true, false]);
    [raw.assets[2].answer, raw.assets[2].updatedAt] = [0n, 0n]; // how a reverted read arrives
    expect(valuation(raw).fresh).toBe(false);
  });

  it("counts a feed only where the fund holds the asset, directly or inside a held LP position", () => {
    const raw = world();
    raw.assets[2].balance = 0n;
    raw.assets[2].updatedAt = NOW - 30n * DAY; // WBTC: stale but not held
    let v = valuation(raw);
    expect([v.holdings[2].stale, v.needed, v.fresh]).toEqual([true, [true, true, false], true]);
    raw.assets[1].balance = 0n; // WETH no longer held directly, but inside the held WETH/USDC position
    raw.assets[1].updatedAt = NOW - 30n * DAY;
    expect(valuation(raw).fresh).toBe(false);
    raw.pairs[0].lpBalance = 0n; // nothing but cash: only the denomination's feed counts (as \`Fund\` has it)
    raw.assets[0].answer = 0n;
    v = valuation(raw);
    expect([v.needed, v.fresh, v.gav]).toEqual([[true, false, false], false, 1_350n * 10n ** 6n]);
    raw.assets[0].balance = 0n; // no cash either: no feed counts
    v = valuation(raw);
    expect([v.needed, v.fresh, v.gav]).toEqual([[false, false, false], true, 350n * 10n ** 6n]);
    raw.assets[2].balance = 1n; // one satoshi makes WBTC's and the denomination's feeds count
    v = valuation(raw);
    expect([v.needed, v.fresh, v.holdings[2].value]).toEqual([[true, false, true], false, 0n]);
  });

  it("reads a balance that reverted as 0 and its asset as needed and stale", () => {
    const raw = world();
    raw.assets[2] = { ...raw.assets[2], balance: 0n, balanceFailed: true };
    const v = valuation(raw);
    expect([v.holdings[2].value, v.holdings[2].stale, v.needed[2], v.fresh]).toEqual([0n, true, true, false]);
  });

  it("leaves out what the fund owes in-kind leavers (reserved balances)", () => {
    const raw = world();
    raw.assets[1].reserved = 10n ** 18n; // 1 of the 2 WETH
    raw.primaries[0].reserved = 10n * 10n ** 18n;
    const v = valuation(raw);
    expect([v.holdings[1].balance, v.holdings[1].value]).toEqual([10n ** 18n, 3_000n * 10n ** 6n]);
    expect(v.holdings[4].value).toBe(75n * 10n ** 6n);
    raw.assets[1].balance = 10n ** 18n; // all of it reserved: not held, its feed does not count
    raw.assets[1].updatedAt = 0n;
    raw.pairs[0].lpBalance = 0n;
    expect(valuation(raw).needed[1]).toBe(false);
  });

  it("values primary tokens at the fund's cost only up to what its deals delivered", () => {
    const raw = world();
    raw.primaries[0].balance += 400_000n * 10n ** 18n; // a donation of the project's token
    expect(valuation(raw).holdings[4].value).toBe(100n * 10n ** 6n);
    raw.primaries[0].balance = 30n * 10n ** 18n; // after selling some
    expect(valuation(raw).holdings[4].value).toBe(75n * 10n ** 6n);
    // balanceOf reverts: what the deals delivered
    raw.primaries[0] = { ...raw.primaries[0], balance: 0n, balanceFailed: true };
    expect([valuation(raw).holdings[4].balance, valuation(raw).holdings[4].value, valuation(raw).fresh]).toEqual([
      40n * 10n ** 18n,
      100n * 10n ** 6n,
      true,
    ]);
    // arrived without a deal
    raw.primaries[0] = { ...raw.primaries[0], balance: 40n * 10n ** 18n, balanceFailed: false, paid: 0n, received: 0n };
    expect(valuation(raw).holdings[4].value).toBe(0n);
  });

  it("stops priced entries when a deal cannot say what it holds for the fund", () => {
    const raw = world();
    raw.deals[0] = { ...raw.deals[0], fundEscrowed: 0n, escrowFailed: true };
    const v = valuation(raw);
    expect([v.holdings[5].value, v.holdings[5].stale, v.fresh, v.blocker]).toEqual([
      0n,
      true,
      false,
      { kind: "deal", deal: "0xDEAL" },
    ]);
    raw.assets[2].updatedAt = NOW - 2n * DAY; // a stale needed feed comes first, as `StalePrice` names it
    expect(valuation(raw).blocker).toEqual({
      kind: "asset",
      index: 2,
      token: "0xWBTC",
      updatedAt: NOW - 2n * DAY,
      heartbeat: DAY,
    });
  });

  it("weights for the guidelines count half of each held LP position toward each of its tokens", () => {
    const v = valuation(world());
    const w = guidelineWeightsBps(world(), v);
    const lpHalf = 30_000n * 10n ** 6n;
    expect(w).toEqual([
      ((1_000n * 10n ** 6n + lpHalf) * 10_000n) / v.gav,
      ((6_000n * 10n ** 6n + lpHalf) * 10_000n) / v.gav,
      v.holdings[2].weightBps,
      v.holdings[3].weightBps,
    ]);
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
      [p.lpSupply, p.reserve0, p.reserve1] = [
        r.between(1n, 10n ** 24n),
        r.between(0n, 10n ** 30n),
        r.between(0n, 10n ** 20n),
      ];
      p.lpBalance = r.between(0n, p.lpSupply);
      raw.deals[0].fundEscrowed = r.between(0n, 10n ** 20n);
      const v = valuation(raw);
      const sum = v.holdings.reduce((s, h) => s + h.weightBps, 0n);
      expect(v.gav).toBe(v.holdings.reduce((s, h) => s + h.value, 0n));
      expect(sum <= 10_000n).toBe(true);
      if (v.gav > 0n) expect(sum > 10_000n - BigInt(v.holdings.length)).toBe(true);
    }
  });

  it("takes the LP root exactly even where the reserves' product overflows 256 bits, as FundMath.sqrtMul does", () => {
    const [a, b] = [(1n << 200n) + 12_345n, (1n << 100n) + 678n];
    expect(a * b > MAX_UINT256).toBe(true);
    const r = sqrtMul(a, b);
    expect(r * r <= a * b && (r + 1n) * (r + 1n) > a * b).toBe(true);
    expect(fairLpUsd(a, b, 1n, 2n)).toBe(r);
  });
});

describe("yield positions", () => {
  const vault = (over: Partial<NonNullable<GavRaw["vaults"]>[number]> = {}) => ({
    vault: "0xSTETH",
    asset: "0xWETH",
    shares: 5n * 10n ** 21n,
    reserved: 0n,
    assets: 5n * 10n ** 18n, // 5 WETH underneath
    within: true,
    maxMoveBps: 100,
    ...over,
  });

  it("values vault shares as their assets at the asset's feed, after the pairs, and looks through to the asset", () => {
    const raw = { ...world(), vaults: [vault()] };
    const v = valuation(raw);
    const line = v.holdings[4];
    expect([line.kind, line.token, line.value, line.price, line.stale]).toEqual([
      HoldingKind.YieldVault,
      "0xSTETH",
      15_000n * 10n ** 6n,
      3_000n * 10n ** 8n,
      false,
    ]);
    expect(v.gav).toBe(88_350n * 10n ** 6n);
    // WETH: 6,000 direct + 30,000 (half the LP) + 15,000 through the vault, of 88,350.
    expect(guidelineWeightsBps(raw, v)[1]).toBe((51_000n * 10_000n) / 88_350n);
    expect(v.fresh).toBe(true);
  });

  it("stops priced operations when a held vault's rate is off its bound, and only then", () => {
    const off = valuation({ ...world(), vaults: [vault({ within: false })] });
    expect(off.fresh).toBe(false);
    expect(off.blocker).toEqual({ kind: "vault", vault: "0xSTETH", maxMoveBps: 100 });
    expect(off.holdings[4].stale).toBe(true);
    const notHeld = valuation({ ...world(), vaults: [vault({ within: false, shares: 0n, assets: 0n })] });
    expect(notHeld.fresh).toBe(true);
    const unreadable = valuation({ ...world(), vaults: [vault({ shares: 0n, assets: 0n, balanceFailed: true })] });
    expect(unreadable.fresh).toBe(false);
    expect(unreadable.holdings[4].value).toBe(0n);
  });

  it("needs the asset's feed for a held vault, and a stale one stops the fund before the vault does", () => {
    const w = world();
    w.assets[1] = { ...w.assets[1], balance: 0n, updatedAt: NOW - 2n * DAY };
    w.pairs[0] = { ...w.pairs[0], lpBalance: 0n };
    expect(valuation(w).fresh).toBe(true); // WETH not held: its feed does not count
    const v = valuation({ ...w, vaults: [vault({ within: false })] });
    expect(v.needed[1]).toBe(true);
    expect(v.blocker).toMatchObject({ kind: "asset", token: "0xWETH" });
  });
});
