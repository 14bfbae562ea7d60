import { getAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import type { FundSet } from "./decode.ts";
import { delegateRefusal, ownContract } from "./ownContracts.ts";

const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const set: FundSet = {
  fund: addr(1),
  governor: addr(2),
  timelock: addr(3),
  contributionRewards: addr(4),
  managerToken: addr(5),
  feeSplitter: addr(6),
};

describe("the fund's own contracts", () => {
  it("are named whatever the case of the address", () => {
    expect(ownContract(set.fund, set)).toBe("the fund itself");
    expect(ownContract(set.timelock.toLowerCase() as Address, set)).toBe("the fund's timelock");
    expect(ownContract(addr(99), set)).toBeUndefined();
  });

  it("refuse votes: they would count as 0", () => {
    expect(delegateRefusal(set.fund, set)).toBe(
      "That is the fund itself: it cannot vote, so votes delegated to it count as 0. Delegate to yourself or " +
        "to a person you trust.",
    );
    expect(delegateRefusal(set.managerToken, set)).toMatch(/^That is the fund's manager token: it cannot vote/);
    expect(delegateRefusal(addr(99), set)).toBeUndefined();
  });
});
