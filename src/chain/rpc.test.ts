import { describe, expect, it } from "vitest";
import { rpcUrlsFrom, transportFor } from "./rpc.ts";

describe("rpcUrlsFrom", () => {
  it("takes a chain's own list first, trimmed and without empty entries", () => {
    const env = {
      VITE_RPC_URLS_11155111: " https://a.example , https://b.example,",
      VITE_RPC_URL: "http://127.0.0.1:8545",
    };
    expect(rpcUrlsFrom(env, 11155111)).toEqual(["https://a.example", "https://b.example"]);
  });
  it("falls back to the shared list, then the single URL, then the default", () => {
    expect(
      rpcUrlsFrom({ VITE_RPC_URLS: "https://a.example,https://b.example", VITE_RPC_URL: "https://a.example" }, 1),
    ).toEqual(["https://a.example", "https://b.example"]);
    expect(rpcUrlsFrom({ VITE_RPC_URL: "https://c.example" }, 1)).toEqual(["https://c.example"]);
    expect(rpcUrlsFrom({}, 1, "http://127.0.0.1:8545")).toEqual(["http://127.0.0.1:8545"]);
    expect(rpcUrlsFrom({}, 1)).toEqual([]);
  });
  it("gives the build-wide URL to the default chain only", () => {
    expect(rpcUrlsFrom({ VITE_RPC_URL: "https://c.example" }, 31338, "http://127.0.0.1:8555", false)).toEqual([
      "http://127.0.0.1:8555",
    ]);
  });
});

describe("transportFor", () => {
  it("is plain HTTP for one URL and a ranked fallback for several", () => {
    expect(transportFor(["https://a.example"])({}).config.type).toBe("http");
    const several = transportFor(["https://a.example", "https://b.example"])({});
    expect(several.config.type).toBe("fallback");
    expect(several.value?.transports).toHaveLength(2);
  });
});
