// Whether the fund's asset takes ERC-2612 permits, from its own EIP-5267 domain. A token
// without `eip712Domain()` simply gets the approval route; the answer never changes.
import type { Address } from "viem";
import { useReadContract } from "wagmi";
import { permitAbi, useAppChainId } from "../../chain/index.ts";
import { permitDomain, type PermitDomain } from "../../domain/portfolio/index.ts";

export function usePermitDomain(asset: Address | undefined, enabled: boolean): PermitDomain | undefined {
  const chainId = useAppChainId();
  const q = useReadContract({
    chainId,
    address: asset,
    abi: permitAbi,
    functionName: "eip712Domain",
    query: { enabled: enabled && !!asset, retry: false, staleTime: Infinity },
  });
  return asset ? permitDomain(q.data, asset, chainId) : undefined;
}
