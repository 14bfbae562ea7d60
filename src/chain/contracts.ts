// Typed access to the generated deployment modules with every ABI at hand, for scripts, tests and
// e2e specs. The app imports addresses.ts and the ABIs of deployments/abis/ instead: this module
// holds the whole table, which no page needs.
import type { Abi, Address } from "viem";
import { type ArtifactOf, addressOf, type ContractLabel, deploymentOf, type SupportedChainId } from "./addresses.ts";
import { abis } from "./deployments/abis.ts";

export {
  addressOf,
  type ContractLabel,
  contractAt,
  deploymentOf,
  deployments,
  isSupportedChainId,
  type SupportedChainId,
  supportedChainIds,
} from "./addresses.ts";

export type Abis = typeof abis;
export type ArtifactName = keyof Abis;

/** Address and ABI of a deployed contract, ready to spread into viem or wagmi calls. */
export function contractOf<L extends ContractLabel>(
  chainId: SupportedChainId,
  label: L,
): { address: Address; abi: Abis[ArtifactOf<L>] } {
  const artifact = (deploymentOf(chainId).contracts as Record<string, { artifact: string }>)[label]?.artifact;
  return { address: addressOf(chainId, label), abi: (abis as Record<string, Abi>)[artifact] as Abis[ArtifactOf<L>] };
}

/** ABI of an artifact, also of contracts created at run time (a fund set's Fund, ManagerToken, …). */
export function abiOf<K extends ArtifactName>(artifact: K): Abis[K] {
  return abis[artifact];
}
