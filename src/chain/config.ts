import type { Transport } from "viem";
import { createConfig } from "wagmi";
import { offeredChains } from "./chains.ts";
import { transportFor } from "./rpc.ts";

// No wallet connectors here: the wallet UI registers them when it loads (wallets.ts), and
// EIP-6963 discovery adds every browser wallet that announces itself.
export const config = createConfig({
  chains: offeredChains,
  // Reads issued in the same tick are folded into one Multicall3 call.
  batch: { multicall: true },
  // Reads always go to the app's own RPC of the chain read, whatever chain the wallet is on.
  transports: Object.fromEntries(offeredChains.map((c) => [c.id, transportFor(c.rpcUrls.default.http)])) as Record<
    number,
    Transport
  >,
});

declare module "wagmi" {
  interface Register {
    config: typeof config;
  }
}
