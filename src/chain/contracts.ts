// Typed access to the generated deployment modules (listed in chains.ts): addresses by chain id
// and contract label, ABIs by artifact (one module for every chain).
import type { Abi, Address } from "viem";
import { deployments } from "./chains.ts";
import { abis } from "./deployments/abis.ts";

export { deployments };

export type SupportedChainId = keyof typeof deployments;
export type Abis = typeof abis;
export type ArtifactName = keyof Abis;

/** Every chain id with a deployment module. */
export const supportedChainIds = Object.keys(deployments).map(Number) as SupportedChainId[];

export function isSupportedChainId(chainId: number | undefined): chainId is SupportedChainId {
  return chainId !== undefined && chainId in deployments;
}

// Labels are those every deployment module has: every chain deploys the same core contracts and
// records its tokens and feeds under the same labels (with their own artifact on a public chain:
// an ERC-20 and a Chainlink proxy, whose ABIs are subsets of the local ones the app calls).
type Contracts = (typeof deployments)[SupportedChainId]["contracts"];
export type ContractLabel = keyof Contracts & string;
type ArtifactOf<L extends ContractLabel> = Contracts[L]["artifact"];

export function deploymentOf(chainId: SupportedChainId) {
  return deployments[chainId];
}

/** Address and ABI of a deployed contract, ready to spread into viem or wagmi calls. */
export function contractOf<L extends ContractLabel>(
  chainId: SupportedChainId,
  label: L,
): { address: Address; abi: Abis[ArtifactOf<L>] } {
  const entry = (deployments[chainId].contracts as Record<string, { address: Address; artifact: string }>)[label];
  if (!entry) throw new Error(`${label} is not deployed on chain ${chainId}`);
  return { address: entry.address, abi: (abis as Record<string, Abi>)[entry.artifact] as Abis[ArtifactOf<L>] };
}

/** ABI of an artifact, also of contracts created at run time (a fund set's Fund, ManagerToken, …). */
export function abiOf<K extends ArtifactName>(artifact: K): Abis[K] {
  return abis[artifact];
}
