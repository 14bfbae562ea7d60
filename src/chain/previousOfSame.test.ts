import { describe, expect, it } from "vitest";
import { previousOfSame } from "./previousOfSame.ts";
import { queryKeys } from "./queryKeys.ts";

const A = "0x00000000000000000000000000000000000000aA";
const B = "0x00000000000000000000000000000000000000bB";
const of = (queryKey: readonly unknown[]) => ({ queryKey });

describe("previousOfSame", () => {
  const next = previousOfSame<string>(queryKeys.fundHistory(31337, A, 20n));
  it("keeps the same fund's data of an earlier block while the new block's read is on its way", () => {
    expect(next("at 19", of(queryKeys.fundHistory(31337, A, 19n)))).toBe("at 19");
    expect(next("before a block", of(queryKeys.fundHistory(31337, A, undefined)))).toBe("before a block");
  });
  it("never shows another fund's, another chain's or another family's data under this one", () => {
    expect(next("B's", of(queryKeys.fundHistory(31337, B, 20n)))).toBeUndefined();
    expect(next("other chain", of(queryKeys.fundHistory(31338, A, 20n)))).toBeUndefined();
    expect(next("holders", of(queryKeys.fundHolders(31337, A, 19n)))).toBeUndefined();
    expect(next(undefined, undefined)).toBeUndefined();
  });
});
