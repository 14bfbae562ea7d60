import { describe, expect, it } from "vitest";
import { REORG_DEPTH } from "./logCache/range.ts";
import { memoryStore } from "./logCache/store.ts";
import { settledFacts } from "./settledFacts.ts";

describe("settledFacts", () => {
  it("reads the missing facts together, keeps the settled ones, and reads none of them again", async () => {
    const store = memoryStore();
    const asked: string[] = [];
    const latest = 1000n;
    const o = {
      chainId: 1,
      kind: "block-time",
      blocks: new Map([
        ["10", 10n],
        ["999", 999n],
      ]),
      latest,
      store,
      read: async (key: string, block: bigint) => (asked.push(key), block * 12n),
    };
    expect(await settledFacts(o)).toEqual(
      new Map([
        ["10", 120n],
        ["999", 11_988n],
      ]),
    );
    expect(await settledFacts(o)).toEqual(
      new Map([
        ["10", 120n],
        ["999", 11_988n],
      ]),
    );
    // 999 is within REORG_DEPTH of the latest block: read each time, never kept.
    expect(999n > latest - REORG_DEPTH).toBe(true);
    expect(asked).toEqual(["10", "999", "999"]);
  });

  it("reads every fact without a store", async () => {
    const facts = await settledFacts({
      chainId: 1,
      kind: "k",
      blocks: new Map([["a", 1n]]),
      latest: 500n,
      store: null,
      read: async () => 7,
    });
    expect(facts.get("a")).toBe(7);
  });
});
