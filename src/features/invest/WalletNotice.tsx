// Why the panel cannot send yet, with the one action that fixes it.
import { useSwitchChain } from "wagmi";
import { useAccount } from "../../chain/account.ts";
import { chainLabel, useAppChain } from "../../chain/index.ts";
import { switchFailure } from "../../chain/switchFailure.ts";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { useNoGas } from "./useNoGas.ts";

const button =
  "rounded-lg border border-line px-3 py-1.5 text-sm font-medium hover:bg-muted focus-visible:outline-2 " +
  "focus-visible:outline-brand disabled:opacity-60";

export function WalletNotice({ action }: { action: string }) {
  const { isConnected, chainId } = useAccount();
  const { chain } = useAppChain();
  const rpcUrl = chain.rpcUrls.default.http[0];
  const openConnect = useOpenConnectModal();
  // An unknown chain is added with the shown chain's own parameters (wagmi asks the wallet
  // with wallet_addEthereumChain on 4902); if the wallet refuses, say how to add it by hand.
  const { switchChain, isPending, error, reset } = useSwitchChain();
  const noGas = useNoGas();
  if (!isConnected) {
    return (
      <div
        data-testid="wallet-notice"
        className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-muted px-3 py-2 text-sm"
      >
        <span>Connect a wallet to {action}.</span>
        <button type="button" className={button} disabled={!openConnect} onClick={openConnect}>
          Connect wallet
        </button>
      </div>
    );
  }
  if (chainId !== chain.id) {
    return (
      <div
        data-testid="wallet-notice"
        role="status"
        className={
          "flex flex-wrap items-center justify-between gap-2 rounded-lg " +
          "bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
        }
      >
        <span>
          Your wallet is on {chainId === undefined ? "another network" : chainLabel(chainId)}. Switch to {chain.name} to{" "}
          {action}.
        </span>
        <button
          type="button"
          className={button}
          disabled={isPending}
          onClick={() => {
            reset();
            switchChain({
              chainId: chain.id,
              addEthereumChainParameter: {
                chainName: chain.name,
                rpcUrls: [rpcUrl],
                nativeCurrency: chain.nativeCurrency,
              },
            });
          }}
        >
          {isPending ? "Switching…" : `Switch to ${chain.name}`}
        </button>
        {error && (
          <p data-testid="switch-error" className="w-full">
            {switchFailure(error, chain, rpcUrl)}
          </p>
        )}
      </div>
    );
  }
  if (noGas) {
    return (
      <p
        data-testid="wallet-notice"
        role="status"
        className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
      >
        This account has no ETH on {chain.name} to pay the gas of a transaction. Send some ETH to it first; until then
        nothing is sent to your wallet.
      </p>
    );
  }
  return null;
}
