import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
// Discover loads this module at start: the one ERC-20 item it reads, not viem's table of ABIs.
import { symbol } from "../../chain/deployments/abis/items/IERC20Metadata.ts";
import { HoldingKind } from "../../domain/valuation/index.ts";
import { shortAddress } from "../../lib/format.ts";

export interface HoldingRow {
  token: Address;
  label: string;
  /** In the fund's asset units. */
  value: bigint;
  weightBps: bigint;
}

const KIND_NAME: Record<number, string> = {
  [HoldingKind.LpPosition]: "LP",
  [HoldingKind.Primary]: "primary",
  [HoldingKind.VamEscrow]: "VAM escrow",
};

/** `Fund.holdings()` of the compared funds (one call), with the tokens' symbols (a second). */
export function useHoldings(funds: Address[]) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.holdings(chainId, funds),
    enabled: !!client && funds.length > 0,
    queryFn: async () => {
      // The fund's ABI (its largest) loads with the first comparison, not with the list.
      const { fundAbi } = await import("../../chain/deployments/abis/Fund.ts");
      const lists = await client!.multicall({
        allowFailure: false,
        contracts: funds.map((address) => ({ address, abi: fundAbi, functionName: "holdings" }) as const),
      });
      const tokens = [
        ...new Set(lists.flatMap(([list]) => list.filter((h) => h.kind !== HoldingKind.VamEscrow).map((h) => h.token))),
      ];
      const symbols = await client!.multicall({
        allowFailure: true,
        contracts: tokens.map((address) => ({ address, abi: [symbol], functionName: "symbol" }) as const),
      });
      const symbolOf = new Map(
        tokens.map((t, i) => [t, symbols[i].status === "success" ? (symbols[i].result as string) : undefined]),
      );
      return new Map(
        funds.map((fund, i): [Address, HoldingRow[]] => [
          fund,
          lists[i][0]
            .filter((h) => h.balance > 0n || h.value > 0n)
            .map((h) => {
              const kind = KIND_NAME[h.kind];
              const symbol = symbolOf.get(h.token);
              const label =
                h.kind === HoldingKind.VamEscrow
                  ? `${kind} ${shortAddress(h.token)}`
                  : `${symbol ?? shortAddress(h.token)}${kind ? ` (${kind})` : ""}`;
              return { token: h.token, label, value: h.value, weightBps: h.weightBps };
            }),
        ]),
      );
    },
  });
}
