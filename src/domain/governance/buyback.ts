// The buyback templates: buying back and burning investor tokens in the fund's pool (and the
// limit on it), and choosing how manager-token holders are paid (claims or buyback and burn).
import { encodeFunctionData, zeroAddress, type Address } from "viem";
import type { FundSet, GovAbis, RawAction } from "./decode.ts";
import { parseAddress, parseAmount } from "./input.ts";
import { parsePercent } from "./percent.ts";
import type { Built } from "./templates.ts";

export interface BuybackForm {
  /** Cash to spend now, in the fund's currency; empty: only set the limit. */
  cash: string;
  /** The limit, in % of the share supply per 30 days; empty: keep it. */
  limit: string;
}

export interface BuybackEnv {
  set: FundSet;
  abis: GovAbis;
  currency: { symbol: string; decimals: number };
  /** Whether the timelock is the fund's manager (only the manager buys back). */
  timelockManages: boolean;
  /** The fund's cash it holds for itself, when known. */
  cash?: bigint;
}

const fundCall = (env: { set: FundSet; abis: GovAbis }, functionName: "buyback" | "setBuybackLimit", args: unknown[]) =>
  ({
    target: env.set.fund,
    value: 0n,
    calldata: encodeFunctionData({ abi: env.abis.fund, functionName, args } as Parameters<
      typeof encodeFunctionData
    >[0]),
  }) satisfies RawAction;

/** Sets the limit (when given) first, then buys back (when cash is given): one proposal can do both. */
export function buildBuyback(f: BuybackForm, env: BuybackEnv): Built<BuybackForm> {
  const actions: RawAction[] = [];
  if (f.limit.trim()) {
    const p = parsePercent(f.limit);
    if (!p.ok) return { ok: false, errors: { limit: p.error } };
    actions.push(fundCall(env, "setBuybackLimit", [Number(p.value)]));
  }
  if (f.cash.trim()) {
    if (!env.timelockManages)
      return { ok: false, errors: { cash: "The fund's manager buys back, not governance: leave this empty." } };
    const a = parseAmount(f.cash, env.currency.decimals);
    if (!a.ok) return { ok: false, errors: { cash: a.error } };
    if (env.cash !== undefined && a.value > env.cash)
      return { ok: false, errors: { cash: `The fund holds less ${env.currency.symbol} than that.` } };
    // No minimum of shares: the fund itself refuses any price at or above the NAV per share.
    actions.push(fundCall(env, "buyback", [a.value, 0n]));
  }
  if (actions.length === 0) return { ok: false, errors: { form: "Enter an amount to buy back, a limit, or both." } };
  return { ok: true, actions };
}

export interface RevenueModeForm {
  mode: "claims" | "buyback";
  /** The (fund share, manager token) pool buybacks trade in. */
  pair: string;
}

export function buildRevenueMode(f: RevenueModeForm, env: { set: FundSet; abis: GovAbis }): Built<RevenueModeForm> {
  let pair: Address = zeroAddress;
  if (f.mode === "buyback") {
    const p = parseAddress(f.pair);
    if (!p.ok) return { ok: false, errors: { pair: p.error } };
    pair = p.value;
  }
  const calldata = encodeFunctionData({
    abi: env.abis.splitter,
    functionName: "setRevenueMode",
    args: [f.mode === "buyback", pair],
  });
  return { ok: true, actions: [{ target: env.set.feeSplitter, value: 0n, calldata }] };
}
