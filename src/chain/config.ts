import { createConfig } from "wagmi";
import { offeredChains } from "./chains.ts";
import { clientOf } from "./clients.ts";

// Loaded with the wallet layer only (walletStart.ts). No wallet connectors here: the wallet UI
// registers them when it loads (wallets.ts), and EIP-6963 discovery adds every browser wallet
// that announces itself.
export const config = createConfig({
  chains: offeredChains,
  // The app's own clients (clients.ts): reads always go to the app's RPC of the chain read,
  // whatever chain the wallet is on, batched into Multicall3.
  client: ({ chain }) => clientOf(chain.id),
});

declare module "wagmi" {
  interface Register {
    config: typeof config;
  }
}
