import { lazy, Suspense } from "react";

// RainbowKit, its styles and the wallet connectors load after the first paint: they are
// most of the app's JavaScript and only matter once someone reaches for a wallet.
const WalletUi = lazy(() => import("./WalletUi.tsx"));

export function WalletButton() {
  return (
    <Suspense fallback={<span aria-hidden="true" className="block h-9 w-32 animate-pulse rounded-lg bg-muted" />}>
      <WalletUi />
    </Suspense>
  );
}
