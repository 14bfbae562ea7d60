// The proposal templates: each turns the strings of its form into the actions it proposes,
// or says at which field the input is not usable. Checks the contracts would make at
// execution (caps, listed assets, pairs) happen here, before anyone votes on a broken proposal.
import { encodeFunctionData, type Address } from "viem";
import type { GovAbis, FundSet, RawAction } from "./decode.ts";
import type { Caps, EntryExit, Fees, Limits } from "./describe.ts";
import { ownContract } from "./ownContracts.ts";
import { fieldAmount, parseAddress, parseAmount, parseDate, parseDays } from "./input.ts";
import { bpsText, parsePercent, type Parsed } from "./percent.ts";

export type TemplateId =
  | "guideline"
  | "fees"
  | "entryExit"
  | "limits"
  | "delist"
  | "manager"
  | "vam"
  | "reward"
  | "rebalance"
  | "impair"
  | "strategy"
  | "committee"
  | "vault"
  | "buyback"
  | "revenueMode"
  | "distribute";

export const TEMPLATE_LABEL: Record<TemplateId, string> = {
  guideline: "Guideline change",
  fees: "Fee change",
  entryExit: "Entry and exit fees",
  limits: "Trading limits (LP share, slippage, minimum cash)",
  delist: "Delist an asset",
  manager: "Manager or mechanism change",
  vam: "VAM deal approval",
  reward: "Contribution reward",
  rebalance: "Rebalance (swaps)",
  impair: "Mark down a primary position",
  strategy: "Restate the strategy",
  committee: "Investment committee (members, threshold)",
  vault: "Allow a yield vault (and deposit into it)",
  buyback: "Buy back investor tokens",
  revenueMode: "Manager-token revenue (claims or buyback)",
  distribute: "Distribute to investors",
};

export interface TemplateEnv {
  set: FundSet;
  abis: GovAbis;
  /** Listed assets by lower-case address. */
  assets: ReadonlyMap<string, { symbol: string; decimals: number }>;
  pairs: ReadonlyMap<string, { token0: Address; token1: Address }>;
  caps: Caps;
  /** The denomination asset, which can never be delisted. */
  denomination: Address;
  /** Units of each listed asset the fund holds for itself, by lower-case address, when known. */
  held?: ReadonlyMap<string, bigint>;
  managerTokenDecimals: number;
  /** Contribution rewards' remaining room under the hard cap; undefined when uncapped. */
  rewardsRoom?: bigint;
}

export type Errors<F> = Partial<Record<keyof F | "form", string>>;
export type Built<F> = { ok: true; actions: RawAction[] } | { ok: false; errors: Errors<F> };

const call = (
  target: Address,
  abi: GovAbis[keyof GovAbis],
  functionName: string,
  args: readonly unknown[],
): RawAction => ({
  target,
  value: 0n,
  calldata: encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]),
});

/** Collects the parse results of a form: the values when all are usable, else the errors by field. */
function collect<F, V extends Record<string, unknown>>(
  parsed: { [K in keyof V]: Parsed<V[K]> & { field?: keyof F } },
): { ok: true; values: V } | { ok: false; errors: Errors<F> } {
  const errors: Errors<F> = {};
  const values = {} as V;
  for (const k of Object.keys(parsed) as (keyof V)[]) {
    const p = parsed[k];
    if (p.ok) values[k] = p.value;
    else errors[(p.field ?? k) as keyof F] = p.error;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}

// ─── guideline ───
export interface GuidelineForm {
  token: string;
  allowed: boolean;
  maxWeight: string;
}

export function buildGuideline(f: GuidelineForm, env: TemplateEnv): Built<GuidelineForm> {
  const token: Parsed<Address> = env.assets.has(f.token.toLowerCase())
    ? { ok: true, value: f.token as Address }
    : { ok: false, error: "Choose one of the fund's listed assets." };
  const c = collect<GuidelineForm, { token: Address; maxWeight: bigint }>({
    token,
    maxWeight: parsePercent(f.maxWeight),
  });
  if (!c.ok) return c;
  return {
    ok: true,
    actions: [
      call(env.set.fund, env.abis.fund, "setGuideline", [c.values.token, f.allowed, Number(c.values.maxWeight)]),
    ],
  };
}

// ─── fees ───
export interface FeesForm {
  management: string;
  performance: string;
  hurdle: string;
}

/** A percentage within the fund's cap on it. */
function capped(text: string, cap: number): Parsed<bigint> {
  const p = parsePercent(text);
  return p.ok && p.value > BigInt(cap) ? { ok: false as const, error: `At most ${bpsText(cap)}: the fund's cap.` } : p;
}

export function buildFees(f: FeesForm, env: TemplateEnv, now?: Fees): Built<FeesForm> {
  const c = collect<FeesForm, { management: bigint; performance: bigint; hurdle: bigint }>({
    management: capped(f.management, env.caps.managementBps),
    performance: capped(f.performance, env.caps.performanceBps),
    hurdle: capped(f.hurdle, env.caps.hurdleBps),
  });
  if (!c.ok) return c;
  const v = c.values;
  if (
    now &&
    Number(v.management) === now.managementBps &&
    Number(v.performance) === now.performanceBps &&
    Number(v.hurdle) === now.hurdleBps
  ) {
    return { ok: false, errors: { form: "These are the fees already: change at least one." } };
  }
  return {
    ok: true,
    actions: [
      call(env.set.fund, env.abis.fund, "setFees", [Number(v.management), Number(v.performance), Number(v.hurdle)]),
    ],
  };
}

// ─── entry and exit fees ───
export interface EntryExitForm {
  entry: string;
  exit: string;
}

export function buildEntryExit(f: EntryExitForm, env: TemplateEnv, now?: EntryExit): Built<EntryExitForm> {
  const c = collect<EntryExitForm, { entry: bigint; exit: bigint }>({
    entry: capped(f.entry, env.caps.entryExitBps),
    exit: capped(f.exit, env.caps.entryExitBps),
  });
  if (!c.ok) return c;
  const [entry, exit] = [Number(c.values.entry), Number(c.values.exit)];
  if (now && entry === now.entryBps && exit === now.exitBps)
    return { ok: false, errors: { form: "These are the entry and exit fees already: change at least one." } };
  return { ok: true, actions: [call(env.set.fund, env.abis.fund, "setEntryExitFees", [entry, exit])] };
}

// ─── trading limits ───
export interface LimitsForm {
  maxLp: string;
  maxSlippage: string;
  minCash: string;
}

/** One action per limit that changes (every one without `now`). */
export function buildLimits(f: LimitsForm, env: TemplateEnv, now?: Limits): Built<LimitsForm> {
  const c = collect<LimitsForm, { maxLp: bigint; maxSlippage: bigint; minCash: bigint }>({
    maxLp: parsePercent(f.maxLp),
    maxSlippage: capped(f.maxSlippage, env.caps.slippageBps),
    minCash: parsePercent(f.minCash),
  });
  if (!c.ok) return c;
  const v = {
    maxLp: Number(c.values.maxLp),
    maxSlippage: Number(c.values.maxSlippage),
    minCash: Number(c.values.minCash),
  };
  const steps: [number, number | undefined, string][] = [
    [v.maxLp, now?.maxLpBps, "setMaxLpBps"],
    [v.maxSlippage, now?.maxSlippageBps, "setMaxSlippage"],
    [v.minCash, now?.minCashBps, "setMinCash"],
  ];
  const actions = steps
    .filter(([next, cur]) => next !== cur)
    .map(([next, , fn]) => call(env.set.fund, env.abis.fund, fn, [next]));
  if (actions.length === 0)
    return { ok: false, errors: { form: "These are the limits already: change at least one." } };
  return { ok: true, actions };
}

// ─── delisting an asset ───
export interface DelistForm {
  token: string;
}

/**
 * Refuses what `removeAsset` would refuse: the denomination, an unlisted token, one still held or traded by an
 * approved pair.
 */
export function buildDelist(f: DelistForm, env: TemplateEnv): Built<DelistForm> {
  const t = f.token.toLowerCase();
  const meta = env.assets.get(t);
  if (!meta) return { ok: false, errors: { token: "Choose one of the fund's listed assets." } };
  if (t === env.denomination.toLowerCase())
    return { ok: false, errors: { token: `${meta.symbol} is the fund's own currency: it cannot be delisted.` } };
  const held = env.held?.get(t) ?? 0n;
  if (held > 0n)
    return {
      ok: false,
      errors: { token: `The fund still holds some ${meta.symbol}: sell it first (a rebalance), then delist it.` },
    };
  const pair = [...env.pairs.values()].find((p) => p.token0.toLowerCase() === t || p.token1.toLowerCase() === t);
  if (pair) {
    const other = pair.token0.toLowerCase() === t ? pair.token1 : pair.token0;
    return {
      ok: false,
      errors: {
        token:
          `An approved pair trades ${meta.symbol} against ` +
          `${env.assets.get(other.toLowerCase())?.symbol ?? "another asset"}: remove the pair first.`,
      },
    };
  }
  return { ok: true, actions: [call(env.set.fund, env.abis.fund, "removeAsset", [f.token as Address])] };
}

// ─── manager and mechanism ───
export interface ManagerForm {
  mechanism: "0" | "1" | "2" | "3";
  manager: string;
}

export function buildManager(f: ManagerForm, env: TemplateEnv): Built<ManagerForm> {
  if (f.mechanism === "0")
    return { ok: true, actions: [call(env.set.fund, env.abis.fund, "setManager", [env.set.timelock, 0])] };
  const a = parseAddress(f.manager);
  if (!a.ok) return { ok: false, errors: { manager: a.error } };
  if (a.value.toLowerCase() === env.set.timelock.toLowerCase()) {
    return {
      ok: false,
      errors: { manager: "That is the fund's timelock: choose governance as the mechanism instead." },
    };
  }
  const own = ownContract(a.value, env.set);
  if (own)
    return {
      ok: false,
      errors: { manager: `That is ${own}: it cannot manage the fund. Choose the manager's own address.` },
    };
  return { ok: true, actions: [call(env.set.fund, env.abis.fund, "setManager", [a.value, Number(f.mechanism)])] };
}

// ─── VAM deal ───
export interface VamForm {
  deal: string;
}

/** `dealCheck` is what reading the deal found wrong with it, if anything. */
export function buildVam(f: VamForm, env: TemplateEnv, dealCheck?: string): Built<VamForm> {
  const a = parseAddress(f.deal);
  if (!a.ok) return { ok: false, errors: { deal: a.error } };
  if (dealCheck) return { ok: false, errors: { deal: dealCheck } };
  return { ok: true, actions: [call(env.set.fund, env.abis.fund, "approveVamDeal", [a.value])] };
}

// ─── yield vault ───
export interface VaultForm {
  vault: string;
  /** The bound on the vault's rate moves, in % (priced operations stop beyond it). */
  maxMove: string;
  allowed: boolean;
  /** Units of the vault's asset the fund deposits (only where the timelock is the manager); empty: none. */
  deposit: string;
}

/** What reading the vault found: its asset and the fund's listing of that asset. */
export interface VaultCheck {
  asset: Address;
  symbol: string;
  decimals: number;
}

/**
 * `setVault(vault, guard, bound, allowed)`, then, where the fund's manager is its own timelock, a deposit of the
 * vault's asset into it (`vaultMove`). Refuses what the fund would: a vault whose asset is not listed, a bound over
 * 100 %, a deposit into a vault the manager may not use, or more than the fund holds.
 */
export function buildVault(
  f: VaultForm,
  env: TemplateEnv,
  o: { guard?: Address; timelockManages: boolean; check?: VaultCheck | string },
): Built<VaultForm> {
  const a = parseAddress(f.vault);
  if (!a.ok) return { ok: false, errors: { vault: a.error } };
  if (typeof o.check === "string") return { ok: false, errors: { vault: o.check } };
  if (!o.check) return { ok: false, errors: { vault: "Reading the vault…" } };
  if (!o.guard) return { ok: false, errors: { form: "No rate guard is deployed on this network." } };
  const asset = env.assets.get(o.check.asset.toLowerCase());
  if (!asset)
    return { ok: false, errors: { vault: `The vault holds ${o.check.symbol}, which the fund does not list.` } };
  const bound = parsePercent(f.maxMove);
  if (!bound.ok) return { ok: false, errors: { maxMove: bound.error } };
  if (bound.value > 10_000n) return { ok: false, errors: { maxMove: "At most 100 %." } };
  const actions = [call(env.set.fund, env.abis.fund, "setVault", [a.value, o.guard, Number(bound.value), f.allowed])];
  if (f.deposit.trim()) {
    if (!o.timelockManages)
      return { ok: false, errors: { deposit: "The fund's manager deposits, not governance: leave this empty." } };
    if (!f.allowed) return { ok: false, errors: { deposit: "Allow the manager to use the vault to deposit into it." } };
    const amount = parseAmount(f.deposit, asset.decimals);
    if (!amount.ok) return { ok: false, errors: { deposit: amount.error } };
    const held = env.held?.get(o.check.asset.toLowerCase());
    if (held !== undefined && amount.value > held)
      return { ok: false, errors: { deposit: `The fund holds less ${asset.symbol} than that.` } };
    actions.push(call(env.set.fund, env.abis.fund, "vaultMove", [a.value, amount.value, 0n, true]));
  }
  return { ok: true, actions };
}

// ─── contribution reward ───
export interface RewardForm {
  contributor: string;
  amount: string;
  category: string;
  start: string;
  vestingDays: string;
  memo: string;
}

export function buildReward(f: RewardForm, env: TemplateEnv): Built<RewardForm> {
  let amount = parseAmount(f.amount, env.managerTokenDecimals);
  if (amount.ok && env.rewardsRoom !== undefined && amount.value > env.rewardsRoom) {
    amount = {
      ok: false,
      error:
        env.rewardsRoom === 0n
          ? "The rewards' hard cap is used up."
          : "Above what is left under the rewards' hard cap.",
    };
  }
  const category: Parsed<number> = /^[0-7]$/.test(f.category)
    ? { ok: true, value: Number(f.category) }
    : { ok: false, error: "Choose a category." };
  const memo: Parsed<string> = f.memo.trim()
    ? f.memo.length > 280
      ? { ok: false, error: "At most 280 characters." }
      : { ok: true, value: f.memo.trim() }
    : { ok: false, error: "Say what the contribution was." };
  const c = collect<
    RewardForm,
    { contributor: Address; amount: bigint; category: number; start: bigint; vestingDays: bigint; memo: string }
  >({
    contributor: parseAddress(f.contributor),
    amount,
    category,
    start: parseDate(f.start),
    vestingDays: parseDays(f.vestingDays),
    memo,
  });
  if (!c.ok) return c;
  const v = c.values;
  return {
    ok: true,
    actions: [
      call(env.set.contributionRewards, env.abis.rewards, "award", [
        v.contributor,
        v.amount,
        v.category,
        v.start,
        v.vestingDays * 86_400n,
        v.memo,
      ]),
    ],
  };
}

// ─── rebalance ───
export interface SwapForm {
  pair: string;
  tokenIn: string;
  amountIn: string;
  minOut: string;
  /** A drafted swap's exact amounts, sent while the fields still show their rounded text. */
  exact?: { amountIn: bigint; minOut: bigint };
}
/**
 * A drafted vault move, kept as drafted: `vaultMove(vault, amount, minOut, into)` with the exact amounts (in the
 * asset for a deposit, in shares for a redeem).
 */
export interface VaultMoveForm {
  kind: "vault";
  vault: string;
  asset: string;
  into: boolean;
  amount: bigint;
  minOut: bigint;
}
export interface RebalanceForm {
  /** The calls in order: swaps and drafted vault moves. */
  swaps: (SwapForm | VaultMoveForm)[];
}
export type SwapErrors = Errors<SwapForm> & Errors<VaultMoveForm>;

export const isVaultMove = (s: SwapForm | VaultMoveForm): s is VaultMoveForm => "kind" in s && s.kind === "vault";

function buildVaultMove(s: VaultMoveForm, env: TemplateEnv) {
  const vault = parseAddress(s.vault);
  if (!vault.ok) return { ok: false as const, errors: { vault: vault.error } as SwapErrors };
  if (!env.assets.has(s.asset.toLowerCase()))
    return { ok: false as const, errors: { vault: "The vault's asset is not listed by the fund." } as SwapErrors };
  if (s.amount <= 0n) return { ok: false as const, errors: { amount: "Nothing to move." } as SwapErrors };
  if (s.minOut <= 0n)
    return {
      ok: false as const,
      errors: { minOut: "A minimum of zero accepts any rate: set the least the fund must receive." } as SwapErrors,
    };
  return {
    ok: true as const,
    action: call(env.set.fund, env.abis.fund, "vaultMove", [vault.value, s.amount, s.minOut, s.into]),
  };
}

/** Errors are per swap row (`swaps.<i>.<field>`) so each shows at its own input. */
export function buildRebalance(
  f: RebalanceForm,
  env: TemplateEnv,
): { ok: true; actions: RawAction[] } | { ok: false; errors: { form?: string; swaps: SwapErrors[] } } {
  if (f.swaps.length === 0) return { ok: false, errors: { form: "Add at least one swap.", swaps: [] } };
  const rows = f.swaps.map((s) => {
    if (isVaultMove(s)) return buildVaultMove(s, env);
    const pair = env.pairs.get(s.pair.toLowerCase());
    if (!pair)
      return { ok: false as const, errors: { pair: "Choose one of the fund's approved pairs." } as SwapErrors };
    const tokenIn = [pair.token0, pair.token1].find((t) => t.toLowerCase() === s.tokenIn.toLowerCase());
    if (!tokenIn)
      return {
        ok: false as const,
        errors: { tokenIn: "Choose which of the pair's tokens the fund sells." } as SwapErrors,
      };
    const tokenOut = tokenIn === pair.token0 ? pair.token1 : pair.token0;
    const decIn = env.assets.get(tokenIn.toLowerCase())?.decimals;
    const decOut = env.assets.get(tokenOut.toLowerCase())?.decimals;
    if (decIn === undefined || decOut === undefined)
      return {
        ok: false as const,
        errors: { pair: "One of the pair's tokens is not listed by the fund." } as SwapErrors,
      };
    let minOut = fieldAmount(s.minOut, decOut, s.exact?.minOut);
    if (!minOut.ok && s.minOut.trim() !== "" && parseAmount(s.minOut, decOut, true).ok) {
      minOut = { ok: false, error: "A minimum of zero accepts any price: set the least the fund must receive." };
    }
    const c = collect<SwapForm, { amountIn: bigint; minOut: bigint }>({
      amountIn: fieldAmount(s.amountIn, decIn, s.exact?.amountIn),
      minOut,
    });
    if (!c.ok) return c;
    return {
      ok: true as const,
      action: call(env.set.fund, env.abis.fund, "swap", [s.pair, tokenIn, c.values.amountIn, c.values.minOut]),
    };
  });
  if (rows.every((r) => r.ok)) return { ok: true, actions: rows.map((r) => (r as { action: RawAction }).action) };
  return { ok: false, errors: { swaps: rows.map((r) => (r.ok ? {} : r.errors)) } };
}

/** Only the manager swaps: a rebalance by proposal needs the timelock to be the manager. */
export const timelockManages = (manager: Address, set: FundSet) => manager.toLowerCase() === set.timelock.toLowerCase();
