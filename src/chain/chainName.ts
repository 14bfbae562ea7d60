import { deployedChains } from "./chains.ts";

// Names of the chains a wallet is most likely on. A table rather than viem/chains: importing
// OP-stack chains from there pulls transaction serializers and curves into the first load.
const wellKnown: Record<number, string> = {
  1: "Ethereum",
  10: "OP Mainnet",
  56: "BNB Smart Chain",
  137: "Polygon",
  8453: "Base",
  42161: "Arbitrum One",
  11155111: "Sepolia",
};

export function chainName(chainId: number): string | undefined {
  return deployedChains.find((c) => c.id === chainId)?.name ?? wellKnown[chainId];
}

/** "Ethereum (1)", or "chain 424242" when the name is unknown. */
export function chainLabel(chainId: number): string {
  const name = chainName(chainId);
  return name ? `${name} (${chainId})` : `chain ${chainId}`;
}
