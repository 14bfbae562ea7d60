// A committee fund's committee, read at one block: the fund's manager and mechanism, then the
// committee's members, threshold and decisions (one multicall), then the pairs and tokens its
// decisions and the trade form name.
import { decodeFunctionData, erc4626Abi, type Address } from "viem";
import { erc20Abi, fundAbi } from "../../chain/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import { ammPairAbi } from "../../chain/deployments/abis/AmmPair.ts";
import { fundCommitteeAbi } from "../../chain/deployments/abis/FundCommittee.ts";
import type { Member, RawDecision } from "../../domain/committee/index.ts";

export const COMMITTEE_MECHANISM = 3;
/** Decisions read per page (newest last on the chain). */
const PAGE = 100n;

export interface Token {
  address: Address;
  symbol: string;
  decimals: number;
}
export interface Pair {
  address: Address;
  token0: Address;
  token1: Address;
}
/** A decision's call to the fund, decoded. */
export type Call =
  | { kind: "swap"; pair: Address; tokenIn: Address; amountIn: bigint; minOut: bigint }
  | { kind: "addLiquidity"; pair: Address; amount0: bigint; amount1: bigint; minLiquidity: bigint }
  | { kind: "removeLiquidity"; pair: Address; liquidity: bigint; min0: bigint; min1: bigint }
  /** Into a yield vault: `amount` of its asset for at least `minOut` shares; out: shares for assets. */
  | { kind: "vaultMove"; vault: Address; amount: bigint; minOut: bigint; into: boolean; asset?: Address }
  | { kind: "unknown" };

export type CommitteeRead =
  | { kind: "not-committee"; mechanism: number }
  | {
      kind: "committee";
      address: Address;
      members: Member[];
      threshold: bigint;
      count: bigint;
      decisions: (RawDecision & { call: Call })[];
      pairs: Pair[];
      tokens: Map<string, Token>;
      /** The block's time, which the decisions' states are judged at. */
      now: bigint;
      block: bigint;
    };

export function decodeCall(data: `0x${string}`): Call {
  try {
    const { functionName, args } = decodeFunctionData({ abi: fundAbi, data });
    if (functionName === "swap") {
      const [pair, tokenIn, amountIn, minOut] = args;
      return { kind: "swap", pair, tokenIn, amountIn, minOut };
    }
    if (functionName === "addLiquidity") {
      const [pair, amount0, amount1, minLiquidity] = args;
      return { kind: "addLiquidity", pair, amount0, amount1, minLiquidity };
    }
    if (functionName === "removeLiquidity") {
      const [pair, liquidity, min0, min1] = args;
      return { kind: "removeLiquidity", pair, liquidity, min0, min1 };
    }
    if (functionName === "vaultMove") {
      const [vault, amount, minOut, into] = args;
      return { kind: "vaultMove", vault, amount, minOut, into };
    }
  } catch {
    // not one of the fund's calls: shown as such
  }
  return { kind: "unknown" };
}

export async function readCommittee(client: ReadClient, fund: Address): Promise<CommitteeRead> {
  const block = await client.getBlock();
  const at = { blockNumber: block.number } as const;
  const f = { address: fund, abi: fundAbi } as const;
  const [manager, mechanism, registry] = await client.multicall({
    allowFailure: false,
    contracts: [
      { ...f, functionName: "manager" },
      { ...f, functionName: "mechanism" },
      { ...f, functionName: "registry" },
    ],
    ...at,
  });
  if (mechanism !== COMMITTEE_MECHANISM) return { kind: "not-committee", mechanism };
  const c = { address: manager, abi: fundCommitteeAbi } as const;
  const [[members, threshold, count], pairTokens] = await Promise.all([
    client.readContract({ ...c, functionName: "committee", ...at }),
    client.multicall({
      allowFailure: false,
      contracts: registry[1].flatMap((p) => [
        { address: p, abi: ammPairAbi, functionName: "token0" } as const,
        { address: p, abi: ammPairAbi, functionName: "token1" } as const,
      ]),
      ...at,
    }),
  ]);
  const from = count > PAGE ? count - PAGE : 0n;
  const decisions = await client.readContract({ ...c, functionName: "decisions", args: [from, PAGE], ...at });
  const pairs: Pair[] = registry[1].map((address, i) => ({
    address,
    token0: pairTokens[2 * i] as Address,
    token1: pairTokens[2 * i + 1] as Address,
  }));
  const calls = decisions.map((d) => decodeCall(d.data));
  // The yield vaults the decisions move money through, with their assets, for their names and units.
  const vaults = [
    ...new Set(calls.flatMap((c) => (c.kind === "vaultMove" ? [c.vault.toLowerCase()] : []))),
  ] as Address[];
  const assets = vaults.length
    ? await client.multicall({
        allowFailure: false,
        contracts: vaults.map((v) => ({ address: v, abi: erc4626Abi, functionName: "asset" }) as const),
        ...at,
      })
    : [];
  const assetOf = new Map(vaults.map((v, i) => [v, assets[i] as Address]));
  const addresses = [
    ...new Set([...pairs.flatMap((p) => [p.token0, p.token1]), ...vaults, ...assets].map((a) => a.toLowerCase())),
  ] as Address[];
  const meta = await client.multicall({
    allowFailure: false,
    contracts: addresses.flatMap((a) => [
      { address: a, abi: erc20Abi, functionName: "symbol" } as const,
      { address: a, abi: erc20Abi, functionName: "decimals" } as const,
    ]),
    ...at,
  });
  const tokens = new Map(
    addresses.map((address, i) => [
      address,
      { address, symbol: meta[2 * i] as string, decimals: Number(meta[2 * i + 1]) },
    ]),
  );
  return {
    kind: "committee",
    address: manager,
    members: members.map((m) => ({ account: m.account, termEnd: m.termEnd })),
    threshold,
    count,
    decisions: decisions.map((d, i) => ({
      id: d.id,
      proposer: d.proposer,
      data: d.data,
      proposedAt: d.proposedAt,
      expiresAt: d.expiresAt,
      executed: d.executed,
      cancelled: d.cancelled,
      approvers: d.approvers,
      approvalCounts: d.approvalCounts,
      call: withAsset(calls[i], assetOf),
    })),
    pairs,
    tokens,
    now: block.timestamp,
    block: block.number,
  };
}

function withAsset(c: Call, assetOf: ReadonlyMap<string, Address>): Call {
  return c.kind === "vaultMove" ? { ...c, asset: assetOf.get(c.vault.toLowerCase()) } : c;
}
