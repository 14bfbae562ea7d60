// A provider that answers HTTP 429 is asking the whole page to slow down, not only the request it
// refused. Left alone, every read retries on its own clock, the retries collide again, and the
// reads that lose often enough run out of attempts and fail although the provider works. The gate
// turns the refusal into back-pressure: every request to that URL waits out the pause the provider
// asked for (Retry-After, else a doubling one), the refused request is sent again by the gate
// itself, and requests go out one at a time until answers come back, then again side by side.
// The time a request waits at the gate is not its time on the wire: the gate, not the transport,
// times each attempt out.
import { TimeoutError } from "viem";

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface GateOptions {
  /** Requests in flight at once while the provider is not refusing. */
  inParallel?: number;
  /** The first pause when a 429 says nothing of how long; it doubles up to `longestPauseMs`. */
  firstPauseMs?: number;
  longestPauseMs?: number;
  /** How long one request may be held and re-sent before its 429 goes to the caller. */
  patienceMs?: number;
  /** How long one attempt may take on the wire, its answer's body read included; 0 for no limit. */
  timeoutMs?: number;
  now?: () => number;
}

const abortError = (signal: AbortSignal) =>
  signal.reason instanceof Error ? signal.reason : new DOMException("The request was aborted.", "AbortError");

/** The seconds a 429 asks to wait, as milliseconds (`Retry-After` in seconds or as an HTTP date). */
export function retryAfterOf(response: Response, now: number): number | undefined {
  const value = response.headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

// One attempt, timed out after `ms` on the wire, its body read within the time: a copy of the
// answer is returned, whose body the transport reads at once.
async function attempt(fetchFn: Fetch, input: string | URL | Request, init: RequestInit | undefined, ms: number) {
  if (ms <= 0) return fetchFn(input, init);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), ms);
  const signal = init?.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
  try {
    const response = await fetchFn(input, { ...init, signal });
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    if (timer.signal.aborted && !init?.signal?.aborted)
      throw new TimeoutError({ body: { request: String(init?.body ?? "") }, url: String(input) });
    throw error;
  } finally {
    clearTimeout(timeout);
  }
}

/** A fetch that shares one provider's rate limit among every request sent through it. */
export function createGate(fetchFn: Fetch, options: GateOptions = {}) {
  const inParallel = options.inParallel ?? 6;
  const firstPause = options.firstPauseMs ?? 500;
  const longestPause = options.longestPauseMs ?? 8000;
  const patience = options.patienceMs ?? 60_000;
  const now = options.now ?? Date.now;
  let allowed = inParallel;
  let running = 0;
  let pausedUntil = 0;
  let pause = firstPause;
  const queue: (() => void)[] = [];

  // Hands free slots to the requests in line, first come first served, unless a pause holds.
  const next = () => {
    while (queue.length && running < allowed && now() >= pausedUntil) {
      running++;
      queue.shift()!();
    }
  };

  // Takes a slot (running + 1) now, or waits in line for one handed over by `next`; a refused
  // request waits at the front, as it was there first.
  function acquire(signal: AbortSignal | null | undefined, front: boolean): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (queue.length === 0 && running < allowed && now() >= pausedUntil) {
      running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const turn = () => {
        signal?.removeEventListener("abort", leave);
        resolve();
      };
      const leave = () => {
        queue.splice(queue.indexOf(turn), 1);
        reject(abortError(signal!));
      };
      if (front) queue.unshift(turn);
      else queue.push(turn);
      signal?.addEventListener("abort", leave, { once: true });
    });
  }

  /** The gate's fetch, each attempt timed out after `timeoutMs` on the wire. */
  return (timeoutMs = options.timeoutMs ?? 0): Fetch =>
    async function gated(input, init) {
      const started = now();
      for (let refused = false; ; refused = true) {
        await acquire(init?.signal, refused);
        let response: Response;
        try {
          response = await attempt(fetchFn, input, init, timeoutMs);
        } catch (error) {
          running--;
          next();
          throw error;
        }
        running--;
        if (response.status !== 429) {
          pause = firstPause;
          if (allowed < inParallel) allowed++;
          next();
          return response;
        }
        const asked = retryAfterOf(response, now());
        const hold = Math.min(asked ?? pause, longestPause);
        if (asked === undefined) pause = Math.min(pause * 2, longestPause);
        pausedUntil = Math.max(pausedUntil, now() + hold);
        allowed = 1;
        setTimeout(next, hold);
        if (now() + hold - started > patience) return response;
      }
    };
}

const gates = new Map<string, ReturnType<typeof createGate>>();

/**
 * The fetch of one provider URL through the gate that every client of the page reading from it
 * shares, each attempt timed out after `timeoutMs`.
 */
export function gatedFetch(url: string, timeoutMs: number): Fetch {
  let gate = gates.get(url);
  if (!gate) gates.set(url, (gate = createGate((input, init) => fetch(input, init))));
  return gate(timeoutMs);
}
