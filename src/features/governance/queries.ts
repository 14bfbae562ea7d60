// The feature's reads as queries, keyed under `queryKeys.governance.all(chainId)`.
import { useQuery } from "@tanstack/react-query";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { useMemo } from "react";
import type { Address } from "viem";
import { useAccount } from "../../chain/account.ts";
import { useReadClient } from "../../chain/readClient.ts";
import { actionsOf, decodeAction, referencesOf, type FundSet } from "../../domain/governance/index.ts";
import { govAbis } from "./chain/abis.ts";
import { readAccount } from "./chain/readAccount.ts";
import { readFundContext, readTokenMeta } from "./chain/readContext.ts";
import { readDeals } from "./chain/readDeal.ts";
import { readDetail } from "./chain/readDetail.ts";
import { readProposals, type ListedProposal } from "./chain/readProposals.ts";
import { readFundSets } from "./chain/readSets.ts";

/** The chain the page reads and its client. */
const useClient = () => {
  const chainId = useAppChainId();
  return { chainId, client: useReadClient({ chainId }) };
};

export function useFundSets() {
  const { chainId, client } = useClient();
  return useQuery({
    queryKey: queryKeys.governance.sets(chainId),
    enabled: !!client,
    queryFn: () => readFundSets(client!, chainId),
  });
}

export function useProposals(governors: readonly Address[] | undefined, scope: string) {
  const { chainId, client } = useClient();
  return useQuery({
    queryKey: queryKeys.governance.proposals(chainId, scope, governors),
    enabled: !!client && !!governors,
    queryFn: () => readProposals(client!, chainId, governors!, scope),
  });
}

/** The fund's settings and the metadata its proposals' words need. */
export function useFundContext(set: FundSet | undefined, proposals: readonly ListedProposal[] | undefined) {
  const { chainId, client } = useClient();
  const refs = useMemo(() => {
    if (!set || !proposals) return undefined;
    return referencesOf(proposals.flatMap((p) => actionsOf(p).map((a) => decodeAction(a, set, govAbis))));
  }, [set, proposals]);
  return useQuery({
    queryKey: queryKeys.governance.context(chainId, set?.fund, refs),
    enabled: !!client && !!set && !!refs,
    queryFn: () => readFundContext(client!, chainId, set!, refs!),
  });
}

export function useProposalDetail(p: ListedProposal | undefined, block: bigint | undefined) {
  const { chainId, client } = useClient();
  return useQuery({
    queryKey: queryKeys.governance.detail(chainId, p?.governor, p?.id, block),
    enabled: !!client && !!p && block !== undefined,
    queryFn: () => readDetail(client!, chainId, p!.governor, p!.id, p!.createdBlock, block!),
  });
}

/** The connected account's standing, optionally on one proposal. */
export function useStanding(set: FundSet | undefined, proposal?: { id: bigint; snapshot: bigint }) {
  const { chainId, client } = useClient();
  const { address } = useAccount();
  const q = useQuery({
    queryKey: queryKeys.governance.standing(chainId, set?.fund, address, proposal?.id),
    enabled: !!client && !!set && !!address,
    queryFn: () => readAccount(client!, set!, address!, proposal),
  });
  return { ...q, account: address };
}

/** A typed deal address's terms and its tokens' symbols, for the VAM template. */
export function useDealPreview(deal: Address | undefined) {
  const { chainId, client } = useClient();
  return useQuery({
    queryKey: queryKeys.governance.deal(chainId, deal),
    enabled: !!client && !!deal,
    queryFn: async () => {
      const deals = await readDeals(client!, chainId, [deal!]);
      const d = deals.get(deal!.toLowerCase());
      const tokens = d ? await readTokenMeta(client!, [d.asset, d.projectToken]) : new Map();
      return { deal: d, tokens };
    },
  });
}

/** An ERC-4626 vault's asset and that asset's metadata (undefined `check`: not a vault). */
export function useVaultPreview(vault: Address | undefined) {
  const { chainId, client } = useClient();
  return useQuery({
    queryKey: queryKeys.governance.vault(chainId, vault),
    enabled: !!client && !!vault,
    queryFn: async (): Promise<
      | { problem: string }
      | { asset: Address; symbol: string; decimals: number; tokens: Awaited<ReturnType<typeof readTokenMeta>> }
    > => {
      const asset = await client!
        .readContract({
          address: vault!,
          abi: [
            { type: "function", name: "asset", stateMutability: "view", inputs: [], outputs: [{ type: "address" }] },
          ],
          functionName: "asset",
        })
        .catch(() => undefined);
      if (!asset) return { problem: "This address is not an ERC-4626 vault: it does not name its asset." };
      const tokens = await readTokenMeta(client!, [asset, vault!]);
      const meta = tokens.get(asset.toLowerCase());
      return { asset, symbol: meta?.symbol ?? "?", decimals: meta?.decimals ?? 18, tokens };
    },
  });
}
