// Typed access to the generated deployment modules: addresses by chain id and contract label,
// ABIs by artifact (one module for every chain).
import type { Abi, Address } from "viem";
import { deployment as local } from "./deployments/31337.ts";
import { deployment as local2 } from "./deployments/31338.ts";
import { abis } from "./deployments/abis.ts";

/** Every deployment module, by chain id: where Evergreen runs. `chains.ts` names these chains. */
export const deployments = { 31337: local, 31338: local2 } as const;

export type SupportedChainId = keyof typeof deployments;
export type Abis = typeof abis;
export type ArtifactName = keyof Abis;

/** Every chain id with a deployment module. */
export const supportedChainIds = Object.keys(deployments).map(Number) as SupportedChainId[];

export function isSupportedChainId(chainId: number | undefined): chainId is SupportedChainId {
  return chainId !== undefined && chainId in deployments;
}

// Labels are typed on the local world's module: every chain deploys the same core contracts;
// its tokens and feeds are recorded under the same labels (with their own artifact on a public
// chain: an ERC-20 and a Chainlink proxy, whose ABIs are subsets of the local ones the app calls).
type Contracts = typeof local.contracts;
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
