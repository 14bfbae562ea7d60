// The connected wallet as the pages see it, without the wallet code: "no wallet" until that code
// loads (walletLayer.ts), which then mirrors wagmi's account here. Pages a visitor reads cold
// take the account from here, so they render and read without wagmi.
import { useSyncExternalStore } from "react";
import type { Address } from "viem";
import type { Config } from "wagmi";

export interface WalletAccount {
  address: Address | undefined;
  /** The chain the wallet is on. */
  chainId: number | undefined;
  isConnected: boolean;
  status: "connected" | "connecting" | "reconnecting" | "disconnected";
}

const NONE: WalletAccount = { address: undefined, chainId: undefined, isConnected: false, status: "disconnected" };

let account = NONE;
let config: Config | undefined;
const listeners = new Set<() => void>();

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Called by the wallet layer: wagmi's account, and its config once created. */
export function mirrorWallet(next: WalletAccount, withConfig?: Config): void {
  const same =
    next.address === account.address &&
    next.chainId === account.chainId &&
    next.isConnected === account.isConnected &&
    next.status === account.status;
  if (same && (withConfig === undefined || withConfig === config)) return;
  if (!same)
    account = { address: next.address, chainId: next.chainId, isConnected: next.isConnected, status: next.status };
  if (withConfig) config = withConfig;
  for (const l of listeners) l();
}

/** The connected account (as wagmi's useAccount), "disconnected" while the wallet code is not loaded. */
export function useAccount(): WalletAccount {
  return useSyncExternalStore(subscribe, () => account);
}

/** wagmi's config once the wallet layer has loaded. */
export function useWalletConfig(): Config | undefined {
  return useSyncExternalStore(subscribe, () => config);
}

/** For tests: back to a fresh page. */
export function resetAccount(): void {
  account = NONE;
  config = undefined;
}
