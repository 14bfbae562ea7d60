import { describe, expect, it } from "vitest";
import { parseDenomination } from "./denomination.ts";

describe("parseDenomination", () => {
  it("accepts the four units and falls back to the fund's asset", () => {
    expect(parseDenomination("usd")).toBe("usd");
    expect(parseDenomination("eth")).toBe("eth");
    expect(parseDenomination("btc")).toBe("btc");
    expect(parseDenomination(null)).toBe("asset");
    expect(parseDenomination("EUR")).toBe("asset");
  });
});
