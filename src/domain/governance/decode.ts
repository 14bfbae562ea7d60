// A proposal's actions decoded against the ABIs of the fund set they target. Decoding is
// separate from wording (describe.ts) so that the reader can fetch what the words need (token
// symbols, pair tokens, deal terms) for exactly the addresses the actions mention.
import { decodeFunctionData, type Address, type DecodeFunctionDataReturnType, type Hex } from "viem";
// Types only: the generated ABIs, so that a decoded call's arguments are typed by its function.
import type { abis } from "../../chain/deployments/abis.ts";

type Abis = typeof abis;

/** The ABIs of the contracts of a fund set that proposals call. */
export interface GovAbis {
  fund: Abis["Fund"];
  rewards: Abis["ContributionRewards"];
  governor: Abis["FundGovernor"];
  timelock: Abis["TimelockController"];
  splitter: Abis["FeeSplitter"];
  strategy: Abis["StrategyRegistry"];
  committee: Abis["FundCommittee"];
}

/**
 * The contracts of one fund set that proposals call. An investor-governed fund has no manager
 * token, fee splitter or contribution rewards (the zero address for each): its investors delegate
 * and vote with their shares on the fund's share ledger (`ledger`).
 */
export interface FundSet {
  fund: Address;
  governor: Address;
  timelock: Address;
  contributionRewards: Address;
  managerToken: Address;
  feeSplitter: Address;
  /** The fund's share ledger, where an investor-governed fund's holders delegate their votes. */
  ledger?: Address;
  /** The chain's StrategyRegistry, where the fund's strategy statement is kept; absent where none is deployed. */
  strategyRegistry?: Address;
  /** The fund's investment committee, when one manages it (Mechanism.Committee). */
  committee?: Address;
}

export type Role = keyof GovAbis;

export interface RawAction {
  target: Address;
  value: bigint;
  calldata: Hex;
}

/** A call to the set's contract in `role`: its function and arguments, typed from that contract's ABI. */
export type RoleCall<R extends Role> = { role: R } & DecodeFunctionDataReturnType<GovAbis[R]>;

/**
 * An action with the contract of the set it calls (`role`, undefined for any other target) and,
 * when the calldata matches that contract's ABI, the function and its arguments. A function
 * without arguments decodes with `args` undefined.
 */
export type DecodedAction = RawAction &
  ({ [R in Role]: RoleCall<R> }[Role] | { role?: Role; functionName?: undefined; args?: undefined });

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const ZERO = /^0x0{40}$/i;

export function roleOf(target: Address, set: FundSet): Role | undefined {
  if (ZERO.test(target)) return undefined;
  if (same(target, set.fund)) return "fund";
  if (same(target, set.contributionRewards)) return "rewards";
  if (same(target, set.governor)) return "governor";
  if (same(target, set.timelock)) return "timelock";
  if (same(target, set.feeSplitter)) return "splitter";
  if (set.strategyRegistry && same(target, set.strategyRegistry)) return "strategy";
  if (set.committee && same(target, set.committee)) return "committee";
  return undefined;
}

export function actionsOf(p: {
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
}): RawAction[] {
  return p.targets.map((target, i) => ({ target, value: p.values[i] ?? 0n, calldata: p.calldatas[i] ?? "0x" }));
}

export function decodeAction(a: RawAction, set: FundSet, abis: GovAbis): DecodedAction {
  const role = roleOf(a.target, set);
  if (!role || a.calldata.length < 10) return { ...a, role };
  const data = a.calldata;
  try {
    switch (role) {
      case "fund":
        return { ...a, role, ...decodeFunctionData({ abi: abis.fund, data }) };
      case "rewards":
        return { ...a, role, ...decodeFunctionData({ abi: abis.rewards, data }) };
      case "governor":
        return { ...a, role, ...decodeFunctionData({ abi: abis.governor, data }) };
      case "timelock":
        return { ...a, role, ...decodeFunctionData({ abi: abis.timelock, data }) };
      case "splitter":
        return { ...a, role, ...decodeFunctionData({ abi: abis.splitter, data }) };
      case "strategy":
        return { ...a, role, ...decodeFunctionData({ abi: abis.strategy, data }) };
      case "committee":
        return { ...a, role, ...decodeFunctionData({ abi: abis.committee, data }) };
    }
  } catch {
    return { ...a, role };
  }
}

/**
 * The set as one proposal's actions see it: when the fund has no committee yet and the proposal
 * hands the fund to one (`setManager(c, Committee)`), its calls to `c` (electing the first
 * members, say) are the committee's, decoded and worded as such.
 */
export function proposalSet(actions: readonly RawAction[], set: FundSet, abis: GovAbis): FundSet {
  if (set.committee) return set;
  for (const a of actions) {
    const d = decodeAction(a, set, abis);
    if (d.role === "fund" && d.functionName === "setManager" && d.args[1] === 3)
      return { ...set, committee: d.args[0] };
  }
  return set;
}

/** The addresses the actions' words depend on, by what must be read about them. */
export interface References {
  tokens: Address[];
  pairs: Address[];
  deals: Address[];
}

export function referencesOf(actions: readonly DecodedAction[]): References {
  const tokens = new Set<Address>();
  const pairs = new Set<Address>();
  const deals = new Set<Address>();
  for (const a of actions) {
    if (a.role !== "fund" || !a.args) continue;
    switch (a.functionName) {
      case "setGuideline":
      case "addAsset":
      case "removeAsset":
      case "setFeed":
        tokens.add(a.args[0]);
        break;
      case "swap":
        pairs.add(a.args[0]);
        tokens.add(a.args[1]);
        break;
      case "addPair":
      case "removePair":
      case "addLiquidity":
      case "removeLiquidity":
        pairs.add(a.args[0]);
        break;
      case "approveVamDeal":
        deals.add(a.args[0]);
        break;
    }
  }
  return { tokens: [...tokens], pairs: [...pairs], deals: [...deals] };
}
