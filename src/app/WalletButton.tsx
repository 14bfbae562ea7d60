import { lazy, Suspense } from "react";
import { useAccount } from "../chain/account.ts";
import { loadWallet } from "../chain/walletLayer.ts";
import { openConnectModal, useWalletUiWanted } from "../lib/connectModal.ts";
import { useKnownWallet } from "./useKnownWallet.ts";
import { connectButtonClass } from "./walletButtonClass.ts";

// RainbowKit, its styles and the wallet connectors are most of the app's JavaScript and only
// matter once someone reaches for a wallet: a visit that never did gets a light button that
// loads them on the first press (and then opens the dialog), or at once for a known wallet.
// e2e/wallet-on-demand.spec.ts recognises the chunk by this module's name.
const WalletUi = lazy(() => Promise.all([import("./WalletUi.tsx"), loadWallet()]).then(([m]) => m));

const placeholder = <span aria-hidden="true" className="block h-9 w-32 animate-pulse rounded-lg bg-muted" />;

export function WalletButton() {
  useKnownWallet();
  const wanted = useWalletUiWanted();
  const { status } = useAccount();
  const connected = status === "connected" || status === "reconnecting";
  return (
    <>
      {/* The one connect button, before and after the wallet UI loads: it keeps the focus. */}
      {!connected && (
        <button type="button" onClick={openConnectModal} className={connectButtonClass}>
          Connect wallet
        </button>
      )}
      {wanted && (
        <Suspense fallback={connected ? placeholder : null}>
          <WalletUi connected={connected} />
        </Suspense>
      )}
    </>
  );
}
