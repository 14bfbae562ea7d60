import { describe, expect, it } from "vitest";
import { depositMax, redeemMax } from "./max.ts";

const show = (v: bigint) => `${v} USDC`;
const showShares = (v: bigint) => `${v} egX`;
// 2 assets per 3 shares, floored, as a previewRedeem would.
const pays = (shares: bigint) => (shares * 2n) / 3n;
const redeem = {
  mode: "shares" as const,
  held: 900n,
  maxRedeem: 900n,
  fresh: true,
  symbol: "egX",
  pays,
  showShares,
  showAssets: show,
};

describe("depositMax", () => {
  const base = { balance: 500n, maxDeposit: 10_000n, fresh: true, symbol: "USDC", show };
  it("fills the balance", () => expect(depositMax(base)).toEqual({ value: 500n }));
  it("says when the fund's limit binds", () => {
    expect(depositMax({ ...base, maxDeposit: 300n })).toEqual({
      value: 300n,
      note: "Limited by the fund's deposit limit: it accepts at most 300 USDC now.",
    });
  });
  it("fills nothing, and says why, with an empty wallet or a stale price", () => {
    expect(depositMax({ ...base, balance: 0n })).toEqual({ note: "You hold none: this wallet has no USDC." });
    expect(depositMax({ ...base, fresh: false })).toEqual({
      note: "Deposits are paused while a price is out of date, so Max has nothing to fill.",
    });
  });
});

describe("redeemMax", () => {
  it("redeems every share, in either unit, with the shares kept exact", () => {
    expect(redeemMax(redeem)).toEqual({ value: 900n, shares: 900n, note: undefined });
    expect(redeemMax({ ...redeem, mode: "assets" })).toEqual({ value: 600n, shares: 900n, note: undefined });
  });
  it("says when the fund's cash binds", () => {
    const r = redeemMax({ ...redeem, mode: "assets", maxRedeem: 301n });
    expect(r).toEqual({
      value: 200n,
      shares: 301n,
      note: "Limited by the fund's cash: it can pay 200 USDC now, for 301 egX of your 900 egX.",
    });
  });
  it("fills nothing, and says why, with no shares, a stale price or no cash", () => {
    expect(redeemMax({ ...redeem, held: 0n, maxRedeem: 0n })).toEqual({
      note: "You hold none: this wallet has no egX.",
    });
    expect(redeemMax({ ...redeem, fresh: false, maxRedeem: 0n }).note).toMatch(
      /^A price is out of date, so the fund pays no cash now and Max has nothing to fill\. You can leave in kind/,
    );
    expect(redeemMax({ ...redeem, maxRedeem: 0n }).note).toMatch(/^The fund has no cash to pay out now/);
    expect(redeemMax({ ...redeem, fresh: false }).value).toBeUndefined();
  });
});
