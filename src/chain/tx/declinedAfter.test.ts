import { describe, expect, it } from "vitest";
import { declinedAfter } from "./declinedAfter.ts";

describe("declinedAfter", () => {
  it("names the steps that were confirmed and the one that was not sent", () => {
    expect(declinedAfter(["Approve 40 USDC"], "Deposit 40 USDC")).toBe(
      '"Approve 40 USDC" was confirmed on chain (its gas is paid); "Deposit 40 USDC" was not sent: you ' +
        "declined it in your wallet.",
    );
    expect(declinedAfter(["Reset the USDC allowance to zero", "Approve 40 USDC"], "Deposit 40 USDC")).toMatch(
      /^"Reset the USDC allowance to zero" and "Approve 40 USDC" were confirmed on chain/,
    );
  });
});
