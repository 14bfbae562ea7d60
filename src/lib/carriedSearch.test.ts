import { describe, expect, it } from "vitest";
import { withCarried } from "./carriedSearch.ts";

describe("withCarried", () => {
  const current = new URLSearchParams("chain=local-2&in=usd&tab=fees");
  it("keeps the network and the denomination, not the page's own parameters", () => {
    expect(withCarried("/fund/0xabc", current)).toBe("/fund/0xabc?chain=local-2&in=usd");
  });
  it("lets the link's own parameters win", () => {
    expect(withCarried("/fund/0xabc?tab=advisor&in=eth", current)).toBe("/fund/0xabc?tab=advisor&in=eth&chain=local-2");
  });
  it("adds nothing when nothing is carried", () => {
    expect(withCarried("/", new URLSearchParams("tab=fees"))).toBe("/");
  });
});
