import { createConfig, http } from "wagmi";
import { evergreenLocal, rpcUrl } from "./chains.ts";

export const config = createConfig({
  chains: [evergreenLocal],
  // Reads issued in the same tick are folded into one Multicall3 call.
  batch: { multicall: true },
  transports: { [evergreenLocal.id]: http(rpcUrl, { retryCount: 1 }) },
});

declare module "wagmi" {
  interface Register {
    config: typeof config;
  }
}
