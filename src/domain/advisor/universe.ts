// What the advice may move: the fund's listed ERC-20 holdings and the yield vaults it allows (its
// "sleeve"), each within its guideline. LP positions, vaults it only lists, primary-market tokens and VAM
// escrow stay as they are; they are part of the GAV the guidelines are measured against, so the caps are rescaled.
// Weights run over the listed assets first (index = listed index), then the sleeve's vaults.
import {
  BPS,
  guidelineWeightsBps,
  valuation,
  vaultOk,
  type GavRaw,
  type PairRaw,
  type RatePoint,
} from "../valuation/index.ts";
import type { Box } from "./qp.ts";
import { vaultUpper } from "./vaults.ts";

export interface Guideline {
  allowed: boolean;
  maxWeightBps: number;
}

/**
 * Room left under each cap below 100 %, so that fees, price impact and rounding never lift a bought asset past its
 * limit.
 */
export const HEADROOM_BPS = 25;

export interface SleeveAsset {
  /** Index in the fund's listed assets (0 is the denomination). */
  index: number;
  token: string;
  value: bigint;
  weightBps: bigint;
  guideline: Guideline;
  /** The approved pair with the denomination that trades it (none for the denomination itself). */
  pair?: PairRaw;
  tradable: boolean;
}

/** A vault the fund allows, as an asset of the advice. */
export interface SleeveVault {
  /** Index in `raw.vaults`. */
  index: number;
  token: string;
  /** Index of its asset among the listed assets. */
  asset: number;
  value: bigint;
  weightBps: bigint;
  /** The rate its guard accepted last (assets per `RATE_SHARES` shares): what moves are priced at. */
  rate: bigint;
  /** The manager can move it: its rate is within its bound (or the fund holds none of it). */
  movable: boolean;
}

/** A vault to consider: its index in `raw.vaults` and the rates its guard accepted. */
export interface VaultInput {
  index: number;
  rates: readonly RatePoint[];
}

export interface Sleeve {
  assets: SleeveAsset[];
  vaults: SleeveVault[];
  gav: bigint;
  /** Value of the listed ERC-20 holdings and the sleeve's vaults, in the denomination's units. */
  value: bigint;
  /** Current weights within the sleeve. */
  current: number[];
  /** Bounds on the weights within the sleeve. */
  box: Box;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Ratio of two bigints as a float (weights are estimates' inputs, not amounts). */
export const ratio = (a: bigint, b: bigint) => (b === 0n ? 0 : Number((a * 10n ** 18n) / b) / 1e18);

/** The last accepted rate, 0 when none. */
const lastRate = (rates: readonly RatePoint[]) =>
  rates.reduce(
    (last, p) => (p.rate > 0n && (!last || p.time >= last.time) ? p : last),
    undefined as RatePoint | undefined,
  )?.rate ?? 0n;

export function sleeveOf(
  raw: GavRaw,
  guidelines: readonly Guideline[],
  inputs: readonly VaultInput[] = [],
): Sleeve | undefined {
  const v = valuation(raw);
  const denom = raw.assets[0].token;
  const assets: SleeveAsset[] = raw.assets.map((a, index) => {
    const pair =
      index === 0
        ? undefined
        : raw.pairs.find(
            (p) =>
              (same(p.token0, a.token) && same(p.token1, denom)) || (same(p.token1, a.token) && same(p.token0, denom)),
          );
    return {
      index,
      token: a.token,
      value: v.holdings[index].value,
      weightBps: v.holdings[index].weightBps,
      guideline: guidelines[index],
      pair,
      tradable: index === 0 || (!!pair && guidelines[0].allowed),
    };
  });
  // Vaults follow the assets' and the pairs' lines in the valuation's holdings.
  const first = raw.assets.length + raw.pairs.length;
  const vaults: SleeveVault[] = inputs.flatMap(({ index, rates }) => {
    const x = raw.vaults?.[index];
    const rate = lastRate(rates);
    if (!x || rate === 0n) return [];
    const h = v.holdings[first + index];
    const asset = raw.assets.findIndex((a) => same(a.token, x.asset));
    return [{ index, token: x.vault, asset, value: h.value, weightBps: h.weightBps, rate, movable: vaultOk(x) }];
  });
  const value = [...assets, ...vaults].reduce((s, a) => s + a.value, 0n);
  if (value === 0n || v.gav === 0n) return undefined;
  const current = [...assets, ...vaults].map((a) => ratio(a.value, value));
  const scale = ratio(v.gav, value); // GAV weight → sleeve weight
  // The guideline counts an asset held inside LP positions and vaults too (look-through): what stays outside the
  // sleeve keeps its part, so the direct holding and the sleeve's vaults share the rest.
  const guided = guidelineWeightsBps(raw, v);
  const ofAsset = (i: number) => vaults.filter((x) => x.asset === i);
  const cap = (g: Guideline, i: number) => {
    const inSleeve = assets[i].weightBps + ofAsset(i).reduce((s, x) => s + x.weightBps, 0n);
    const outside = Number(guided[i] - inSleeve);
    const bps = g.maxWeightBps >= Number(BPS) ? g.maxWeightBps : Math.max(0, g.maxWeightBps - HEADROOM_BPS - outside);
    return Math.min(1, (bps / Number(BPS)) * scale);
  };
  const lower = assets.map((a, i) => (a.tradable ? 0 : current[i]));
  const upper = assets.map((a, i) => (!a.tradable ? current[i] : a.guideline.allowed ? cap(a.guideline, i) : 0));
  // Vault and direct holding share one cap (look-through), which a box bounds only weight by weight: where the cap
  // binds, the direct holding may only shrink and the vaults share what the cap leaves above it.
  const n = assets.length;
  vaults.forEach((x, k) => {
    const j = n + k;
    const a = assets[x.asset];
    if (!x.movable) {
      lower.push(current[j]);
      upper.push(current[j]);
      return;
    }
    lower.push(0);
    if (!a.guideline.allowed) return void upper.push(0);
    const c = cap(a.guideline, x.asset);
    if (c >= 1) return void upper.push(1);
    const mine = ofAsset(x.asset).filter((y) => y.movable);
    const held = mine.reduce((s, y) => s + current[n + vaults.indexOf(y)], 0);
    upper.push(vaultUpper(c, current[x.asset]) / mine.length);
    if (k === vaults.indexOf(mine[0]))
      upper[x.asset] = Math.max(lower[x.asset], Math.min(upper[x.asset], current[x.asset], c - held));
  });
  return { assets, vaults, gav: v.gav, value, current, box: { lower, upper } };
}
