import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { createQueryClient } from "../chain/queryClient.ts";

const queryClient = createQueryClient();

// No wagmi here: the pages read through the chains' own clients (chain/clients.ts) and take the
// account from chain/account.ts. wagmi's config loads with the wallet layer (chain/walletLayer.ts)
// and its context wraps only what needs it (components/WalletScope.tsx).
export function Providers({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
