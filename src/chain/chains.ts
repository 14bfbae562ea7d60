// The one place that lists the networks the app offers and, where Evergreen is deployed, their
// deployment modules. A chain listed without a module (a public testnet before anyone deployed
// there) can be picked and says that it has no funds yet. To add a deployment: run
// `npm run deploy:remote`, import the module it wrote below and list its chain.
import { defineChain, type Chain } from "viem";
import { deployment as local } from "./deployments/31337.ts";
import { deployment as local2 } from "./deployments/31338.ts";
import { rpcUrlsFrom } from "./rpc.ts";

/** Every deployment module, by chain id. */
export const deployments = { 31337: local, 31338: local2 } as const;

// Vite's build environment; empty where Node imports this module (tests, scripts, the bench).
const env: Record<string, string | boolean | undefined> = (import.meta as { env?: Record<string, string> }).env ?? {};
const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";
const ether = { name: "Ether", symbol: "ETH", decimals: 18 } as const;

export interface AppChain {
  chain: Chain;
  /** The value of `?chain=` that picks it. */
  slug: string;
}

/** The networks offered, the default first. */
export const appChains: readonly AppChain[] = [
  {
    slug: "local",
    chain: defineChain({
      id: 31337,
      name: "Evergreen Local",
      nativeCurrency: ether,
      rpcUrls: { default: { http: rpcUrlsFrom(env, 31337, "http://127.0.0.1:8545") } },
      contracts: { multicall3: { address: MULTICALL3, blockCreated: 0 } },
      testnet: true,
    }),
  },
  {
    slug: "local-2",
    chain: defineChain({
      id: 31338,
      name: "Evergreen Local 2",
      nativeCurrency: ether,
      // Its own URL only: the build-wide VITE_RPC_URL names the first chain's node.
      rpcUrls: { default: { http: rpcUrlsFrom(env, 31338, "http://127.0.0.1:8555", false) } },
      contracts: { multicall3: { address: MULTICALL3, blockCreated: 0 } },
      testnet: true,
    }),
  },
  {
    slug: "sepolia",
    chain: defineChain({
      id: 11155111,
      name: "Sepolia",
      nativeCurrency: { name: "Sepolia Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: {
        default: {
          http: rpcUrlsFrom(env, 11155111, "https://ethereum-sepolia-rpc.publicnode.com", false),
        },
      },
      blockExplorers: { default: { name: "Etherscan", url: "https://sepolia.etherscan.io" } },
      contracts: { multicall3: { address: MULTICALL3, blockCreated: 751532 } },
      testnet: true,
    }),
  },
];

export const defaultChain: AppChain = appChains[0];

/** Every chain offered, for wagmi: a wallet on any of them is on a known network. */
export const offeredChains = appChains.map((c) => c.chain) as [Chain, ...Chain[]];

export function appChainById(chainId: number | undefined): AppChain | undefined {
  return appChains.find((c) => c.chain.id === chainId);
}

export function appChainBySlug(slug: string | null | undefined): AppChain | undefined {
  return slug ? appChains.find((c) => c.slug === slug || String(c.chain.id) === slug) : undefined;
}

/** The chains with a deployment module, in the list's order. */
export const deployedChains = appChains.filter((c) => c.chain.id in deployments).map((c) => c.chain);

/** Names of other chains a wallet is likely on, for the banner that asks it to switch. */
export const walletChainNames: Record<number, string> = {
  1: "Ethereum",
  10: "OP Mainnet",
  56: "BNB Smart Chain",
  137: "Polygon",
  8453: "Base",
  42161: "Arbitrum One",
};

/** The first RPC URL of a chain: the one named to wallets. */
export function rpcUrlOf(chainId: number): string | undefined {
  return appChainById(chainId)?.chain.rpcUrls.default.http[0];
}
