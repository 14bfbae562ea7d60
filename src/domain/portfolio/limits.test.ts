import { describe, expect, it } from "vitest";
import { MAX_UINT256 } from "../valuation/index.ts";
import { checkDeposit, checkMints, checkPays, checkRedeem } from "./limits.ts";

const show = (v: bigint) => `${v} USDC`;
const shares = (v: bigint) => `${v} shares`;

describe("checkDeposit", () => {
  it("accepts an amount within the balance while deposits are open", () => {
    expect(checkDeposit(100n, 100n, MAX_UINT256, show)).toEqual({ ok: true });
  });
  it("says what is wrong, in order of what the user can fix", () => {
    expect(checkDeposit(0n, 100n, MAX_UINT256, show)).toEqual({ ok: false, message: "Enter an amount above zero." });
    expect(checkDeposit(101n, 100n, MAX_UINT256, show)).toEqual({
      ok: false,
      message: "That is more than your balance of 100 USDC.",
    });
    expect(checkDeposit(50n, 100n, 0n, show)).toEqual({
      ok: false,
      message: "Deposits are paused while a price feed is stale.",
    });
    expect(checkDeposit(50n, 100n, 40n, show)).toEqual({ ok: false, message: "The fund accepts at most 40 USDC now." });
  });
});

describe("checkRedeem", () => {
  it("accepts shares within the balance and the fund's cash", () => {
    expect(checkRedeem(10n, 10n, 10n, shares)).toEqual({ ok: true });
  });
  it("says what is wrong", () => {
    expect(checkRedeem(0n, 10n, 10n, shares)).toMatchObject({ message: "Enter an amount above zero." });
    expect(checkRedeem(11n, 10n, 10n, shares)).toMatchObject({ message: "That is more than you hold (10 shares)." });
    expect(checkRedeem(5n, 10n, 0n, shares)).toMatchObject({
      message: "Redemptions are paused while a price feed is stale.",
    });
    expect(checkRedeem(5n, 10n, 4n, shares)).toMatchObject({ message: "The fund's cash covers at most 4 shares now." });
  });
});

describe("amounts that buy or pay nothing", () => {
  it("refuses a deposit that mints 0 shares", () => {
    expect(checkMints(0n)).toEqual({
      ok: false,
      message: "That is too little to buy any part of a share: you would receive 0. Enter a larger amount.",
    });
    expect(checkMints(1n)).toEqual({ ok: true });
  });
  it("refuses a redemption that pays 0", () => {
    expect(checkPays(0n, "USDC")).toEqual({
      ok: false,
      message:
        "Those shares are worth less than the smallest unit of USDC after the exit fee: you would receive 0. " +
        "Enter a larger amount.",
    });
    expect(checkPays(1n, "USDC")).toEqual({ ok: true });
  });
});
