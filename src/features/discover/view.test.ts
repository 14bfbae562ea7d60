import { describe, expect, it } from "vitest";
import { needsWholeList, parseView } from "./view.ts";

const view = (query: string) => parseView(new URLSearchParams(query));

describe("needsWholeList", () => {
  it("holds for a sort or any filter, not for the registry order or the funds compared", () => {
    expect(needsWholeList(view(""))).toBe(false);
    expect(needsWholeList(view("compare=0x0000000000000000000000000000000000000001"))).toBe(false);
    expect(needsWholeList(view("sort=tvl"))).toBe(true);
    expect(needsWholeList(view("q=blue"))).toBe(true);
    expect(needsWholeList(view("mech=committee"))).toBe(true);
    expect(needsWholeList(view("minTvl=1000"))).toBe(true);
    expect(needsWholeList(view("asset=USDC"))).toBe(true);
  });
});
