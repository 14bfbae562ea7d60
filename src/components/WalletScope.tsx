// wagmi's context for the parts that use wagmi's own hooks (the wallet UI, the invest panel):
// they render once the wallet layer has loaded (chain/walletLayer.ts), which sets the config.
import type { ReactNode } from "react";
import { WagmiContext } from "wagmi";
import { useWalletConfig } from "../chain/account.ts";

export function WalletScope({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const config = useWalletConfig();
  return config ? <WagmiContext.Provider value={config}>{children}</WagmiContext.Provider> : fallback;
}
