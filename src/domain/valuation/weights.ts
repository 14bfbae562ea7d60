// The weights the guideline checks use (`Fund._weights`): each listed asset's direct value
// plus half the fair value of every held LP position of a pair that contains it (look-through
// exposure) plus the value of every vault position of it, then all LP positions together, each in
// bps of GAV.
import { BPS, mulDiv } from "./math.ts";
import { same, valuation, type GavRaw, type Valuation } from "./gav.ts";

/** `n + 1` weights in bps: the `n` listed assets with look-through, then the LP total. */
export function guidelineWeightsBps(raw: GavRaw, v: Valuation = valuation(raw)): bigint[] {
  const n = raw.assets.length;
  if (v.gav === 0n) return new Array<bigint>(n + 1).fill(0n);
  const exposure = v.holdings.slice(0, n).map((h) => h.value);
  let lp = 0n;
  raw.pairs.forEach((p, k) => {
    const value = v.holdings[n + k].value; // the pairs' lines follow the assets', in order
    lp += value;
    raw.assets.forEach((a, i) => {
      if (same(a.token, p.token0) || same(a.token, p.token1)) exposure[i] += value / 2n;
    });
  });
  const m = n + raw.pairs.length; // the vaults' lines follow the pairs'
  (raw.vaults ?? []).forEach((vault, k) => {
    const i = raw.assets.findIndex((a) => same(a.token, vault.asset));
    exposure[i] += v.holdings[m + k].value;
  });
  return [...exposure.map((x) => mulDiv(x, BPS, v.gav)), mulDiv(lp, BPS, v.gav)];
}
