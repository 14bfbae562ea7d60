import { describe, expect, it } from "vitest";
import { defaultDenomination, parseDenomination } from "./denomination.ts";

describe("parseDenomination", () => {
  it("accepts the four units and falls back to the fund's asset", () => {
    expect(parseDenomination("usd")).toBe("usd");
    expect(parseDenomination("eth")).toBe("eth");
    expect(parseDenomination("btc")).toBe("btc");
    expect(parseDenomination(null)).toBe("asset");
    expect(parseDenomination("EUR")).toBe("asset");
  });
});

describe("defaultDenomination", () => {
  it("compares funds side by side in USD, and shows one fund in its own asset", () => {
    expect(defaultDenomination("/")).toBe("usd");
    expect(defaultDenomination("/portfolio")).toBe("usd");
    expect(defaultDenomination("/portfolio/")).toBe("usd");
    expect(defaultDenomination("/fund/0xabc")).toBe("asset");
    expect(defaultDenomination("/deals")).toBe("asset");
    expect(parseDenomination(null, "usd")).toBe("usd");
    expect(parseDenomination("asset", "usd")).toBe("asset");
  });
});
