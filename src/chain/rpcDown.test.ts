import { HttpRequestError } from "viem";
import { describe, expect, it } from "vitest";
import { rpcDownAmong, rpcDownReason } from "./rpcDown.ts";

const down = new HttpRequestError({ url: "http://127.0.0.1:8545", status: 503, details: "Service Unavailable" });
const query = (status: "error" | "success", error: unknown, active = true) => ({
  state: { status, error } as never,
  isActive: () => active,
});

describe("rpcDownReason", () => {
  it("names a provider's failure, and nothing for a revert or a plain bug", () => {
    expect(rpcDownReason(down)).toMatch(/^it failed \(HTTP 503/);
    expect(rpcDownReason(new Error("Cannot read properties of undefined"))).toBeUndefined();
    expect(rpcDownReason("not an error")).toBeUndefined();
  });
});

describe("rpcDownAmong", () => {
  it("takes the first failed query on screen whose failure is the RPC's", () => {
    expect(rpcDownAmong([query("success", null), query("error", new Error("bug")), query("error", down)])).toMatch(
      /HTTP 503/,
    );
  });
  it("ignores queries no page is showing", () => {
    expect(rpcDownAmong([query("error", down, false)])).toBeUndefined();
  });
});
