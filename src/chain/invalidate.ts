// After a confirmed transaction, refresh exactly the reads it changed instead of polling.
import { useQueryClient, type QueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { Address, Hash } from "viem";
import { useWaitForTransactionReceipt } from "wagmi";

/** Key prefix of every wagmi read of one contract (readContract keys are partially matched). */
export function contractReadsKey(address: Address): QueryKey {
  return ["readContract", { address }];
}

/** Marks the queries under each key stale and refetches those on screen. */
export async function invalidateQueries(queryClient: QueryClient, keys: readonly QueryKey[]): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Waits for the receipt of `hash` and, once it succeeded, invalidates `keys`. Returns the
 * receipt query, so a form can show pending, confirmed and reverted states.
 */
export function useInvalidateOnReceipt(hash: Hash | undefined, keys: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  const receipt = useWaitForTransactionReceipt({ hash, query: { enabled: hash !== undefined } });
  const confirmed = receipt.data?.status === "success" ? receipt.data.transactionHash : undefined;
  // Keys are usually a new array at every render; the effect must fire once per transaction.
  const latestKeys = useRef(keys);
  useEffect(() => {
    latestKeys.current = keys;
  });
  useEffect(() => {
    if (confirmed) void invalidateQueries(queryClient, latestKeys.current);
  }, [confirmed, queryClient]);
  return receipt;
}
