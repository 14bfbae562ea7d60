import type { Address } from "viem";
import { useReadContract, useReadContracts } from "wagmi";
import { contractOf, erc20Abi, evergreenLocal, fundAbi } from "../../chain/index.ts";

export interface FundSummary {
  address: Address;
  name: string;
  symbol: string;
  mechanism: number;
  asset?: { address: Address; symbol: string; decimals: number };
  /** GAV in asset units; undefined when the read failed (e.g. a stale price feed). */
  totalAssets?: bigint;
  /** Asset units per whole share (FundLens); undefined when the read failed. */
  navPerShare?: bigint;
}

const chainId = evergreenLocal.id;
const factory = contractOf(chainId, "FundFactory");
const lens = contractOf(chainId, "FundLens");
const FIELDS_PER_FUND = 6;
const POLL_MS = 30_000;

/** Every fund of the registry with what the Discover list shows, read in three batches. */
export function useFundList() {
  const sets = useReadContract({
    ...factory,
    chainId,
    functionName: "allFunds",
    query: { refetchInterval: POLL_MS },
  });
  const funds = sets.data?.map((s) => s.fund) ?? [];

  const fields = useReadContracts({
    contracts: funds.flatMap((address) => [
      { address, abi: fundAbi, chainId, functionName: "name" },
      { address, abi: fundAbi, chainId, functionName: "symbol" },
      { address, abi: fundAbi, chainId, functionName: "asset" },
      { address, abi: fundAbi, chainId, functionName: "mechanism" },
      { address, abi: fundAbi, chainId, functionName: "totalAssets" },
      { ...lens, chainId, functionName: "intrinsicValues", args: [address] },
    ] as const),
    query: { enabled: funds.length > 0, refetchInterval: POLL_MS },
  });
  const rows = funds.map((_, i) => fields.data?.slice(i * FIELDS_PER_FUND, (i + 1) * FIELDS_PER_FUND));
  const assets = [...new Set(rows.map((r) => r?.[2]?.result as Address | undefined).filter((a) => a !== undefined))];

  const assetMeta = useReadContracts({
    allowFailure: false,
    contracts: assets.flatMap((address) => [
      { address, abi: erc20Abi, chainId, functionName: "symbol" },
      { address, abi: erc20Abi, chainId, functionName: "decimals" },
    ] as const),
    query: { enabled: assets.length > 0, staleTime: Infinity },
  });

  const data = sets.data && (funds.length === 0 || (fields.data && assetMeta.data))
    ? funds.map((address, i): FundSummary => {
        const r = rows[i]!;
        const assetAddress = r[2]!.result as Address | undefined;
        const a = assetAddress ? assets.indexOf(assetAddress) : -1;
        const intrinsic = r[5]!.result as { perShare: bigint } | undefined;
        return {
          address,
          name: (r[0]!.result as string | undefined) ?? "Unnamed fund",
          symbol: (r[1]!.result as string | undefined) ?? "",
          mechanism: (r[3]!.result as number | undefined) ?? -1,
          // Without the asset's decimals no amount can be shown.
          asset: a < 0 ? undefined : {
            address: assetAddress!,
            symbol: assetMeta.data![a * 2] as string,
            decimals: assetMeta.data![a * 2 + 1] as number,
          },
          totalAssets: a < 0 ? undefined : (r[4]!.result as bigint | undefined),
          navPerShare: a < 0 ? undefined : intrinsic?.perShare,
        };
      })
    : undefined;

  const error = sets.error ?? fields.error ?? assetMeta.error;
  return {
    data,
    error,
    isLoading: !data && !error,
    refetch: () => Promise.all([sets.refetch(), fields.refetch(), assetMeta.refetch()]),
  };
}
