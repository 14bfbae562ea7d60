import { lazy, Suspense } from "react";
import { useAccount } from "wagmi";
import { openConnectModal, useWalletUiWanted } from "../lib/connectModal.ts";
import { useKnownWallet } from "./useKnownWallet.ts";
import { connectButtonClass } from "./walletButtonClass.ts";

// RainbowKit, its styles and the wallet connectors are most of the app's JavaScript and only
// matter once someone reaches for a wallet: a visit that never did gets a light button that
// loads them on the first press (and then opens the dialog), or at once for a known wallet.
// e2e/shell.spec.ts recognises the chunk by this module's name.
const WalletUi = lazy(() => import("./WalletUi.tsx"));

const placeholder = <span aria-hidden="true" className="block h-9 w-32 animate-pulse rounded-lg bg-muted" />;

export function WalletButton() {
  useKnownWallet();
  const wanted = useWalletUiWanted();
  const { status } = useAccount();
  const button = (
    <button type="button" onClick={openConnectModal} className={connectButtonClass}>
      Connect wallet
    </button>
  );
  if (!wanted) return button;
  // While it loads: the account's place for a wallet coming back, else the same button.
  const account = status === "connected" || status === "reconnecting";
  return (
    <Suspense fallback={account ? placeholder : button}>
      <WalletUi />
    </Suspense>
  );
}
