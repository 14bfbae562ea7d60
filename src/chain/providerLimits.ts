// What public RPC providers refuse, and what a refusal says about the limit, so that the log
// reader learns a provider's block-range limit once instead of failing into it on every read.
import { BaseError, HttpRequestError, TimeoutError } from "viem";

type Coded = { code?: unknown; status?: unknown; message?: string; details?: string };
const textOf = (e: Coded) => `${e.message ?? ""} ${e.details ?? ""}`;

function some(error: unknown, test: (e: Coded) => boolean): boolean {
  if (error instanceof BaseError) return error.walk((e) => test(e as Coded)) !== null;
  return error instanceof Error && test(error as Coded);
}

const RATE = /rate.?limit|too many requests|request count|per second|requests? limit|exceeded .*capacity/i;
const RESULTS = /more than \d[\d,]* (results|logs)|too many (results|logs)|response size|returned more than/i;

/** Whether the provider refused an eth_getLogs for its block range or the number of results. */
export function isRangeError(error: unknown): boolean {
  return some(
    error,
    (e) =>
      !RATE.test(textOf(e)) &&
      (e.code === -32005 ||
        RESULTS.test(textOf(e)) ||
        /block range|range is too (large|wide)|limited to .*range|max.*range|exceed.*range/i.test(textOf(e))),
  );
}

/** Whether the refusal was about the number of results: a limit of that range only, not of every range. */
export function isTooManyResults(error: unknown): boolean {
  return some(error, (e) => RESULTS.test(textOf(e)));
}

const K = (digits: string, k: string) => BigInt(digits.replace(/,/g, "")) * (k ? 1000n : 1n);

/**
 * The number of blocks the refusal says a request may span, when it says: a suggested range
 * "[0x…, 0x…]" (Alchemy, Infura), or a figure next to "range" or "blocks" ("max block range
 * 10000", "limited to a 10,000 range", "up to a 2K block range", "at most 500 blocks").
 */
export function suggestedSpan(error: unknown): bigint | undefined {
  let found: bigint | undefined;
  some(error, (e) => {
    const text = textOf(e);
    const pair = /\[\s*(0x[0-9a-f]+)\s*,\s*(0x[0-9a-f]+)\s*\]/i.exec(text);
    if (pair && BigInt(pair[2]) >= BigInt(pair[1])) found = BigInt(pair[2]) - BigInt(pair[1]) + 1n;
    const after = /range[^\d\n]{0,24}?(\d[\d,]*)(k?)\b/i.exec(text);
    const before = /(\d[\d,]*)(k?)\s*(-?\s*block)?\s*(range|blocks)\b/i.exec(text);
    const figure = after ?? before;
    if (!found && figure && !RESULTS.test(text.slice(0, figure.index + figure[0].length)))
      found = K(figure[1], figure[2]);
    return found !== undefined && found > 0n;
  });
  return found && found > 0n ? found : undefined;
}

/** Whether a failed request may succeed if sent again a little later (rate limits, 5xx, timeouts). */
export function isTransient(error: unknown): boolean {
  return some(error, (e) => {
    if (e instanceof TimeoutError) return true;
    if (e instanceof HttpRequestError && typeof e.status === "number")
      return [408, 425, 429, 500, 502, 503, 504].includes(e.status);
    return RATE.test(textOf(e)) || e.code === 429 || e.code === -32007 || e.code === -32603;
  });
}

/** How long the provider asked to be left alone (`Retry-After` in seconds), in milliseconds. */
export function retryAfterMs(error: unknown): number | undefined {
  let ms: number | undefined;
  some(error, (e) => {
    const value = e instanceof HttpRequestError ? e.headers?.get("retry-after") : undefined;
    if (value && /^\d+$/.test(value.trim())) ms = Number(value.trim()) * 1000;
    return ms !== undefined;
  });
  return ms;
}

/**
 * What identifies a provider across the clients of one page: the URL of an HTTP transport (wagmi's
 * clients and the batching one share it), else the `uid` that wagmi's copies of a chain's client
 * share (`extend` copies).
 */
export const providerKey = (client: object): unknown => {
  const c = client as { uid?: unknown; transport?: { type?: string; url?: unknown } };
  return (c.transport?.type === "http" && c.transport.url) || c.uid || client;
};

const spans = new Map<unknown, bigint>();

/** The widest block range this client's provider has been seen to accept, if it refused one. */
export const learnedSpan = (client: object): bigint | undefined => spans.get(providerKey(client));

/** Remembers that the provider behind `client` takes at most `span` blocks per request. */
export function learnSpan(client: object, span: bigint) {
  const known = learnedSpan(client);
  if (known === undefined || span < known) spans.set(providerKey(client), span);
}
