import { useEffect } from "react";
import { useAccount, useConfig } from "wagmi";
import { wantWalletUi } from "../lib/connectModal.ts";

/**
 * Loads the wallet UI at once when this site has seen a wallet: one connected here before
 * (wagmi's storage remembers it; a WalletConnect session resumes only through the UI's
 * connectors), or a browser wallet wagmi connects on load. The account then shows without a press.
 */
export function useKnownWallet(): void {
  const config = useConfig();
  const { status } = useAccount();
  useEffect(() => {
    if (status === "connected" || status === "reconnecting") wantWalletUi();
  }, [status]);
  useEffect(() => {
    void Promise.resolve(config.storage?.getItem("recentConnectorId")).then((id) => {
      if (id) wantWalletUi();
    });
  }, [config]);
}
