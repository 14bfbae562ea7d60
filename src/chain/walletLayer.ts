// wagmi, its config and the browser wallets it discovers load here, on demand: when someone asks
// to connect, when a wallet this site knows or a browser wallet that already authorised it is
// found at start (knownWallet.ts), or with what can only work with a wallet (the invest panel,
// a transaction). A cold read-only visit never loads it.
import type { Config } from "wagmi";

let loading: Promise<Config> | undefined;

/** Loads the wallet layer once; its config when ready (the account is mirrored into account.ts). */
export function loadWallet(): Promise<Config> {
  // A failed download is tried again the next time the wallet is asked for.
  loading ??= import("./walletStart.ts")
    .then((m) => m.startWallet())
    .catch((e: unknown): never => {
      loading = undefined;
      throw e;
    });
  return loading;
}

/** Asks the wallet to switch to `chainId` (adding the chain when it does not know it). */
export async function switchWalletChain(chainId: number): Promise<void> {
  const [config, { switchChain }] = await Promise.all([loadWallet(), import("./walletStart.ts")]);
  await switchChain(config, { chainId });
}
