// Whether the connected account has no ETH at all on the fund's chain: every transaction would
// fail in the wallet with a cryptic message, so the panel says it first and sends nothing.
import { useBalance } from "wagmi";
import { useAccount } from "../../chain/account.ts";
import { useAppChainId } from "../../chain/index.ts";

export function useNoGas(): boolean {
  const { address } = useAccount();
  const chainId = useAppChainId();
  const balance = useBalance({ address, chainId, query: { enabled: !!address } });
  return balance.data?.value === 0n;
}
