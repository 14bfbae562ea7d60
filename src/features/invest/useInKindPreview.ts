// What an in-kind exit of `shares` would pay now, from the fund's own preview view.
import type { Address } from "viem";
import { useReadContract } from "wagmi";
import { fundAbi, useAppChainId } from "../../chain/index.ts";
import type { InKindPreview } from "./basket.ts";

export function useInKindPreview(fund: Address, shares: bigint | undefined) {
  const chainId = useAppChainId();
  const q = useReadContract({
    chainId,
    address: fund,
    abi: fundAbi,
    functionName: "previewRedeemInKind",
    args: [shares ?? 0n],
    query: { enabled: shares !== undefined && shares > 0n },
  });
  return { ...q, preview: q.data as InKindPreview | undefined };
}
