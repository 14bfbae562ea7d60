import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { actionsFor, decisionRows, decisionState, parseExpiry, type Member, type RawDecision } from "./decisions.ts";
import { minOut, otherToken } from "./trade.ts";

const A = "0x00000000000000000000000000000000000000A1" as Address;
const B = "0x00000000000000000000000000000000000000b2" as Address;
const C = "0x00000000000000000000000000000000000000C3" as Address;
const NOW = 1_000_000n;
const members: Member[] = [
  { account: A, termEnd: NOW + 1_000n },
  { account: B, termEnd: NOW + 10n },
  { account: C, termEnd: NOW + 1_000n },
];
const decision = (over: Partial<RawDecision> = {}): RawDecision => ({
  id: 0n,
  proposer: A,
  data: "0x",
  proposedAt: NOW - 100n,
  expiresAt: NOW + 500n,
  executed: false,
  cancelled: false,
  approvers: [A],
  approvalCounts: [true],
  ...over,
});

describe("decision state", () => {
  it("is proposed below the threshold and approved at it", () => {
    expect(decisionState(decision(), members, 2n, NOW)).toBe("proposed");
    expect(decisionState(decision({ approvers: [A, B], approvalCounts: [true, true] }), members, 2n, NOW)).toBe(
      "approved",
    );
  });

  it("does not count an approval the chain voided, nor one whose member's term ended since the read", () => {
    const d = decision({ approvers: [A, B, C], approvalCounts: [true, true, false] });
    expect(decisionState(d, members, 2n, NOW)).toBe("approved");
    expect(decisionState(d, members, 2n, NOW + 10n)).toBe("proposed"); // B's term ended
  });

  it("is executed or cancelled for good, and expired from its expiry on", () => {
    expect(decisionState(decision({ executed: true, expiresAt: NOW - 1n }), members, 1n, NOW)).toBe("executed");
    expect(decisionState(decision({ cancelled: true }), members, 1n, NOW)).toBe("cancelled");
    expect(decisionState(decision(), members, 1n, NOW + 500n)).toBe("expired");
    expect(decisionState(decision(), members, 1n, NOW + 499n)).toBe("approved");
  });

  it("lists decisions newest first with who counts", () => {
    const rows = decisionRows(
      [decision(), decision({ id: 1n, approvers: [B], approvalCounts: [false] })],
      members,
      1n,
      NOW,
    );
    expect(rows.map((r) => [r.id, r.state, r.counted])).toEqual([
      [1n, "proposed", []],
      [0n, "approved", [A]],
    ]);
  });
});

describe("what a member may do", () => {
  it("approves once, executes once the threshold is met, cancels its own", () => {
    const d = decision();
    expect(actionsFor(d, members, 2n, NOW, A)).toEqual({ approve: false, execute: false, cancel: true });
    expect(actionsFor(d, members, 2n, NOW, C)).toEqual({ approve: true, execute: false, cancel: false });
    expect(actionsFor(d, members, 1n, NOW, C)).toEqual({ approve: true, execute: true, cancel: false });
  });

  it("says why a stranger, a lapsed member or a closed decision cannot act", () => {
    const stranger = "0x0000000000000000000000000000000000000dD4" as Address;
    expect(actionsFor(decision(), members, 2n, NOW, stranger).why).toMatch(/member in term/);
    expect(actionsFor(decision(), members, 2n, NOW + 10n, B).why).toMatch(/member in term/);
    expect(actionsFor(decision(), members, 2n, NOW, undefined).why).toMatch(/Connect/);
    expect(actionsFor(decision({ executed: true }), members, 2n, NOW, A).why).toBe("This decision is executed.");
  });
});

describe("inputs", () => {
  it("parses an expiry in whole days within the contract's limit", () => {
    expect(parseExpiry("3", NOW)).toEqual({ ok: true, value: NOW + 3n * 86_400n });
    expect(parseExpiry("30", NOW)).toEqual({ ok: true, value: NOW + 30n * 86_400n - 600n });
    expect(parseExpiry("0", NOW).ok).toBe(false);
    expect(parseExpiry("31", NOW).ok).toBe(false);
    expect(parseExpiry("1.5", NOW).ok).toBe(false);
  });

  it("takes the minimum out from the quote, rounding down", () => {
    expect(minOut(1_000_001n, "1")).toBe(990_000n);
    expect(minOut(1_000n, "0.5%")).toBe(995n);
    expect(minOut(1_000n, "abc")).toBeUndefined();
    expect(minOut(1_000n, "60")).toBeUndefined();
  });

  it("finds a pair's other token whatever the case", () => {
    expect(otherToken({ token0: A, token1: B }, A.toLowerCase() as Address)).toBe(B);
    expect(otherToken({ token0: A, token1: B }, B)).toBe(A);
  });
});
