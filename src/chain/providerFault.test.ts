// Provider faults as viem really raises them, through its http transport and contract reads.
import { createPublicClient, http, multicall3Abi } from "viem";
import { describe, expect, it } from "vitest";
import { defaultChain } from "./chains.ts";

const evergreenLocal = defaultChain.chain;
import { readErrorMessage } from "./readError.ts";
import { explainError } from "./tx/explainError.ts";

const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11";

/** The error of an aggregate3 read against a provider that answers with `respond`. */
async function readWith(
  respond: (url: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  timeout = 10_000,
): Promise<Error> {
  const client = createPublicClient({
    chain: evergreenLocal,
    transport: http("http://provider.invalid", { fetchFn: respond, retryCount: 0, timeout }),
  });
  try {
    await client.readContract({ address: MULTICALL3, abi: multicall3Abi, functionName: "aggregate3", args: [[]] });
  } catch (e) {
    return e as Error;
  }
  throw new Error("the read succeeded");
}

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("provider faults during eth_call", () => {
  it("an upstream timeout (HTTP 502 with a JSON-RPC error) is the provider's, not a revert", async () => {
    const e = await readWith(
      json(502, { jsonrpc: "2.0", id: 0, error: { code: -32603, message: "upstream timeout" } }),
    );
    expect(e.message, "viem words it as a revert").toMatch(/aggregate3" reverted/);
    const x = explainError(e);
    expect(x.kind).toBe("provider");
    expect(x.message).toBe(
      "The network provider failed (upstream timeout); nothing reverted. Nothing was sent: try again in a moment.",
    );
    expect(readErrorMessage(e)).toBe(
      "The network provider failed (upstream timeout); nothing reverted. Retrying on its own, or press Retry.",
    );
  });

  it("an HTTP 503 without a JSON-RPC body", async () => {
    const e = await readWith(
      async () => new Response("Service Unavailable", { status: 503, statusText: "Service Unavailable" }),
    );
    expect(explainError(e).kind).toBe("provider");
    expect(readErrorMessage(e)).toMatch(/^The network provider failed \(HTTP 503/);
  });

  it("a provider that does not answer in time", async () => {
    // Hangs until viem gives up and aborts the request.
    const hang = (_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    const e = await readWith(hang, 50);
    expect(explainError(e).kind).toBe("provider");
    expect(readErrorMessage(e)).toMatch(/^The network provider failed \(it did not answer in time\)/);
  });

  it("a rate limit (HTTP 429)", async () => {
    const e = await readWith(json(429, { jsonrpc: "2.0", id: 0, error: { code: -32005, message: "rate limited" } }));
    expect(readErrorMessage(e)).toMatch(/^The network provider failed \(rate limited\)/);
  });

  it("a real revert stays a revert", async () => {
    const e = await readWith(
      json(200, { jsonrpc: "2.0", id: 0, error: { code: 3, message: "execution reverted", data: "0x" } }),
    );
    expect(explainError(e).kind).toBe("reverted");
    expect(readErrorMessage(e)).not.toMatch(/provider/);
  });

  it("a call the node refuses (invalid params) is not the provider's failure", async () => {
    const e = await readWith(
      json(200, { jsonrpc: "2.0", id: 0, error: { code: -32602, message: "Missing or invalid parameters." } }),
    );
    expect(explainError(e).kind).not.toBe("provider");
    expect(readErrorMessage(e)).not.toMatch(/provider/);
  });

  it("a provider that cannot be reached is a network failure", async () => {
    const e = await readWith(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(explainError(e).kind).toBe("network");
    expect(readErrorMessage(e)).toMatch(/^The network did not answer/);
  });
});
