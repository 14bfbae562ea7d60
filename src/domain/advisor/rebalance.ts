// The whole rebalance towards a suggestion that holds vaults: redeem what the vaults hold above
// their targets, swap the listed assets (each asset's target grown by what its vaults will still
// take in), then deposit into the vaults from what the direct holdings have — for the fund's unit,
// only the cash above its minimum. Vault moves are priced at the rate the guard accepted last,
// with the same minimum-out allowance as the swaps. A vault move keeps its asset's look-through
// weight, so only the swaps can break a guideline; they are checked step by step as before.
import { BPS, heldOf, mulDiv, valuation, WAD, type GavRaw } from "../valuation/index.ts";
import { spendableCash } from "./cash.ts";
import { planSwaps, weightsBps, type FundLimits, type Plan, type PlannedSwap, type PlanOptions } from "./plan.ts";
import { fromDenom } from "./pools.ts";
import { sleeveOf, type Guideline, type Sleeve, type SleeveVault } from "./universe.ts";
import { orderCalls, toShares, vaultMoveOf, type VaultMove } from "./vaults.ts";

/** One call of the rebalance, in the order it runs. */
export type RebalanceCall = { kind: "vault"; move: VaultMove } | { kind: "swap"; swap: PlannedSwap };

export type Rebalance =
  | Extract<Plan, { ok: false }>
  | (Extract<Plan, { ok: true }> & {
      moves: VaultMove[];
      /** Redeems, then the swaps, then deposits. */
      calls: RebalanceCall[];
      /** Each sleeve vault's own weight after the calls, in bps of GAV. */
      vaultAfterBps: bigint[];
    });

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The fund after a vault move made at `rate`: its asset's balance and the vault position change. */
export function applyVaultMove(raw: GavRaw, m: VaultMove, rate: bigint): GavRaw {
  const [assets, shares] = m.into ? [m.amount, toShares(m.amount, rate)] : [m.assets, m.amount];
  const sign = m.into ? -1n : 1n;
  return {
    ...raw,
    assets: raw.assets.map((a) => (same(a.token, m.asset) ? { ...a, balance: a.balance + sign * assets } : a)),
    vaults: raw.vaults?.map((v) =>
      same(v.vault, m.vault) ? { ...v, shares: v.shares - sign * shares, assets: v.assets - sign * assets } : v,
    ),
  };
}

/** The rebalance to `target` (1e18 sleeve weights: the listed assets, then the sleeve's vaults). */
export function planRebalance(
  raw: GavRaw,
  sleeve: Sleeve,
  guidelines: readonly Guideline[],
  limits: FundLimits,
  target: readonly bigint[],
  o: PlanOptions,
): Rebalance {
  const n = raw.assets.length;
  const first = n + raw.pairs.length; // the vaults' lines in the valuation's holdings
  const dust = (i: number) => fromDenom(raw, i, mulDiv(sleeve.gav, o.dustBps, BPS));
  /** The vault's target in units of its asset. */
  const goal = (k: number) => fromDenom(raw, sleeve.vaults[k].asset, mulDiv(sleeve.value, target[n + k], WAD));
  const movable = sleeve.vaults.flatMap((x, k) => (x.movable ? [{ x, k }] : []));
  const position = (state: GavRaw, x: SleeveVault) => state.vaults![x.index];

  let state = raw;
  const redeems: VaultMove[] = [];
  for (const { x, k } of movable) {
    const m = vaultMoveOf(position(state, x), goal(k), x.rate, o.slippageBps, dust(x.asset));
    if (m && !m.into) {
      redeems.push(m);
      state = applyVaultMove(state, m, x.rate);
    }
  }
  // The swaps bring each asset to its direct target plus what its vaults will take in.
  const swapTarget = [...target];
  const afterRedeems = valuation(state);
  for (const { x, k } of movable) {
    const now = mulDiv(afterRedeems.holdings[first + x.index].value, WAD, sleeve.value);
    if (target[n + k] > now) swapTarget[x.asset] += target[n + k] - now;
  }
  const inputs = sleeve.vaults.map((x) => ({ index: x.index, rates: [{ time: 0n, rate: x.rate }] }));
  const plan = planSwaps(state, sleeveOf(state, guidelines, inputs) ?? sleeve, guidelines, limits, swapTarget, o);
  if (!plan.ok) return plan;
  state = plan.after;

  const deposits: VaultMove[] = [];
  for (const { x, k } of movable) {
    const v = position(state, x);
    if (goal(k) <= v.assets) continue;
    // Depositing the fund's unit spends cash: the fund's minimum stays.
    const free = x.asset === 0 ? spendableCash(state, limits.minCashBps) : heldOf(state.assets[x.asset]);
    const want = goal(k) - v.assets;
    const m = vaultMoveOf(v, v.assets + (want < free ? want : free), x.rate, o.slippageBps, dust(x.asset));
    if (m?.into) {
      deposits.push(m);
      state = applyVaultMove(state, m, x.rate);
    }
  }
  const end = valuation(state);
  const moves = [...redeems, ...deposits];
  return {
    ...plan,
    beforeBps: weightsBps(raw),
    afterBps: weightsBps(state),
    after: state,
    moves,
    calls: orderCalls(moves, plan.swaps),
    vaultAfterBps: sleeve.vaults.map((x) => end.holdings[first + x.index].weightBps),
  };
}
