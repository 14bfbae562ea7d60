import { TimeoutError } from "viem";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGate, retryAfterOf } from "./providerGate.ts";

// A provider whose answers the test gives by hand: each request waits until answered.
function provider() {
  const pending: { body: string; at: number; answer: (status: number, headers?: Record<string, string>) => void }[] =
    [];
  const fetchFn = (_input: string | URL | Request, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const entry = {
        body: String(init?.body),
        at: Date.now(),
        answer: (status: number, headers: Record<string, string> = {}) =>
          resolve(new Response(`{"n":"${String(init?.body)}"}`, { status, headers })),
      };
      pending.push(entry);
      init?.signal?.addEventListener("abort", () => reject(init.signal!.reason));
    });
  const take = (body: string) => {
    const at = pending.findIndex((p) => p.body === body);
    if (at < 0) throw new Error(`${body} was not sent; in flight: ${pending.map((p) => p.body).join(", ")}`);
    return pending.splice(at, 1)[0];
  };
  return { fetchFn, pending, take, sent: () => pending.map((p) => p.body) };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe("the provider gate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("lets requests through side by side, up to its width, while the provider answers", async () => {
    const p = provider();
    const send = createGate(p.fetchFn, { inParallel: 2 })();
    const answers = ["a", "b", "c"].map((body) => send("u", { body }));
    await flush();
    expect(p.sent()).toEqual(["a", "b"]);
    p.take("a").answer(200);
    expect((await answers[0]).status).toBe(200);
    await flush();
    expect(p.sent()).toEqual(["b", "c"]);
  });

  it("on a 429 holds every request for the pause asked, re-sends the refused one first, then one at a time", async () => {
    const p = provider();
    const send = createGate(p.fetchFn, { inParallel: 4 })();
    const a = send("u", { body: "a" });
    await flush();
    p.take("a").answer(429, { "retry-after": "2" });
    await flush();
    const b = send("u", { body: "b" });
    const c = send("u", { body: "c" });
    await vi.advanceTimersByTimeAsync(1999);
    expect(p.sent()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // One at a time after a refusal: the refused request, first.
    expect(p.sent()).toEqual(["a"]);
    p.take("a").answer(200);
    expect((await a).status).toBe(200);
    await flush();
    // Each answer widens the gate by one.
    expect(p.sent()).toEqual(["b", "c"]);
    p.take("b").answer(200);
    p.take("c").answer(200);
    expect([(await b).status, (await c).status]).toEqual([200, 200]);
  });

  it("doubles its own pause when a 429 does not say how long, and starts again from the first after an answer", async () => {
    const p = provider();
    const send = createGate(p.fetchFn, { firstPauseMs: 500, longestPauseMs: 8000 })();
    const a = send("u", { body: "a" });
    await flush();
    p.take("a").answer(429);
    await vi.advanceTimersByTimeAsync(499);
    expect(p.sent()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    p.take("a").answer(429);
    await vi.advanceTimersByTimeAsync(999);
    expect(p.sent()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    p.take("a").answer(200);
    expect((await a).status).toBe(200);
    const b = send("u", { body: "b" });
    await flush();
    p.take("b").answer(429);
    await vi.advanceTimersByTimeAsync(500);
    p.take("b").answer(200);
    expect((await b).status).toBe(200);
  });

  it("gives the 429 to the caller once its patience is spent", async () => {
    const p = provider();
    const send = createGate(p.fetchFn, { patienceMs: 3000 })();
    const a = send("u", { body: "a" });
    await flush();
    p.take("a").answer(429, { "retry-after": "2" });
    await vi.advanceTimersByTimeAsync(2000);
    p.take("a").answer(429, { "retry-after": "2" });
    expect((await a).status).toBe(429);
  });

  it("times out an attempt on the wire, not the time spent waiting at the gate", async () => {
    const p = provider();
    const gate = createGate(p.fetchFn);
    const a = gate(0)("u", { body: "a" });
    await flush();
    p.take("a").answer(429, { "retry-after": "5" });
    await flush();
    // Held 5 s at the gate, longer than its 1 s timeout: still sent.
    const b = gate(1000)("u", { body: "b" });
    const outcome = b.then(
      (r) => r.status,
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(5000);
    p.take("a").answer(200);
    await a;
    await flush();
    expect(p.sent()).toEqual(["b"]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBeInstanceOf(TimeoutError);
  });

  it("lets a request that its caller aborts leave the line, and serves the others", async () => {
    const p = provider();
    const send = createGate(p.fetchFn, { inParallel: 1 })();
    const a = send("u", { body: "a" });
    const stop = new AbortController();
    const b = send("u", { body: "b", signal: stop.signal });
    const c = send("u", { body: "c" });
    const left = b.catch((e: unknown) => (e as Error).name);
    stop.abort();
    expect(await left).toBe("AbortError");
    await flush();
    p.take("a").answer(200);
    await a;
    await flush();
    expect(p.sent()).toEqual(["c"]);
    p.take("c").answer(200);
    expect((await c).status).toBe(200);
  });

  it("keeps serving after a request fails on the network", async () => {
    const failing = vi.fn().mockRejectedValueOnce(new TypeError("Failed to fetch"));
    const p = provider();
    failing.mockImplementation(p.fetchFn);
    const send = createGate(failing, { inParallel: 1 })();
    const a = send("u", { body: "a" }).catch((e: unknown) => e);
    const b = send("u", { body: "b" });
    expect(await a).toBeInstanceOf(TypeError);
    await flush();
    p.take("b").answer(200);
    expect((await b).status).toBe(200);
  });
});

describe("retryAfterOf", () => {
  it("reads seconds and HTTP dates, and nothing else", () => {
    const at = Date.parse("2026-12-05T10:00:00Z");
    const r = (v?: string) => new Response(null, { status: 429, headers: v ? { "retry-after": v } : {} });
    expect(retryAfterOf(r("3"), at)).toBe(3000);
    expect(retryAfterOf(r("Sat, 05 Dec 2026 10:00:04 GMT"), at)).toBe(4000);
    expect(retryAfterOf(r("soon"), at)).toBeUndefined();
    expect(retryAfterOf(r(), at)).toBeUndefined();
  });
});
