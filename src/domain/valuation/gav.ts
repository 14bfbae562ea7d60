// Gross asset value, holding by holding, exactly as `Fund._valuation` and `Fund.holdings`
// compute it (DESIGN §3), from raw reads: balances, feed rounds, pair reserves, deals.
import { BPS, mul, mulDiv, pow10, sqrt, sub, WAD } from "./math.ts";

export const HoldingKind = { Asset: 0, LpPosition: 1, Primary: 2, VamEscrow: 3 } as const;
export type HoldingKind = (typeof HoldingKind)[keyof typeof HoldingKind];

/** A listed asset (index 0 is the denomination asset) with its feed's latest round. */
export type AssetRaw = {
  token: string;
  balance: bigint;
  decimals: number;
  feedDecimals: number;
  answer: bigint; // int256: may be ≤ 0
  updatedAt: bigint;
  heartbeat: bigint;
};
export type PairRaw = {
  pair: string;
  token0: string;
  token1: string;
  lpBalance: bigint;
  lpSupply: bigint;
  reserve0: bigint;
  reserve1: bigint;
};
export type PrimaryRaw = { token: string; balance: bigint };
/** A VAM deal: its escrow (`fundEscrowed`) and what it settled (`settled`). */
export type DealRaw = { deal: string; projectToken: string; fundEscrowed: bigint; assetsPaid: bigint; tokensReceived: bigint };
export type GavRaw = { assets: AssetRaw[]; pairs: PairRaw[]; primaries: PrimaryRaw[]; deals: DealRaw[]; timestamp: bigint };

export type Holding = {
  kind: HoldingKind;
  token: string;
  balance: bigint;
  price: bigint;
  updatedAt: bigint;
  stale: boolean;
  value: bigint;
  weightBps: bigint;
};
export type Valuation = { holdings: Holding[]; gav: bigint; fresh: boolean };
/** A price in USD per whole token: a feed's answer and decimals, and the token's decimals. */
export type UsdPrice = { answer: bigint; feedDecimals: number; decimals: number };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `FundMath.convert`: `balance × P_i × 10^(dec_d + fdec_d) / (P_d × 10^(dec_i + fdec_i))`. */
export const convert = (balance: bigint, price: bigint, dec: number, fdec: number, pd: bigint, decD: number, fdecD: number) =>
  mulDiv(balance, mul(price, pow10(decD + fdecD)), mul(pd, pow10(dec + fdec)));

/** `FundMath.usdWad`: USD value (WAD) of `amount` token units. */
export const usdWad = (amount: bigint, price: bigint, dec: number, fdec: number) =>
  mulDiv(amount, mul(price, WAD), pow10(dec + fdec));

/** `FundMath.fairLpUsd`: `2 × ⌊√(usdA × usdB)⌋ × lp / lpSupply`. */
export const fairLpUsd = (usdA: bigint, usdB: bigint, lp: bigint, lpSupply: bigint) =>
  lpSupply === 0n ? 0n : mulDiv(mul(2n, sqrt(mul(usdA, usdB))), lp, lpSupply);

/** `FundMath.usdToDenom`: a USD WAD value in units of a token priced by a feed (fund asset, ETH, BTC…). */
export const usdToDenom = (usd: bigint, price: bigint, dec: number, fdec: number) =>
  mulDiv(usd, pow10(dec + fdec), mul(price, WAD));

/** `Fund._price`: a non-positive answer counts as 0 and as stale. */
export function feedPrice(a: Pick<AssetRaw, "answer" | "updatedAt" | "heartbeat">, now: bigint) {
  const stale = a.answer <= 0n || sub(now, a.updatedAt) > a.heartbeat;
  return { answer: a.answer > 0n ? a.answer : 0n, updatedAt: a.updatedAt, stale };
}

/** `Fund.holdings()` and `Fund.pricesFresh()` from raw reads at `raw.timestamp`. */
export function valuation(raw: GavRaw): Valuation {
  const { assets, timestamp } = raw;
  const prices = assets.map((a) => feedPrice(a, timestamp));
  const fresh = prices.every((p) => !p.stale);
  const d = assets[0];
  const pd = prices[0].answer;
  const holdings: Holding[] = [];
  let gav = 0n;
  const push = (kind: HoldingKind, token: string, balance: bigint, value: bigint, p = { answer: 0n, updatedAt: 0n, stale: false }) => {
    holdings.push({ kind, token, balance, price: p.answer, updatedAt: p.updatedAt, stale: p.stale, value, weightBps: 0n });
    gav += value;
  };
  assets.forEach((a, i) => {
    const value = i === 0 ? a.balance : convert(a.balance, prices[i].answer, a.decimals, a.feedDecimals, pd, d.decimals, d.feedDecimals);
    push(HoldingKind.Asset, a.token, a.balance, value, prices[i]);
  });
  const indexOf = (token: string) => {
    const i = assets.findIndex((a) => same(a.token, token));
    if (i < 0) throw new Error(`pair token ${token} is not a listed asset`);
    return i;
  };
  for (const p of raw.pairs) {
    let value = 0n;
    if (p.lpBalance !== 0n) {
      const [i0, i1] = [indexOf(p.token0), indexOf(p.token1)];
      const usd0 = usdWad(p.reserve0, prices[i0].answer, assets[i0].decimals, assets[i0].feedDecimals);
      const usd1 = usdWad(p.reserve1, prices[i1].answer, assets[i1].decimals, assets[i1].feedDecimals);
      value = usdToDenom(fairLpUsd(usd0, usd1, p.lpBalance, p.lpSupply), pd, d.decimals, d.feedDecimals);
    }
    push(HoldingKind.LpPosition, p.pair, p.lpBalance, value);
  }
  for (const t of raw.primaries) {
    if (assets.some((a) => same(a.token, t.token))) continue; // has a feed now: valued above
    const mine = raw.deals.filter((x) => same(x.projectToken, t.token));
    const paid = mine.reduce((s, x) => s + x.assetsPaid, 0n);
    const received = mine.reduce((s, x) => s + x.tokensReceived, 0n);
    push(HoldingKind.Primary, t.token, t.balance, received === 0n ? 0n : mulDiv(t.balance, paid, received));
  }
  for (const x of raw.deals) push(HoldingKind.VamEscrow, x.deal, x.fundEscrowed, x.fundEscrowed);
  if (gav > 0n) for (const h of holdings) h.weightBps = mulDiv(h.value, BPS, gav);
  return { holdings, gav, fresh };
}

/** The GAV in USD (WAD), priced by the denomination asset's feed. */
export const gavUsdWad = (gav: bigint, denom: UsdPrice) => usdWad(gav, denom.answer, denom.decimals, denom.feedDecimals);

/**
 * A USD WAD value in units of another token (ETH, BTC…), the shape of `usdToDenom`:
 * `value_X = ⌊usdWad × 10^(dec_X + fdec_X) / (P_X × 1e18)⌋`.
 */
export const usdIn = (usd: bigint, unit: UsdPrice) => usdToDenom(usd, unit.answer, unit.decimals, unit.feedDecimals);
