import { describe, expect, it } from "vitest";
import { readRewardPrefill, rewardProposalPath } from "./governancePaths.ts";

describe("reward proposal links", () => {
  it("carry the contributor, category, memo, title and body through the query, whatever their characters", () => {
    const p = {
      contributor: "0x00000000000000000000000000000000000000aa",
      category: 6,
      memo: "KOL record: https://app.example/picks?kol=0xaa&chain=local",
      title: "Reward a KOL: 4 picks, +12.5 % average",
      body: "Record & picks:\n- #1 WETH long",
    };
    const path = rewardProposalPath("0xFund", p);
    expect(path.startsWith("/fund/0xFund?tab=governance&new=reward&")).toBe(true);
    expect(readRewardPrefill(new URL(path, "https://x.example").searchParams)).toEqual(p);
  });
  it("reads only what is there, and no category that is not a whole number", () => {
    expect(readRewardPrefill(new URLSearchParams("memo=hi&category=six"))).toEqual({ memo: "hi" });
  });
});
