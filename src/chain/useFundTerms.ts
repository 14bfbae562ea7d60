// A fund's terms beside its valuation: the entry and exit fees it keeps, the limits on its
// manager (LP share, slippage, minimum cash) with their caps, and whether every price it
// needs is fresh (else priced deposits and redemptions revert `StalePrice`).
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { fundAbi } from "./abis.ts";
import { evergreenLocal } from "./chains.ts";
import { READ_REFRESH_MS } from "./queryClient.ts";

export interface FundTerms {
  entryBps: bigint;
  exitBps: bigint;
  maxLpBps: bigint;
  maxSlippageBps: bigint;
  minCashBps: bigint;
  /** `Fund.MAX_ENTRY_EXIT_BPS` and `MAX_SLIPPAGE_BPS`. */
  caps: { entryExitBps: bigint; slippageBps: bigint };
  pricesFresh: boolean;
}

export function useFundTerms(fund: Address | undefined) {
  const F = { chainId: evergreenLocal.id, address: fund!, abi: fundAbi } as const;
  const q = useReadContracts({
    allowFailure: false,
    query: { enabled: !!fund, refetchInterval: READ_REFRESH_MS },
    contracts: [
      { ...F, functionName: "entryBps" },
      { ...F, functionName: "exitBps" },
      { ...F, functionName: "limits" },
      { ...F, functionName: "pricesFresh" },
      { ...F, functionName: "MAX_ENTRY_EXIT_BPS" },
      { ...F, functionName: "MAX_SLIPPAGE_BPS" },
    ],
  });
  const d = q.data;
  const terms: FundTerms | undefined = d && {
    entryBps: BigInt(d[0]),
    exitBps: BigInt(d[1]),
    maxLpBps: BigInt(d[2].maxLpBps),
    maxSlippageBps: BigInt(d[2].maxSlippageBps),
    minCashBps: BigInt(d[2].minCashBps),
    caps: { entryExitBps: d[4], slippageBps: d[5] },
    pricesFresh: d[3],
  };
  return { ...q, terms };
}
