// The deals no registry lists (a deal that never started, one its fund has left), read once the
// portfolio is drawn: only their parties can act on them (the project's escrow or legs, a part
// from an in-kind exit), and their state changes by those parties' own transactions, which
// invalidate the portfolio's reads, so they are not read again at every block. The read leaves
// with the activity's block times, in their batch.
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { contractAt, queryKeys, useAppChainId } from "../../chain/index.ts";
import { batchClientOf } from "../../chain/batchClient.ts";
import { dealLensAbi } from "../../chain/deployments/abis/DealLens.ts";
import { accountDeals } from "./readPortfolio.ts";

export function useUnlistedDeals(account: Address, deals: readonly Address[] | undefined) {
  const chainId = useAppChainId();
  return useQuery({
    queryKey: [
      ...queryKeys.portfolio(chainId, account),
      "unlisted-deals",
      ...(deals ?? []).map((d) => d.toLowerCase()),
    ],
    enabled: !!deals && deals.length > 0,
    staleTime: Infinity,
    queryFn: async () =>
      accountDeals(
        await batchClientOf(chainId).readContract({
          ...contractAt(chainId, "DealLens", dealLensAbi),
          functionName: "dealsAt",
          args: [deals!, account],
        }),
      ),
  });
}
