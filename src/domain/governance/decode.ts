// A proposal's actions decoded against the ABIs of the fund set they target. Decoding is
// separate from wording (describe.ts) so that the reader can fetch what the words need (token
// symbols, pair tokens, deal terms) for exactly the addresses the actions mention.
import { decodeFunctionData, getAddress, type Abi, type Address, type Hex } from "viem";

export interface GovAbis {
  fund: Abi;
  rewards: Abi;
  governor: Abi;
  timelock: Abi;
  splitter: Abi;
}

/** The contracts of one fund set that proposals call. */
export interface FundSet {
  fund: Address;
  governor: Address;
  timelock: Address;
  contributionRewards: Address;
  managerToken: Address;
  feeSplitter: Address;
}

export type Role = keyof GovAbis;

export interface RawAction {
  target: Address;
  value: bigint;
  calldata: Hex;
}

export interface DecodedAction extends RawAction {
  /** Which contract of the set it calls; undefined for any other target. */
  role?: Role;
  /** Undefined when the calldata does not match the role's ABI (or the target is foreign). */
  functionName?: string;
  args?: readonly unknown[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function roleOf(target: Address, set: FundSet): Role | undefined {
  if (same(target, set.fund)) return "fund";
  if (same(target, set.contributionRewards)) return "rewards";
  if (same(target, set.governor)) return "governor";
  if (same(target, set.timelock)) return "timelock";
  if (same(target, set.feeSplitter)) return "splitter";
  return undefined;
}

export function actionsOf(p: { targets: readonly Address[]; values: readonly bigint[]; calldatas: readonly Hex[] }): RawAction[] {
  return p.targets.map((target, i) => ({ target, value: p.values[i] ?? 0n, calldata: p.calldatas[i] ?? "0x" }));
}

export function decodeAction(a: RawAction, set: FundSet, abis: GovAbis): DecodedAction {
  const role = roleOf(a.target, set);
  if (!role || a.calldata.length < 10) return { ...a, role };
  try {
    const { functionName, args } = decodeFunctionData({ abi: abis[role], data: a.calldata });
    return { ...a, role, functionName, args: args ?? [] };
  } catch {
    return { ...a, role };
  }
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
    const arg = (i: number) => getAddress(a.args![i] as Address);
    switch (a.functionName) {
      case "setGuideline":
      case "addAsset":
      case "removeAsset":
      case "setFeed":
        tokens.add(arg(0));
        break;
      case "swap":
        pairs.add(arg(0));
        tokens.add(arg(1));
        break;
      case "addPair":
      case "removePair":
      case "addLiquidity":
      case "removeLiquidity":
        pairs.add(arg(0));
        break;
      case "approveVamDeal":
        deals.add(arg(0));
        break;
    }
  }
  return { tokens: [...tokens], pairs: [...pairs], deals: [...deals] };
}
