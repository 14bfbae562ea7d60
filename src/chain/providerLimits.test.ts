import { HttpRequestError, InvalidInputRpcError, LimitExceededRpcError, RpcRequestError } from "viem";
import { describe, expect, it } from "vitest";
import {
  isRangeError,
  isTooManyResults,
  isTransient,
  learnedSpan,
  learnSpan,
  retryAfterMs,
  suggestedSpan,
} from "./providerLimits.ts";

const rpc = (code: number, message: string) =>
  new RpcRequestError({ body: {}, url: "https://rpc.example", error: { code, message } });
const http = (status: number) => new HttpRequestError({ url: "https://rpc.example", status, details: "" });

describe("what a provider's refusal says", () => {
  it.each([
    ["query exceeds max block range 10000", 10_000n],
    ["eth_getLogs is limited to a 10,000 range", 10_000n],
    ["You can make eth_getLogs requests with up to a 2K block range", 2_000n],
    ["block range is too wide, at most 500 blocks", 500n],
    ["exceed maximum block range: 5000", 5_000n],
    ["Log response size exceeded. this block range should work: [0x0, 0x4e1f]", 20_000n],
    ["query returned more than 10000 results. Try with this block range [0x10, 0x1f].", 16n],
  ])("%s → a span of %s blocks", (message, span) => {
    const error = new LimitExceededRpcError(rpc(-32005, message));
    expect(isRangeError(error)).toBe(true);
    expect(suggestedSpan(error)).toBe(span);
  });
  it("names no span when it gives no figure, and never takes a result count for one", () => {
    expect(suggestedSpan(rpc(-32005, "Request exceeds defined limit"))).toBeUndefined();
    expect(suggestedSpan(rpc(-32005, "query returned more than 10000 results"))).toBeUndefined();
    expect(isTooManyResults(rpc(-32005, "query returned more than 10000 results"))).toBe(true);
    expect(isTooManyResults(rpc(-32005, "query exceeds max block range 10000"))).toBe(false);
  });
  it("tells a rate limit from a range limit, even under the same code", () => {
    const rate = rpc(-32005, "daily request count exceeded, request rate limited");
    expect(isRangeError(rate)).toBe(false);
    expect(isTransient(rate)).toBe(true);
    expect(isTransient(rpc(429, "Too Many Requests"))).toBe(true);
    expect(isTransient(rpc(-32007, "10/second request limit reached"))).toBe(true);
  });
  it("calls 429 and 5xx transient, a bad request or a refused range not", () => {
    for (const status of [429, 500, 502, 503, 504]) expect(isTransient(http(status))).toBe(true);
    expect(isTransient(http(400))).toBe(false);
    expect(isTransient(new InvalidInputRpcError(rpc(-32602, "invalid params")))).toBe(false);
    expect(isTransient(rpc(-32005, "query exceeds max block range 10000"))).toBe(false);
    expect(isRangeError(new Error("connection refused"))).toBe(false);
  });
});

describe("retryAfterMs", () => {
  it("reads the seconds a 429 asks to wait, and nothing from other errors", () => {
    const busy = new HttpRequestError({
      url: "https://rpc.example",
      status: 429,
      headers: new Headers({ "retry-after": "2" }),
    });
    expect(retryAfterMs(busy)).toBe(2000);
    expect(retryAfterMs(http(429))).toBeUndefined();
    expect(retryAfterMs(new Error("x"))).toBeUndefined();
  });
});

describe("learned spans", () => {
  it("keep the narrowest span seen, per client", () => {
    const a = {};
    const b = {};
    expect(learnedSpan(a)).toBeUndefined();
    learnSpan(a, 1000n);
    learnSpan(a, 5000n);
    expect(learnedSpan(a)).toBe(1000n);
    learnSpan(a, 500n);
    expect(learnedSpan(a)).toBe(500n);
    expect(learnedSpan(b)).toBeUndefined();
  });
  it("are shared by the copies of one client, as wagmi hands them out", () => {
    learnSpan({ uid: "chain-1" }, 2000n);
    expect(learnedSpan({ uid: "chain-1", extra: true })).toBe(2000n);
    expect(learnedSpan({ uid: "chain-2" })).toBeUndefined();
  });
});
