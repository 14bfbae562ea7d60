import { describe, expect, it } from "vitest";
import { urlOnChain } from "./chainUrl.ts";

describe("urlOnChain", () => {
  it("keeps the page and the denomination, drops the page's own parameters", () => {
    expect(urlOnChain("/governance", "?chain=local&in=usd&fund=0xabc", "local-2")).toEqual({
      pathname: "/governance",
      search: "?chain=local-2&in=usd",
    });
  });
  it("goes to the list from a fund's page, whose address means nothing on the other chain", () => {
    expect(urlOnChain("/fund/0xabc", "?tab=fees", "local-2")).toEqual({ pathname: "/", search: "?chain=local-2" });
  });
});
