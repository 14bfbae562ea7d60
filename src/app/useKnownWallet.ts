import { useEffect } from "react";
import { useAccount } from "../chain/account.ts";
import { findKnownWallet } from "../chain/knownWallet.ts";
import { loadWallet } from "../chain/walletLayer.ts";
import { wantWalletUi } from "../lib/connectModal.ts";

/**
 * Loads the wallet layer and its UI at once when this site has seen a wallet: one connected here
 * before (wagmi's storage remembers it; a WalletConnect session resumes only through the UI's
 * connectors), or a browser wallet that already authorised the site, which wagmi reconnects.
 * The account then shows without a press.
 */
export function useKnownWallet(): void {
  const { status } = useAccount();
  useEffect(() => {
    if (status === "connected" || status === "reconnecting") wantWalletUi();
  }, [status]);
  useEffect(
    () =>
      findKnownWallet((remembered) => {
        // In the background: if it fails, Connect asks for it again.
        loadWallet().catch(() => undefined);
        if (remembered) wantWalletUi();
      }),
    [],
  );
}
