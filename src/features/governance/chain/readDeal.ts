// A VAM deal's terms, as the approval's words need them, and whether this fund can approve it.
import type { Address, PublicClient } from "viem";
import type { DealMeta } from "../../../domain/governance/index.ts";
import { dealAbi, maybe, oracleAbi, type MulticallResult } from "./abis.ts";

const FIELDS = ["fund", "asset", "projectToken", "n1", "p1", "n2", "p2", "target", "window", "duration", "oracle", "state", "lapsed", "projectEscrowed"] as const;

export interface DealRead extends DealMeta {
  fund: Address;
  oracle: Address;
  /** VamDeal.State: 0 pending, 1 active, 2 exercised, 3 expired. */
  state: number;
  /** Its start deadline passed before it started: it never can. */
  lapsed: boolean;
  /** The project's escrow is in: the approval, once executed, starts the deal. */
  projectEscrowed: boolean;
}

/** Every deal's terms in two multicalls; a deal that does not answer is left out. */
export async function readDeals(client: PublicClient, deals: readonly Address[], blockNumber?: bigint): Promise<Map<string, DealRead>> {
  if (deals.length === 0) return new Map();
  const r = (await client.multicall({
    allowFailure: true,
    blockNumber,
    contracts: deals.flatMap((d) => FIELDS.map((functionName) => ({ address: d, abi: dealAbi, functionName }))) as never,
  })) as MulticallResult[];
  const raw = deals.map((d, i) => {
    const v = Object.fromEntries(FIELDS.map((f, k) => [f, maybe<unknown>(r[i * FIELDS.length + k])]));
    return FIELDS.every((f) => v[f] !== undefined) ? { address: d, v } : undefined;
  });
  const found = raw.filter((x) => x !== undefined);
  const dec = (await client.multicall({
    allowFailure: true,
    blockNumber,
    contracts: found.map((x) => ({ address: x.v.oracle as Address, abi: oracleAbi, functionName: "decimals" })) as never,
  })) as MulticallResult[];
  return new Map(found.map((x, i) => {
    const v = x.v as Record<(typeof FIELDS)[number], never>;
    return [x.address.toLowerCase(), {
      fund: v.fund, asset: v.asset, projectToken: v.projectToken, n1: v.n1, p1: v.p1, n2: v.n2, p2: v.p2, target: v.target,
      window: BigInt(v.window), duration: BigInt(v.duration), oracle: v.oracle, state: Number(v.state),
      lapsed: Boolean(v.lapsed), projectEscrowed: Boolean(v.projectEscrowed),
      tvlDecimals: Number(maybe<number>(dec[i]) ?? 8),
    }];
  }));
}

/** Why `fund` cannot approve the deal, in words; undefined when it can. */
export function dealProblem(deal: DealRead | undefined, fund: Address, asset: Address): string | undefined {
  if (!deal) return "No VAM deal answers at this address.";
  if (deal.fund.toLowerCase() !== fund.toLowerCase()) return "This deal is written for another fund.";
  if (deal.asset.toLowerCase() !== asset.toLowerCase()) return "This deal pays in another asset than the fund's.";
  if (deal.state !== 0) return "This deal has started or ended already: only a pending deal can be approved.";
  if (deal.lapsed) return "This deal's start deadline has passed: it can no longer start.";
  return undefined;
}
