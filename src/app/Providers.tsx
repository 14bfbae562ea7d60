import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { WagmiProvider } from "wagmi";
import { config } from "../chain/index.ts";
import { createQueryClient } from "../chain/queryClient.ts";

const queryClient = createQueryClient();

// RainbowKit's provider is not here: it loads lazily with the wallet button (WalletButton.tsx).
export function Providers({ children }: { children: ReactNode }) {
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </WagmiProvider>
  );
}
