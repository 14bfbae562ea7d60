import { useAccount, useSwitchChain } from "wagmi";
import { deployedChains } from "../chain/chains.ts";
import { chainLabel } from "../chain/chainName.ts";
import { isSupportedChainId } from "../chain/contracts.ts";
import { switchFailure } from "../chain/switchFailure.ts";

/** Shown while the wallet is on a chain without deployments; reads go on from the app's RPC. */
export function NetworkBanner() {
  const { isConnected, chainId } = useAccount();
  const { switchChain, isPending, error, variables } = useSwitchChain();
  const target = deployedChains.find((c) => c.id === variables?.chainId) ?? deployedChains[0];
  if (!isConnected || chainId === undefined || isSupportedChainId(chainId)) return null;

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
          Your wallet is on {chainLabel(chainId)}. Evergreen has deployments on:{" "}
          {deployedChains.map((c) => `${c.name} (${c.id})`).join(", ")}. You can browse; to send transactions, switch
          networks.
        </p>
        <div className="flex flex-wrap gap-2">
          {deployedChains.map((c) => (
            <button
              key={c.id}
              type="button"
              disabled={isPending}
              onClick={() => switchChain({ chainId: c.id })}
              className={
                "rounded-lg bg-amber-900 px-3 py-1.5 font-medium text-amber-50 hover:bg-amber-800 " +
                "disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 " +
                "focus-visible:outline-amber-900 dark:bg-amber-200 dark:text-amber-950 " +
                "dark:hover:bg-amber-100 dark:focus-visible:outline-amber-200"
              }
            >
              {isPending ? "Switching…" : `Switch to ${c.name}`}
            </button>
          ))}
        </div>
        {error && <p className="w-full text-xs">{switchFailure(error, target, target.rpcUrls.default.http[0])}</p>}
      </div>
    </div>
  );
}
