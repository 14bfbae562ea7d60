import { describe, expect, it } from "vitest";
import { defaultPayWith, ETH_DEPOSIT_GAS, ethDepositMax, gasReserve } from "./ether.ts";

const show = (v: bigint) => `${v} wei`;
const base = { balance: 10_000n, reserve: 1_000n, maxDeposit: 1n << 200n, fresh: true, show };

describe("defaultPayWith", () => {
  it("offers ether when the wallet holds no WETH, else what it holds more of", () => {
    expect(defaultPayWith(0n, 0n)).toBe("eth");
    expect(defaultPayWith(5n, 0n)).toBe("eth");
    expect(defaultPayWith(5n, 6n)).toBe("weth");
    expect(defaultPayWith(6n, 5n)).toBe("eth");
    expect(defaultPayWith(5n, 5n)).toBe("eth");
  });
});

describe("ethDepositMax", () => {
  it("fills the balance less the gas reserve, and says what it left", () => {
    expect(ethDepositMax(base)).toEqual({ value: 9_000n, note: "Max leaves 1000 wei for gas." });
  });
  it("keeps to the fund's limit", () => {
    expect(ethDepositMax({ ...base, maxDeposit: 4_000n })).toEqual({
      value: 4_000n,
      note: "Limited by the fund's deposit limit: it accepts at most 4000 wei now.",
    });
  });
  it("fills nothing when the balance would not pay the gas, or a price is stale", () => {
    expect(ethDepositMax({ ...base, balance: 1_000n })).toEqual({
      note: "Your 1000 wei would not cover the gas of a deposit (about 1000 wei).",
    });
    expect(ethDepositMax({ ...base, fresh: false }).value).toBeUndefined();
  });
  it("reserves the gas budget at the wallet's bid", () => {
    expect(gasReserve(3n)).toBe(3n * ETH_DEPOSIT_GAS);
  });
});
