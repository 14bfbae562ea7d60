import { appChainById, walletChainNames } from "./chains.ts";

export function chainName(chainId: number): string | undefined {
  return appChainById(chainId)?.chain.name ?? walletChainNames[chainId];
}

/** "Ethereum (1)", or "chain 424242" when the name is unknown. */
export function chainLabel(chainId: number): string {
  const name = chainName(chainId);
  return name ? `${name} (${chainId})` : `chain ${chainId}`;
}
