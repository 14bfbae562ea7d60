// Which chain the pages read: the one the URL names (`?chain=local-2`, kept in every link), else
// the connected wallet's when Evergreen is deployed there, else the default. A link to a fund
// therefore shows that chain's fund whatever the wallet is on; the wallet is asked to switch
// only to send a transaction.
import { useSearchParams } from "../lib/router/hooks.ts";
import { useAccount } from "./account.ts";
import { appChainById, appChainBySlug, defaultChain, type AppChain } from "./chains.ts";
import { isSupportedChainId, type SupportedChainId } from "./addresses.ts";

/** The query parameter that picks the network. */
export const CHAIN_PARAM = "chain";

/** The chain picked by `slug` (the URL), else the wallet's if deployed, else the default. */
export function chosenChain(slug: string | null, wallet: number | undefined): AppChain {
  const fromWallet = isSupportedChainId(wallet) ? appChainById(wallet) : undefined;
  return appChainBySlug(slug) ?? fromWallet ?? defaultChain;
}

export function useAppChain(): AppChain & { deployed: boolean } {
  const [params] = useSearchParams();
  const { chainId: wallet, isConnected } = useAccount();
  const chain = chosenChain(params.get(CHAIN_PARAM), isConnected ? wallet : undefined);
  return { ...chain, deployed: isSupportedChainId(chain.chain.id) };
}

/**
 * The chain a page reads. Pages render only on a chain with a deployment (the app shows a notice
 * instead on another), so this is one of the deployment modules' chains.
 */
export function useAppChainId(): SupportedChainId {
  const { chain } = useAppChain();
  if (!isSupportedChainId(chain.id)) throw new Error(`Evergreen is not deployed on ${chain.name}`);
  return chain.id;
}
