// Which reads a confirmed transaction can change: those of its chain, except what cannot move
// (immutable reads), what is pinned to the block it was read at (those follow when the read that
// names their block returns a new one), and the wallet's own state (its client, capabilities).
import type { Query } from "@tanstack/react-query";

// App families whose key ends with the block they were read at (see queryKeys.ts).
const PINNED = new Set([
  "fund-history",
  "fund-fees-paid",
  "fund-lp-basis",
  "fund-exits",
  "fund-manager-buybacks",
  "fund-holders",
  "feed-rounds",
  "block-times",
  "holder-value",
]);
// wagmi's queries of the wallet rather than of the chain.
const WALLET = new Set(["connectorClient", "walletClient", "capabilities", "callsStatus", "connections"]);

type Keyed = Pick<Query, "queryKey" | "options">;

/** The chain a wagmi read names (`{ chainId }` or each of `{ contracts }`), undefined when it names none. */
function wagmiChains(params: unknown): number[] {
  const p = params as { chainId?: unknown; contracts?: readonly { chainId?: unknown }[] } | undefined;
  const ids = [p?.chainId, ...(p?.contracts ?? []).map((c) => c?.chainId)];
  return ids.filter((id): id is number => typeof id === "number");
}

/** Whether a transaction confirmed on `chainId` can change what `query` read. */
export function changedBy(chainId: number, query: Keyed): boolean {
  const { staleTime } = query.options as { staleTime?: unknown };
  if (staleTime === Infinity || staleTime === "static") return false;
  const [head, family, part] = query.queryKey;
  if (typeof head === "number") {
    if (head !== chainId || PINNED.has(family as string)) return false;
    return !(family === "governance" && part === "detail"); // keyed by its proposals' block
  }
  if (typeof head !== "string" || WALLET.has(head)) return false;
  const chains = wagmiChains(family);
  return chains.length === 0 || chains.includes(chainId);
}
