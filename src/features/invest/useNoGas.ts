// Whether the connected account has no ETH at all on the fund's chain: every transaction would
// fail in the wallet with a cryptic message, so the panel says it first and sends nothing.
import { useAccount, useBalance } from "wagmi";
import { evergreenLocal } from "../../chain/index.ts";

export function useNoGas(): boolean {
  const { address } = useAccount();
  const balance = useBalance({ address, chainId: evergreenLocal.id, query: { enabled: !!address } });
  return balance.data?.value === 0n;
}
