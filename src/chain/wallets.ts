// The wallets the connect dialog offers. Explicit wallets only: RainbowKit's default set calls
// WalletConnect endpoints on every page load, which fails offline and leaks the visit.
// Imported only by the lazily loaded wallet UI, so none of this weighs on the first paint.
import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import {
  coinbaseWallet,
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";
import type { Config } from "wagmi";
import { reconnect } from "wagmi/actions";

const appName = "Evergreen";

/** WalletConnect Cloud project id; without it only browser wallets are offered. */
export const walletConnectProjectId: string | undefined = import.meta.env.VITE_WALLETCONNECT_PROJECT_ID || undefined;

type CreateWallet = WalletList[number]["wallets"][number];

// MetaMask and Rainbow fall back to WalletConnect when their extension is not injected, and
// RainbowKit throws for that fallback without a project id: offer them only when they work.
function connectsWithoutWalletConnect(wallet: CreateWallet): boolean {
  try {
    wallet({ projectId: "", appName });
    return true;
  } catch {
    return false;
  }
}

export function walletList(projectId = walletConnectProjectId): WalletList {
  const browser = [metaMaskWallet, injectedWallet, rainbowWallet, coinbaseWallet].filter(
    (w) => projectId !== undefined || connectsWithoutWalletConnect(w),
  );
  const list: WalletList = [{ groupName: "Browser wallets", wallets: browser }];
  if (projectId) list.push({ groupName: "Mobile wallets", wallets: [walletConnectWallet] });
  return list;
}

let registered = false;

/**
 * Adds the wallets to a config created without them. EIP-6963 wallets (any extension that
 * announces itself) are already there: wagmi discovers and reconnects them at start.
 */
export async function registerWallets(config: Config): Promise<void> {
  if (registered) return;
  registered = true;
  const { setup, setState } = config._internal.connectors;
  const added = connectorsForWallets(walletList(), {
    appName,
    // Only read when a WalletConnect wallet is listed, which requires a real id.
    projectId: walletConnectProjectId ?? "",
  }).map(setup);
  setState((current) => [...current, ...added]);

  // A session of one of these wallets (WalletConnect, Coinbase) resumes now. Only then:
  // reconnecting sets up every connector's SDK, and drops a connection it does not restore.
  const recent = await config.storage?.getItem("recentConnectorId");
  if (!config.state.current && added.some((c) => c.id === recent)) await reconnect(config, { connectors: added });
}
