// Where the app reads each chain from: the RPC URLs of the build's environment, in order of
// preference. Several URLs make a fallback transport that ranks them by latency and stability.
import { fallback, http, type HttpTransportConfig, type Transport } from "viem";
import { gatedFetch } from "./providerGate.ts";

type Env = Record<string, string | boolean | undefined>;

/**
 * The RPC URLs for `chainId`: `VITE_RPC_URLS_<chainId>` (comma-separated), else, for the chain
 * the build defaults to (`shared`), `VITE_RPC_URLS` or `VITE_RPC_URL`; else `fallbackUrl`.
 */
export function rpcUrlsFrom(env: Env, chainId: number, fallbackUrl?: string, shared = true): string[] {
  const listed = (name: string) => {
    const value = env[name];
    return typeof value === "string"
      ? value
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean)
      : [];
  };
  const own = listed(`VITE_RPC_URLS_${chainId}`);
  if (own.length) return own;
  const common = shared ? [...listed("VITE_RPC_URLS"), ...listed("VITE_RPC_URL")] : [];
  if (common.length) return [...new Set(common)];
  return fallbackUrl ? [fallbackUrl] : [];
}

// Every request to a URL passes its gate (providerGate.ts), which waits out a 429 for the whole
// page and times each attempt out on the wire; the transport's own retries back off (doubling
// from 250 ms) on 5xx and timeouts, as public providers expect.
type Options = Pick<HttpTransportConfig, "batch" | "timeout">;
const one = (url: string, { batch, timeout = 10_000 }: Options) =>
  http(url, { retryCount: 3, retryDelay: 250, batch, timeout: 0, fetchFn: gatedFetch(url, timeout) });

/**
 * One transport over `urls`: the URL itself, or a ranked fallback across several; `batch` and
 * `timeout` as viem's http (10 s by default).
 */
export function transportFor(urls: readonly string[], options: Options = {}): Transport {
  if (urls.length === 1) return one(urls[0], options);
  // Ranking sends a small probe each minute, far below any provider's rate limit.
  return fallback(
    urls.map((u) => one(u, options)),
    { rank: { interval: 60_000 } },
  );
}
