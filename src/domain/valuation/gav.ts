// Gross asset value, holding by holding, exactly as `Fund._valuation` and `Fund.holdings`
// compute it (DESIGN §3), from raw reads: balances, reserved balances, feed rounds, pair
// reserves, the fund's primary cost basis and its deals' escrow.
import { BPS, mul, mulDiv, pow10, sqrt, WAD } from "./math.ts";

export const HoldingKind = { Asset: 0, LpPosition: 1, Primary: 2, VamEscrow: 3, YieldVault: 4 } as const;
export type HoldingKind = (typeof HoldingKind)[keyof typeof HoldingKind];

/**
 * A listed asset (index 0 is the denomination asset) with its feed's latest round. A feed
 * whose read failed is read as `answer = 0, updatedAt = 0` (stale); a `balanceOf` that
 * reverted as `balance = 0, balanceFailed` (its line is then stale and needed).
 */
export type AssetRaw = {
  token: string;
  balance: bigint;
  /** `Fund.reserved(token)`: owed to in-kind leavers whose transfer failed; not the fund's. */
  reserved: bigint;
  decimals: number;
  feedDecimals: number;
  answer: bigint; // int256: may be ≤ 0
  updatedAt: bigint;
  heartbeat: bigint;
  balanceFailed?: boolean;
};
export type PairRaw = {
  pair: string;
  token0: string;
  token1: string;
  lpBalance: bigint;
  reserved: bigint;
  lpSupply: bigint;
  reserve0: bigint;
  reserve1: bigint;
};
/**
 * A primary-market token and the fund's own cost basis of it (`Fund.primaryCost`). A
 * `balanceOf` that reverted arrives as `balance = 0, balanceFailed`: the fund then counts what
 * its deals delivered (`received`), so the project cannot move the share price by switching it off.
 */
export type PrimaryRaw = {
  token: string;
  balance: bigint;
  reserved: bigint;
  paid: bigint;
  received: bigint;
  balanceFailed?: boolean;
  /** Governance's impairment (`Fund.impairPrimary`), absent while the token is valued at cost. */
  mark?: PrimaryMark;
};
/**
 * A mark-down: `wad` denomination units per token unit, × 1e18, set at block time `at`. Kept per token, so that it
 * stays true as in-kind exits take slices of the tokens and of the cost basis.
 */
export type PrimaryMark = { wad: bigint; at: bigint };
/**
 * A live VAM deal: what it still holds for the fund (`fundEscrowed`) and the fund's part of its
 * second leg (1e18 = all). A `fundEscrowed` that reverted arrives as 0 with `escrowFailed`: its
 * line is stale and priced entries and exits stop, as for a stale feed.
 */
export type DealRaw = {
  deal: string;
  projectToken: string;
  fundEscrowed: bigint;
  fundPart: bigint;
  escrowFailed?: boolean;
};
/**
 * An ERC-4626 vault governance listed (`Fund.vaultConfig`): the fund's shares of it, what is reserved of them for
 * in-kind leavers, `convertToAssets` of the shares it holds (in `asset`, a listed asset), and whether its guard says
 * the vault's rate is within the fund's bound (`VaultRateGuard.withinBound`). A `balanceOf` that reverted arrives as
 * `shares = 0, balanceFailed`; a `convertToAssets` or guard call that reverted as `assets = 0` / `within = false`.
 */
export type VaultRaw = {
  vault: string;
  asset: string;
  shares: bigint;
  reserved: bigint;
  assets: bigint;
  within: boolean;
  maxMoveBps: number;
  balanceFailed?: boolean;
};
export type GavRaw = {
  assets: AssetRaw[];
  pairs: PairRaw[];
  /** Vault positions, in listing order (absent: none listed). */
  vaults?: VaultRaw[];
  primaries: PrimaryRaw[];
  deals: DealRaw[];
  timestamp: bigint;
};

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
/**
 * Why priced entries and exits stop, as `StalePrice` names it: the first needed stale asset (in listed order), else
 * the first deal that cannot say its escrow.
 */
export type Blocker =
  | { kind: "asset"; index: number; token: string; updatedAt: bigint; heartbeat: bigint }
  | { kind: "vault"; vault: string; maxMoveBps: number }
  | { kind: "deal"; deal: string };
/** `needed[i]`: listed asset `i`'s feed counts (the fund holds it, directly or in an LP position). */
export type Valuation = { holdings: Holding[]; gav: bigint; fresh: boolean; needed: boolean[]; blocker?: Blocker };
/** A price in USD per whole token: a feed's answer and decimals, and the token's decimals. */
export type UsdPrice = { answer: bigint; feedDecimals: number; decimals: number };

export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `FundMath.convert`: `balance × P_i × 10^(dec_d + fdec_d) / (P_d × 10^(dec_i + fdec_i))`. */
export const convert = (
  balance: bigint,
  price: bigint,
  dec: number,
  fdec: number,
  pd: bigint,
  decD: number,
  fdecD: number,
) => mulDiv(balance, mul(price, pow10(decD + fdecD)), mul(pd, pow10(dec + fdec)));

/** `FundMath.usdWad`: USD value (WAD) of `amount` token units. */
export const usdWad = (amount: bigint, price: bigint, dec: number, fdec: number) =>
  mulDiv(amount, mul(price, WAD), pow10(dec + fdec));

/** `FundMath.sqrtMul`: `⌊√(a × b)⌋` exactly, also where `a × b` overflows 256 bits. */
export const sqrtMul = (a: bigint, b: bigint) => sqrt(a * b);

/** `FundMath.fairLpUsd`: `2 × ⌊√(usdA × usdB)⌋ × lp / lpSupply` (the doubling checked, as Solidity does). */
export const fairLpUsd = (usdA: bigint, usdB: bigint, lp: bigint, lpSupply: bigint) =>
  lpSupply === 0n ? 0n : mulDiv(mul(2n, sqrtMul(usdA, usdB)), lp, lpSupply);

/** `FundMath.usdToDenom`: a USD WAD value in units of a token priced by a feed (fund asset, ETH, BTC…). */
export const usdToDenom = (usd: bigint, price: bigint, dec: number, fdec: number) =>
  mulDiv(usd, pow10(dec + fdec), mul(price, WAD));

/**
 * `Fund._price`: a failed read, a non-positive answer or a future or too old round is stale; a non-positive answer
 * counts as 0.
 */
export function feedPrice(a: Pick<AssetRaw, "answer" | "updatedAt" | "heartbeat">, now: bigint) {
  const stale = a.answer <= 0n || a.updatedAt > now || now - a.updatedAt > a.heartbeat;
  return { answer: a.answer > 0n ? a.answer : 0n, updatedAt: a.updatedAt, stale };
}

/** What the fund holds of a token: its balance less what it owes in-kind leavers (saturating, as `Fund`). */
export const heldOf = (x: { balance: bigint; reserved: bigint }) =>
  x.balance > x.reserved ? x.balance - x.reserved : 0n;
/** The fund's own LP tokens of a pair: its balance less what is reserved for in-kind leavers. */
export const lpHeld = (p: { lpBalance: bigint; reserved: bigint }) =>
  heldOf({ balance: p.lpBalance, reserved: p.reserved });

/**
 * `FundValuation._read`: which feeds count. An asset held (balance less reserved), unreadable,
 * or a token of a pair whose LP tokens the fund holds; the denomination's also when any other
 * asset's does. LP balances count less what is reserved, as token balances do.
 */
export function neededFeeds(raw: Pick<GavRaw, "assets" | "pairs" | "vaults">): boolean[] {
  const inLp = (token: string) =>
    raw.pairs.some((p) => lpHeld(p) > 0n && (same(p.token0, token) || same(p.token1, token)));
  const inVault = (token: string) => (raw.vaults ?? []).some((v) => same(v.asset, token) && vaultHolds(v));
  const needed = raw.assets.map((a) => heldOf(a) > 0n || a.balanceFailed === true || inLp(a.token) || inVault(a.token));
  if (needed.some((x, i) => i > 0 && x)) needed[0] = true;
  return needed;
}

/** `Fund.holdings()` and `Fund.pricesFresh()` from raw reads at `raw.timestamp`. */
export function valuation(raw: GavRaw): Valuation {
  const { assets, timestamp } = raw;
  const prices = assets.map((a) => feedPrice(a, timestamp));
  const needed = neededFeeds(raw);
  const i = assets.findIndex((a, k) => needed[k] && (prices[k].stale || a.balanceFailed === true));
  const vaults = raw.vaults ?? [];
  const badVault = vaults.find((v) => !vaultOk(v));
  const badDeal = raw.deals.find((x) => x.escrowFailed);
  const blocker: Blocker | undefined =
    i >= 0
      ? {
          kind: "asset",
          index: i,
          token: assets[i].token,
          updatedAt: prices[i].updatedAt,
          heartbeat: assets[i].heartbeat,
        }
      : badVault
        ? { kind: "vault", vault: badVault.vault, maxMoveBps: badVault.maxMoveBps }
        : badDeal
          ? { kind: "deal", deal: badDeal.deal }
          : undefined;
  const fresh = blocker === undefined;
  const d = assets[0];
  const pd = prices[0].answer;
  const holdings: Holding[] = [];
  let gav = 0n;
  const push = (
    kind: HoldingKind,
    token: string,
    balance: bigint,
    value: bigint,
    p = { answer: 0n, updatedAt: 0n, stale: false },
  ) => {
    holdings.push({
      kind,
      token,
      balance,
      price: p.answer,
      updatedAt: p.updatedAt,
      stale: p.stale,
      value,
      weightBps: 0n,
    });
    gav += value;
  };
  // Without a denomination price nothing converts: every other line counts 0 (and the fund is not fresh if any is
  // held).
  const toDenom = (i: number, amount: bigint) =>
    i === 0
      ? amount
      : amount === 0n || pd === 0n
        ? 0n
        : convert(amount, prices[i].answer, assets[i].decimals, assets[i].feedDecimals, pd, d.decimals, d.feedDecimals);
  assets.forEach((a, i) => {
    const held = heldOf(a);
    push(HoldingKind.Asset, a.token, held, toDenom(i, held), {
      ...prices[i],
      stale: prices[i].stale || a.balanceFailed === true,
    });
  });
  for (const p of raw.pairs) push(HoldingKind.LpPosition, p.pair, lpHeld(p), lpValue(raw, p, lpHeld(p)));
  for (const v of vaults) {
    const k = assets.findIndex((a) => same(a.token, v.asset));
    if (k < 0) throw new Error(`vault asset ${v.asset} is not a listed asset`);
    push(
      HoldingKind.YieldVault,
      v.vault,
      heldOf(v.balanceFailed ? { balance: 0n, reserved: 0n } : { balance: v.shares, reserved: v.reserved }),
      toDenom(k, v.assets),
      {
        ...prices[k],
        stale: !vaultOk(v) || prices[k].stale,
      },
    );
  }
  for (const t of raw.primaries) {
    if (assets.some((a) => same(a.token, t.token))) continue; // has a feed now: valued above
    push(HoldingKind.Primary, t.token, primaryHeld(t), primaryValue(t));
  }
  for (const x of raw.deals)
    push(HoldingKind.VamEscrow, x.deal, x.fundEscrowed, x.fundEscrowed, {
      answer: 0n,
      updatedAt: 0n,
      stale: x.escrowFailed === true,
    });
  if (gav > 0n) for (const h of holdings) h.weightBps = mulDiv(h.value, BPS, gav);
  return { holdings, gav, fresh, needed, ...(blocker ? { blocker } : {}) };
}

/** `Fund._lpValue`: the fair value of `lp` tokens of pair `p`, in the denomination. */
export function lpValue(raw: Pick<GavRaw, "assets" | "timestamp">, p: PairRaw, lp: bigint): bigint {
  const { assets } = raw;
  const d = assets[0];
  const pd = feedPrice(d, raw.timestamp).answer;
  if (lp === 0n || pd === 0n) return 0n;
  const usd = (token: string, amount: bigint) => {
    const a = assets.find((x) => same(x.token, token));
    if (!a) throw new Error(`pair token ${token} is not a listed asset`);
    return usdWad(amount, feedPrice(a, raw.timestamp).answer, a.decimals, a.feedDecimals);
  };
  const fair = fairLpUsd(usd(p.token0, p.reserve0), usd(p.token1, p.reserve1), lp, p.lpSupply);
  return usdToDenom(fair, pd, d.decimals, d.feedDecimals);
}

/** Whether the fund holds shares of vault `v` (or cannot tell): then its asset's feed counts. */
export const vaultHolds = (v: VaultRaw) =>
  v.balanceFailed === true || heldOf({ balance: v.shares, reserved: v.reserved }) > 0n;

/**
 * `FundValuation._vaultLine`: a vault line is fine unless the fund holds shares (or cannot read its balance) and the
 * guard does not say the rate is within the bound.
 */
export const vaultOk = (v: VaultRaw) => !vaultHolds(v) || (v.balanceFailed !== true && v.within);

/** What the fund holds of a primary token; what its deals delivered when its `balanceOf` reverts. */
export const primaryHeld = (t: PrimaryRaw) => (t.balanceFailed ? t.received : heldOf(t));

/**
 * A primary token at the fund's cost, only up to the tokens its deals delivered: `min(held, received) × paid /
 * received`; once governance has marked it down, the lower of that and `min(held, received) × mark / 1e18`
 * (`FundValuation._primaryLine`).
 */
export function primaryValue(t: PrimaryRaw): bigint {
  const held = primaryHeld(t);
  const counted = held < t.received ? held : t.received;
  const atCost = t.received === 0n ? 0n : mulDiv(counted, t.paid, t.received);
  if (!t.mark) return atCost;
  const marked = mulDiv(counted, t.mark.wad, WAD);
  return marked < atCost ? marked : atCost;
}

/** The GAV in USD (WAD), priced by the denomination asset's feed. */
export const gavUsdWad = (gav: bigint, denom: UsdPrice) =>
  usdWad(gav, denom.answer, denom.decimals, denom.feedDecimals);

/**
 * A USD WAD value in units of another token (ETH, BTC…), the shape of `usdToDenom`:
 * `value_X = ⌊usdWad × 10^(dec_X + fdec_X) / (P_X × 1e18)⌋`.
 */
export const usdIn = (usd: bigint, unit: UsdPrice) => usdToDenom(usd, unit.answer, unit.decimals, unit.feedDecimals);
