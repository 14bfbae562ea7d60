import { ConnectButton, useConnectModal } from "@rainbow-me/rainbowkit";
import { useEffect } from "react";
import { setConnectModalOpener } from "../lib/connectModal.ts";
import { connectButtonClass, walletButtonClass } from "./walletButtonClass.ts";

export function AccountButton() {
  const { openConnectModal } = useConnectModal();
  useEffect(() => {
    setConnectModalOpener(openConnectModal);
    return () => setConnectModalOpener(undefined);
  }, [openConnectModal]);

  return (
    <ConnectButton.Custom>
      {({ account, mounted, openAccountModal, openConnectModal: open }) =>
        !mounted ? (
          <span aria-hidden="true" className="block h-9 w-32 rounded-lg bg-muted" />
        ) : account ? (
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
        ) : (
          <button type="button" onClick={open} className={connectButtonClass}>
            Connect wallet
          </button>
        )
      }
    </ConnectButton.Custom>
  );
}
