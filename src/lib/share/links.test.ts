import { describe, expect, it } from "vitest";
import { kolPath, sharePath, shareUrl } from "./links.ts";

const FUND = "0xAbCdEf0000000000000000000000000000000001";
const DEAL = "0xDEAL000000000000000000000000000000000002";

describe("share links", () => {
  it("points each kind at the page state that shows it", () => {
    expect(sharePath({ kind: "fund", fund: FUND })).toBe(`/fund/${FUND.toLowerCase()}`);
    expect(sharePath({ kind: "fund", fund: FUND, tab: "overview" })).toBe(`/fund/${FUND.toLowerCase()}`);
    expect(sharePath({ kind: "fund", fund: FUND, tab: "holdings" })).toBe(`/fund/${FUND.toLowerCase()}?tab=holdings`);
    expect(sharePath({ kind: "proposal", fund: FUND, id: 123n })).toBe(
      `/fund/${FUND.toLowerCase()}?tab=governance&proposal=123`,
    );
    expect(sharePath({ kind: "deal", fund: FUND, deal: DEAL })).toBe(
      `/fund/${FUND.toLowerCase()}?tab=deals&deal=${DEAL.toLowerCase()}`,
    );
    expect(sharePath({ kind: "pick", id: 7n })).toBe("/picks?pick=7");
    expect(kolPath("0xAB")).toBe("/picks?kol=0xab");
  });

  it("is absolute and keeps the network and denomination, not other page state", () => {
    const current = new URLSearchParams("chain=local-2&in=usd&tab=fees&fund=0x1");
    expect(shareUrl({ kind: "pick", id: 3n }, "https://app.example", current)).toBe(
      "https://app.example/picks?pick=3&chain=local-2&in=usd",
    );
    expect(shareUrl({ kind: "fund", fund: FUND, tab: "deals" }, "http://127.0.0.1:5221", new URLSearchParams())).toBe(
      `http://127.0.0.1:5221/fund/${FUND.toLowerCase()}?tab=deals`,
    );
  });

  it("a proposal's big id survives the trip as digits", () => {
    const id = 2n ** 255n + 1n;
    const url = new URL(shareUrl({ kind: "proposal", fund: FUND, id }, "https://x.example", new URLSearchParams()));
    expect(BigInt(url.searchParams.get("proposal")!)).toBe(id);
  });
});
