// The exchange rates a vault guard accepted (its `RateAccepted` logs, read in adaptive ranges and
// cached across reloads like the funds' histories), by lower-case vault address: each vault's
// rate history. The fund page shows yields from it; the Advisor prices vault shares with it.
import { useQuery } from "@tanstack/react-query";
import { getAbiItem, type AbiEvent, type Address } from "viem";
import type { RatePoint } from "../domain/valuation/index.ts";
import { deploymentOf, type SupportedChainId } from "./addresses.ts";
import { batchClientOf } from "./batchClient.ts";
import { vaultRateGuardAbi } from "./deployments/abis/VaultRateGuard.ts";
import { historyStore } from "./logCache/store.ts";
import { readLogs } from "./logs.ts";
import { queryKeys } from "./queryKeys.ts";
import { useAppChainId } from "./useAppChain.ts";

export type VaultRates = Map<string, RatePoint[]>;

const rateAccepted = getAbiItem({ abi: vaultRateGuardAbi, name: "RateAccepted" }) as AbiEvent;

/** Every rate `guard` accepted up to `toBlock`, oldest first, by lower-case vault address. */
export async function readVaultRates(chainId: SupportedChainId, guard: Address, toBlock: bigint): Promise<VaultRates> {
  const logs = await readLogs<{ vault: Address; rate: bigint; time: bigint }>({
    client: batchClientOf(chainId),
    chainId,
    event: rateAccepted,
    scope: guard,
    store: historyStore(),
    addresses: [guard],
    fromBlock: BigInt(deploymentOf(chainId).deployedOnBlock),
    toBlock,
  });
  const byVault: VaultRates = new Map();
  for (const { args } of logs) {
    const k = args.vault.toLowerCase();
    byVault.set(k, [...(byVault.get(k) ?? []), { time: args.time, rate: args.rate }]);
  }
  return byVault;
}

/** `readVaultRates` as a query, pinned to `block`. */
export function useVaultRates(guard: Address | undefined, block: bigint | undefined) {
  const chainId = useAppChainId();
  return useQuery({
    queryKey: queryKeys.vaultRates(chainId, guard, block),
    enabled: guard !== undefined && block !== undefined,
    queryFn: () => readVaultRates(chainId, guard!, block!),
  });
}
