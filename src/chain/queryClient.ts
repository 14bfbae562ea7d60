import { QueryClient, type Query } from "@tanstack/react-query";

/** How often chain reads refresh while their page is open: slowly, never on every block. */
export const READ_REFRESH_MS = 30_000;

// A read marked immutable (`staleTime: Infinity` or "static": token decimals, symbols) never
// polls. The query carries its observer's options at run time, staleTime included.
// The wallet's ether balance (the account button's, wagmi's "balance" key) changes with its own
// transactions, after which the runner reads everything again: it does not poll while idle.
function refreshInterval(query: Query): number | false {
  if (query.queryKey[0] === "balance") return false;
  const { staleTime } = query.options as { staleTime?: unknown };
  return staleTime === Infinity || staleTime === "static" ? false : READ_REFRESH_MS;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One retry: an RPC that is down should reach the error state and its Retry button quickly.
        retry: 1,
        refetchOnWindowFocus: false,
        // A page opened again within this time shows the data it already has without a new read.
        staleTime: 10_000,
        refetchInterval: refreshInterval,
        refetchIntervalInBackground: false,
      },
    },
  });
}
