// Whether a failed read means the RPC itself is down or failing (not a revert, not bad input):
// then the app says so once, for every page, instead of once per panel.
import type { Query } from "@tanstack/react-query";
import { networkFailed, providerFault } from "./tx/faults.ts";

/** Why the RPC failed, in words, if `error` is the provider's or the network's failure. */
export function rpcDownReason(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const fault = providerFault(error);
  if (fault !== undefined) return `it failed (${fault})`;
  return networkFailed(error) ? "it did not answer" : undefined;
}

/** The reason of the first query on screen that failed because the RPC is down, if any. */
export function rpcDownAmong(queries: readonly Pick<Query, "state" | "isActive">[]): string | undefined {
  for (const q of queries) {
    if (q.state.status !== "error" || !q.isActive()) continue;
    const reason = rpcDownReason(q.state.error);
    if (reason) return reason;
  }
  return undefined;
}
