import { describe, expect, it } from "vitest";
import { attention } from "./attention.ts";

describe("attention", () => {
  it("asks to claim fees and to delegate tokens that carry no votes", () => {
    expect(
      attention([
        { fund: "a", claimableShares: 1n, managerTokens: 5n, delegated: false },
        { fund: "b", claimableShares: 0n, managerTokens: 5n, delegated: true },
      ]),
    ).toEqual([
      { kind: "claim", fund: "a" },
      { kind: "delegate", fund: "a" },
    ]);
  });

  it("nothing claimable and no tokens: nothing to do", () => {
    expect(attention([{ fund: "a", claimableShares: 0n, managerTokens: 0n, delegated: false }])).toEqual([]);
  });
});
