// A VAM deal's terms, as the approval's words need them, and whether this fund can approve it.
import type { Address } from "viem";
import type { DealMeta } from "../../../domain/governance/index.ts";
import { contractAt, type SupportedChainId } from "../../../chain/index.ts";
import { oracleAbi } from "./abis.ts";
import type { ReadClient } from "../../../chain/readClient.ts";
import { fundLensAbi } from "../../../chain/deployments/abis/FundLens.ts";

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
export async function readDeals(
  client: ReadClient,
  chainId: SupportedChainId,
  deals: readonly Address[],
  blockNumber?: bigint,
): Promise<Map<string, DealRead>> {
  if (deals.length === 0) return new Map();
  const lens = contractAt(chainId, "FundLens", fundLensAbi);
  const reads = await client.multicall({
    allowFailure: true,
    blockNumber,
    contracts: deals.map((d) => ({ ...lens, functionName: "dealOf", args: [d] }) as const),
  });
  const found = deals.flatMap((address, i) => {
    const r = reads[i];
    return r.status === "success" ? [{ address, d: r.result }] : [];
  });
  const dec = await client.multicall({
    allowFailure: true,
    blockNumber,
    contracts: found.map((x) => ({ address: x.d.terms.oracle, abi: oracleAbi, functionName: "decimals" }) as const),
  });
  return new Map(
    found.map(({ address, d }, i) => {
      const t = d.terms;
      const decimals = dec[i];
      return [
        address.toLowerCase(),
        {
          fund: t.fund,
          asset: t.asset,
          projectToken: t.projectToken,
          n1: t.n1,
          p1: t.p1,
          n2: t.n2,
          p2: t.p2,
          target: t.target,
          window: BigInt(t.window),
          duration: BigInt(t.duration),
          oracle: t.oracle,
          state: d.state,
          lapsed: d.lapsed,
          projectEscrowed: d.projectEscrowed,
          tvlDecimals: decimals.status === "success" ? decimals.result : 8,
        },
      ];
    }),
  );
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
