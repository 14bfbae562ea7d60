import { defineChain } from "viem";
import { deploymentOf } from "./contracts.ts";

export const rpcUrl: string = import.meta.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";

export const evergreenLocal = defineChain({
  id: 31337,
  name: "Evergreen Local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [rpcUrl] } },
  contracts: {
    multicall3: { address: deploymentOf(31337).contracts.Multicall3.address, blockCreated: 0 },
  },
  testnet: true,
});
