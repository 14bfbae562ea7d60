import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useReadClient } from "../chain/readClient.ts";
import { rpcDownAmong } from "../chain/rpcDown.ts";
import { useAppChain } from "../chain/useAppChain.ts";

/** How often the RPC is asked for its latest block while it is down. */
const PROBE_MS = 5_000;

/**
 * One banner for the whole app while the RPC fails, instead of an error in every panel; it probes
 * the RPC and, once it answers, reads again every query that failed, so pages recover by themselves.
 */
export function RpcBanner() {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const reason = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => rpcDownAmong(cache.getAll()),
  );
  const { chain } = useAppChain();
  const client = useReadClient({ chainId: chain.id });
  const readAgain = useCallback(
    () => queryClient.refetchQueries({ type: "active", predicate: (q) => q.state.status === "error" }),
    [queryClient],
  );

  useEffect(() => {
    if (!reason || !client) return;
    const id = setInterval(() => {
      client.getBlockNumber({ cacheTime: 0 }).then(readAgain, () => undefined);
    }, PROBE_MS);
    return () => clearInterval(id);
  }, [reason, client, readAgain]);

  if (!reason) return null;
  return (
    <div role="status" data-testid="rpc-banner" className="border-b border-danger/40 bg-surface">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 text-sm sm:px-6">
        <p className="min-w-0 flex-1 break-words">
          The RPC of {chain.name} at {chain.rpcUrls.default.http[0]} is not working: {reason}.{" "}
          <span>Pages keep what they last read and try again every {PROBE_MS / 1000} seconds.</span>
        </p>
        <button
          type="button"
          onClick={readAgain}
          className={
            "rounded-lg bg-brand px-3 py-1.5 font-medium " +
            "text-brand-fg hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 " +
            "focus-visible:outline-brand"
          }
        >
          Try now
        </button>
      </div>
    </div>
  );
}
