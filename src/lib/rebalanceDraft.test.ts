import { describe, expect, it } from "vitest";
import { decodeDraft, encodeDraft, type RebalanceDraft } from "./rebalanceDraft.ts";

const A = "0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6";
const B = "0x8A791620dd6260079BF849Dc5567aDC3F2FdC318";
const draft: RebalanceDraft = {
  fund: A,
  description: "Rebalance — « WETH » 40 %\nline two",
  calls: [
    { kind: "vault", vault: B, asset: A, amount: 5n, minOut: 4n, into: false },
    { kind: "swap", pair: B, tokenIn: A, tokenOut: B, amountIn: 123456789012345678901234567890n, minOut: 0n },
    { kind: "vault", vault: B, asset: A, amount: 10n ** 30n, minOut: 1n, into: true },
  ],
};

describe("rebalance draft", () => {
  it("round-trips swaps and vault moves in order, amounts beyond 2^53 and unicode text", () => {
    const text = encodeDraft(draft);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDraft(text)).toEqual(draft);
  });

  it("refuses text that is not a draft", () => {
    expect(decodeDraft("not base64 !!")).toBeNull();
    expect(decodeDraft(encodeDraft({ ...draft, fund: "0x1234" as never }))).toBeNull();
    const withAmount = (amountIn: string) =>
      encodeDraft({ ...draft, calls: [{ ...draft.calls[1], amountIn } as never] });
    expect(decodeDraft(withAmount("123"))).not.toBeNull();
    expect(decodeDraft(withAmount("-1"))).toBeNull();
    expect(decodeDraft(withAmount("1.5"))).toBeNull();
    expect(decodeDraft(withAmount("1e18"))).toBeNull();
  });

  it("refuses a vault move without its direction or with a bad address, and an unknown call", () => {
    const vault = draft.calls[0];
    const one = (c: unknown) => encodeDraft({ ...draft, calls: [c as never] });
    expect(decodeDraft(one({ ...vault, into: "yes" }))).toBeNull();
    expect(decodeDraft(one({ ...vault, vault: "0x12" }))).toBeNull();
    expect(decodeDraft(one({ ...vault, kind: "transfer" }))).toBeNull();
    expect(decodeDraft(one(null))).toBeNull();
  });
});
