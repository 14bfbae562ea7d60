import { describe, expect, it } from "vitest";
import { activity, type ActivityItem } from "./activity.ts";

const item = (blockNumber: bigint, logIndex: number, kind: ActivityItem["kind"] = "deposit"): ActivityItem => ({
  kind,
  fund: "0xf",
  blockNumber,
  logIndex,
  amount: 1n,
});

describe("activity", () => {
  it("lists the newest first, by block then by position in the block", () => {
    const out = activity([item(5n, 1), item(9n, 0, "vote"), item(5n, 3, "claim"), item(1n, 7)]);
    expect(out.map((i) => [i.blockNumber, i.logIndex])).toEqual([
      [9n, 0],
      [5n, 3],
      [5n, 1],
      [1n, 7],
    ]);
  });

  it("leaves its input in place", () => {
    const input = [item(1n, 0), item(2n, 0)];
    activity(input);
    expect(input[0].blockNumber).toBe(1n);
  });
});
