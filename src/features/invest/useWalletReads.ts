// What the connected account holds and may do in one fund: its asset balance and allowance,
// its shares and the chain's limits. Read from the app's RPC, whatever chain the wallet is on.
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { erc20Abi, fundAbi, useAppChainId } from "../../chain/index.ts";

export function useWalletReads(fund: Address, asset: Address | undefined, account: Address | undefined) {
  const chainId = useAppChainId();
  const q = useReadContracts({
    allowFailure: false,
    query: { enabled: !!asset && !!account },
    contracts: [
      { chainId, address: asset!, abi: erc20Abi, functionName: "balanceOf", args: [account!] },
      { chainId, address: asset!, abi: erc20Abi, functionName: "allowance", args: [account!, fund] },
      { chainId, address: fund, abi: fundAbi, functionName: "balanceOf", args: [account!] },
      { chainId, address: fund, abi: fundAbi, functionName: "maxDeposit", args: [account!] },
      { chainId, address: fund, abi: fundAbi, functionName: "maxRedeem", args: [account!] },
      { chainId, address: fund, abi: fundAbi, functionName: "maxWithdraw", args: [account!] },
    ],
  });
  const d = q.data;
  return {
    ...q,
    wallet: d && {
      assetBalance: d[0],
      allowance: d[1],
      shares: d[2],
      maxDeposit: d[3],
      maxRedeem: d[4],
      maxWithdraw: d[5],
    },
  };
}

export type WalletReads = NonNullable<ReturnType<typeof useWalletReads>["wallet"]>;
