import { createClient, http } from "viem";
import { describe, expect, it } from "vitest";
import { providerKey } from "./providerLimits.ts";
import { readClientOf } from "./readClient.ts";

describe("readClientOf", () => {
  it("names the provider as its client does, so that clients of one endpoint share what they learned", () => {
    const url = "http://127.0.0.1:1/rpc";
    const [a, b] = [createClient({ transport: http(url) }), createClient({ transport: http(url, { batch: true }) })];
    expect(providerKey(readClientOf(a))).toBe(url);
    expect(providerKey(readClientOf(a))).toBe(providerKey(readClientOf(b)));
    expect(readClientOf(a)).toBe(readClientOf(a));
  });
});
