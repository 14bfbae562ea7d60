// Where Evergreen's contracts are on each chain, by label, without their ABIs: the app imports the
// ABI of each contract it reads from deployments/abis/, so that a page downloads only those.
import type { Abi, Address } from "viem";
import { deployments } from "./chains.ts";

export { deployments };

export type SupportedChainId = keyof typeof deployments;

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
export type ArtifactOf<L extends ContractLabel> = Contracts[L]["artifact"];

export function deploymentOf(chainId: SupportedChainId) {
  return deployments[chainId];
}

/** The address of a deployed contract. */
export function addressOf(chainId: SupportedChainId, label: ContractLabel): Address {
  const entry = (deployments[chainId].contracts as Record<string, { address: Address } | undefined>)[label];
  if (!entry) throw new Error(`${label} is not deployed on chain ${chainId}`);
  return entry.address;
}

/** A deployed contract with the ABI it is read through, ready to spread into viem or wagmi calls. */
export function contractAt<const A extends Abi>(
  chainId: SupportedChainId,
  label: ContractLabel,
  abi: A,
): { address: Address; abi: A } {
  return { address: addressOf(chainId, label), abi };
}
