import { ConnectButton, useConnectModal } from "@rainbow-me/rainbowkit";
import { useEffect } from "react";
import { setConnectModalOpener } from "../lib/connectModal.ts";
import { walletButtonClass } from "./walletButtonClass.ts";

const placeholder = <span aria-hidden="true" className="block h-9 w-32 rounded-lg bg-muted" />;

/**
 * The connected account's button, and RainbowKit's connect dialog registered for every connect
 * button. Without a wallet it draws nothing: WalletButton's own "Connect wallet" stays, so the
 * focus it holds is where the dialog gives it back.
 */
export function AccountButton({ connected }: { connected: boolean }) {
  const { openConnectModal } = useConnectModal();
  useEffect(() => {
    setConnectModalOpener(openConnectModal);
    return () => setConnectModalOpener(undefined);
  }, [openConnectModal]);

  if (!connected) return null;
  return (
    <ConnectButton.Custom>
      {({ account, mounted, openAccountModal }) =>
        !mounted || !account ? (
          placeholder
        ) : (
          <button
            type="button"
            onClick={openAccountModal}
            data-testid="account"
            className={`${walletButtonClass} border border-line bg-surface hover:bg-muted`}
          >
            <span aria-hidden="true" className="size-2 rounded-full bg-brand" />
            <span className="font-mono">{account.displayName}</span>
            <span className="sr-only">: account menu</span>
          </button>
        )
      }
    </ConnectButton.Custom>
  );
}
