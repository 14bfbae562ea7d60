// The wrong-network banner shows only with a wallet connected (so with the wallet layer loaded)
// on another chain than the page's: its code loads then, not with every page.
import { lazy, Suspense } from "react";
import { useAccount } from "../chain/account.ts";
import { useAppChain } from "../chain/useAppChain.ts";

const NetworkBanner = lazy(() => import("./NetworkBanner.tsx").then((m) => ({ default: m.NetworkBanner })));

export function NetworkBannerSlot() {
  const { isConnected, chainId } = useAccount();
  const { chain } = useAppChain();
  if (!isConnected || chainId === undefined || chainId === chain.id) return null;
  return (
    <Suspense fallback={null}>
      <NetworkBanner />
    </Suspense>
  );
}
