// Yield vaults (ERC-4626) as candidate assets of the advice. A vault share is worth its asset
// times the vault's exchange rate, so its price series is the asset's feed times the rates the
// vault's guard accepted (`RateAccepted`), the last one held between records: its return is the
// asset's return plus the yield, and its covariances follow from the same series.
// Its guideline is its asset's (look-through): vault and direct holding share one cap. The
// optimiser's box bounds each weight on its own (no group constraints), so the vault gets what
// the cap leaves above the direct holding.
// Moving into or out of a vault is `Fund.vaultMove(vault, amount, minOut, into)`: deposit
// `amount` of the asset for at least `minOut` shares, or redeem `amount` shares for at least
// `minOut` of the asset.
import type { Address } from "viem";
import { BPS, mulDiv, type RatePoint, type VaultRaw } from "../valuation/index.ts";
import type { Rounds } from "./history.ts";

/** `RateAccepted.rate` is the vault's assets per this many shares. */
export const RATE_SHARES = 10n ** 30n;

const byTime = (a: { time: bigint }, b: { time: bigint }) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0);

/**
 * The vault share's price rounds: at every round of the asset's feed and every accepted rate, the answer in force
 * times the rate in force over the first rate (so the series keeps the feed's scale and precision). Before the first
 * accepted rate the first one holds: yield counts only from when the guard recorded it, and the vault never shortens
 * the history the other assets share. No accepted rate: no rounds (the vault cannot be estimated).
 */
export function vaultRounds(feed: Rounds, rates: readonly RatePoint[]): Rounds {
  const points = rates.filter((p) => p.rate > 0n).sort(byTime);
  if (points.length === 0 || feed.times.length === 0) return { answers: [], times: [] };
  const base = points[0].rate;
  const times = [...new Set([...feed.times, ...points.map((p) => p.time)])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const answers: bigint[] = [];
  const out: bigint[] = [];
  let [i, j] = [-1, 0];
  for (const t of times) {
    while (i + 1 < feed.times.length && feed.times[i + 1] <= t) i++;
    while (j + 1 < points.length && points[j + 1].time <= t) j++;
    if (i < 0) continue; // no price yet
    answers.push((feed.answers[i] * points[j].rate) / base);
    out.push(t);
  }
  return { answers, times: out };
}

/**
 * The vault's upper weight (look-through): its asset's cap less the asset held directly, never below 0. Both in the
 * same unit (sleeve weights); `cap` already net of headroom and of what LP positions hold of the asset.
 */
export const vaultUpper = (cap: number, direct: number) => Math.max(0, cap - direct);

/** One `Fund.vaultMove` call, with what it moves in the vault's asset for the proposal's text. */
export interface VaultMove {
  vault: Address;
  asset: Address;
  /** Assets deposited (`into`) or shares redeemed. */
  amount: bigint;
  /** Shares (`into`) or assets at least received. */
  minOut: bigint;
  into: boolean;
  /** What the move is worth in the asset at the rate used, before the allowance. */
  assets: bigint;
}

/** `convertToShares` / `convertToAssets` at a rate in assets per `RATE_SHARES` shares (both round down). */
export const toShares = (assets: bigint, rate: bigint) => (rate === 0n ? 0n : (assets * RATE_SHARES) / rate);
export const toAssets = (shares: bigint, rate: bigint) => (shares * rate) / RATE_SHARES;

/**
 * The call that moves the fund's position in `v` to `target` of its asset, at `rate` (the vault's current
 * `convertToAssets` rate), with `slippageBps` under the conversion as minimum out — the allowance the draft gives its
 * swaps. Redeems use only unreserved shares; a target of 0 redeems them all. Undefined when the move is under `dust`
 * (asset units) or nothing can move.
 */
export function vaultMoveOf(v: VaultRaw, target: bigint, rate: bigint, slippageBps: bigint, dust: bigint) {
  const allow = (x: bigint) => mulDiv(x, BPS - slippageBps, BPS);
  const current = v.assets;
  if (rate === 0n) return undefined;
  if (target > current + dust) {
    const amount = target - current;
    const shares = toShares(amount, rate);
    if (shares === 0n) return undefined;
    return { vault: v.vault, asset: v.asset, amount, minOut: allow(shares), into: true, assets: amount } as VaultMove;
  }
  if (current <= target + dust) return undefined;
  const free = v.shares > v.reserved ? v.shares - v.reserved : 0n;
  const wanted = target === 0n ? free : toShares(current - target, rate);
  const shares = wanted < free ? wanted : free;
  const assets = toAssets(shares, rate);
  if (shares === 0n || assets === 0n) return undefined;
  return { vault: v.vault, asset: v.asset, amount: shares, minOut: allow(assets), into: false, assets } as VaultMove;
}

/**
 * The order that works: redeems free the asset first, then swaps (sells before buys, as planned), then deposits
 * spend what the sells and buys left or brought.
 */
export function orderCalls<S>(moves: readonly VaultMove[], swaps: readonly S[]) {
  return [
    ...moves.filter((m) => !m.into).map((m) => ({ kind: "vault" as const, move: m })),
    ...swaps.map((s) => ({ kind: "swap" as const, swap: s })),
    ...moves.filter((m) => m.into).map((m) => ({ kind: "vault" as const, move: m })),
  ];
}
