// What the advice may move: the fund's listed ERC-20 holdings (its "sleeve"), each within
// its guideline. LP positions, yield positions (vault shares), primary-market tokens and VAM
// escrow stay as they are; they are part of the GAV the guidelines are measured against, so the caps are rescaled.
import { BPS, guidelineWeightsBps, valuation, type GavRaw, type PairRaw } from "../valuation/index.ts";
import type { Box } from "./qp.ts";

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

export interface Sleeve {
  assets: SleeveAsset[];
  gav: bigint;
  /** Value of the listed ERC-20 holdings, in the denomination's units. */
  value: bigint;
  /** Current weights within the sleeve. */
  current: number[];
  /** Bounds on the weights within the sleeve. */
  box: Box;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Ratio of two bigints as a float (weights are estimates' inputs, not amounts). */
export const ratio = (a: bigint, b: bigint) => (b === 0n ? 0 : Number((a * 10n ** 18n) / b) / 1e18);

export function sleeveOf(raw: GavRaw, guidelines: readonly Guideline[]): Sleeve | undefined {
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
  const value = assets.reduce((s, a) => s + a.value, 0n);
  if (value === 0n || v.gav === 0n) return undefined;
  const current = assets.map((a) => ratio(a.value, value));
  const scale = ratio(v.gav, value); // GAV weight → sleeve weight
  // The guideline counts an asset held inside LP positions and vaults too (look-through): that part stays, so the
  // direct holding gets the rest.
  const guided = guidelineWeightsBps(raw, v);
  const cap = (g: Guideline, i: number) => {
    const inLp = Number(guided[i] - assets[i].weightBps);
    const bps = g.maxWeightBps >= Number(BPS) ? g.maxWeightBps : Math.max(0, g.maxWeightBps - HEADROOM_BPS - inLp);
    return Math.min(1, (bps / Number(BPS)) * scale);
  };
  const lower = assets.map((a, i) => (a.tradable ? 0 : current[i]));
  const upper = assets.map((a, i) => (!a.tradable ? current[i] : a.guideline.allowed ? cap(a.guideline, i) : 0));
  return { assets, gav: v.gav, value, current, box: { lower, upper } };
}
