import { defineChain, type Chain } from "viem";
import { deploymentOf, supportedChainIds, type SupportedChainId } from "./contracts.ts";

import { rpcUrlsFrom } from "./rpc.ts";

/** The local world's RPC URLs (first = the one named to wallets), from the build's environment. */
export const localRpcUrls = rpcUrlsFrom(import.meta.env, 31337, "http://127.0.0.1:8545");
export const rpcUrl: string = localRpcUrls[0];

export const evergreenLocal = defineChain({
  id: 31337,
  name: "Evergreen Local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: localRpcUrls } },
  contracts: {
    multicall3: { address: deploymentOf(31337).contracts.Multicall3.address, blockCreated: 0 },
  },
  testnet: true,
});

// Typed over every deployment module, so a new deployment does not compile without its chain.
const chainById: Record<SupportedChainId, Chain> = { 31337: evergreenLocal };

/** The chains Evergreen has deployments on, in the order of the deployment modules. */
export const deployedChains = supportedChainIds.map((id) => chainById[id]) as [Chain, ...Chain[]];
