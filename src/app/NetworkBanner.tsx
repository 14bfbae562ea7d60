// Shown while the wallet is on another chain than the one the pages show: on a chain without
// Evergreen, or on another of its chains. Reads go on from the app's RPC of the shown chain;
// only transactions need the wallet there, so the banner asks it to switch.
import { Link, useLocation } from "../lib/router/index.ts";
import { useAccount } from "../chain/account.ts";
import { useSwitchWalletChain } from "../chain/useSwitchWalletChain.ts";
import { appChainById, deployedChains } from "../chain/chains.ts";
import { chainLabel } from "../chain/chainName.ts";
import { isSupportedChainId } from "../chain/addresses.ts";
import { switchFailure } from "../chain/switchFailure.ts";
import { useAppChain } from "../chain/useAppChain.ts";
import { urlOnChain } from "./chainUrl.ts";

const action =
  "rounded-lg bg-amber-900 px-3 py-1.5 font-medium text-amber-50 hover:bg-amber-800 " +
  "disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 " +
  "focus-visible:outline-amber-900 dark:bg-amber-200 dark:text-amber-950 " +
  "dark:hover:bg-amber-100 dark:focus-visible:outline-amber-200";

export function NetworkBanner() {
  const { isConnected, chainId } = useAccount();
  const { chain, deployed } = useAppChain();
  const { switchChain, isPending, error } = useSwitchWalletChain();
  const { pathname, search } = useLocation();
  if (!isConnected || chainId === undefined || chainId === chain.id) return null;

  const walletChain = isSupportedChainId(chainId) ? appChainById(chainId) : undefined;
  // On another Evergreen chain: switch the wallet here, or show the wallet's chain instead.
  const showWallet = walletChain && urlOnChain(pathname, search, walletChain.slug);
  const targets = deployed ? [chain] : deployedChains;

  return (
    <div
      role="status"
      className={
        "border-b border-amber-300 bg-amber-50 " +
        "text-amber-950 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-100"
      }
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm sm:px-6">
        <p className="min-w-0 flex-1" data-testid="network-banner">
          {walletChain
            ? `Your wallet is on ${walletChain.chain.name}; this page shows ${chain.name}. ` +
              `To send transactions here, switch your wallet to ${chain.name}.`
            : `Your wallet is on ${chainLabel(chainId)}, where Evergreen has no funds. ` +
              `You can browse ${chain.name}; to send transactions, switch your wallet.`}
        </p>
        <div className="flex flex-wrap gap-2">
          {targets.map((c) => (
            <button
              key={c.id}
              type="button"
              disabled={isPending}
              onClick={() => switchChain({ chainId: c.id })}
              className={action}
            >
              {isPending ? "Switching…" : `Switch to ${c.name}`}
            </button>
          ))}
          {showWallet && (
            <Link to={showWallet} className="rounded-lg px-3 py-1.5 font-medium underline">
              Show {walletChain.chain.name}
            </Link>
          )}
        </div>
        {error && (
          <p className="w-full text-xs">{switchFailure(error, targets[0], targets[0].rpcUrls.default.http[0])}</p>
        )}
      </div>
    </div>
  );
}
