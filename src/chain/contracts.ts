// Typed access to the generated deployment modules, by chain id and contract label.
import { deployment as local } from "./deployments/31337.ts";

export const deployments = { 31337: local } as const;

export type SupportedChainId = keyof typeof deployments;

/** Every chain id with a deployment module: the one list of where Evergreen runs. */
export const supportedChainIds = Object.keys(deployments).map(Number) as SupportedChainId[];

export function isSupportedChainId(chainId: number | undefined): chainId is SupportedChainId {
  return chainId !== undefined && chainId in deployments;
}
type Deployment<C extends SupportedChainId> = (typeof deployments)[C];
export type ContractLabel<C extends SupportedChainId> = keyof Deployment<C>["contracts"] & string;

export function deploymentOf<C extends SupportedChainId>(chainId: C): Deployment<C> {
  return deployments[chainId];
}

/** Address and ABI of a deployed contract, ready to spread into viem or wagmi calls. */
export function contractOf<C extends SupportedChainId, L extends ContractLabel<C>>(chainId: C, label: L) {
  const d = deploymentOf(chainId);
  const entry = d.contracts[label as keyof typeof d.contracts];
  return {
    address: entry.address,
    abi: d.abis[entry.artifact],
  } as {
    address: Deployment<C>["contracts"][L] extends { address: infer A } ? A : never;
    abi: Deployment<C>["abis"][Deployment<C>["contracts"][L] extends {
      artifact: infer K extends keyof Deployment<C>["abis"];
    }
      ? K
      : never];
  };
}

/** ABI of an artifact, also of contracts created at run time (a fund set's Fund, ManagerToken, …). */
export function abiOf<C extends SupportedChainId, K extends keyof Deployment<C>["abis"]>(
  chainId: C,
  artifact: K,
): Deployment<C>["abis"][K] {
  const abis: Deployment<C>["abis"] = deploymentOf(chainId).abis;
  return abis[artifact];
}
