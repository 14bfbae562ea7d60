import { describe, expect, it } from "vitest";
import { attention, VOTE_SOON_S } from "./attention.ts";

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

  it("asks to delegate the shares of an investor-governed fund, whose manager tokens do not exist", () => {
    const shares = (n: bigint, delegated: boolean) => ({
      fund: "c",
      claimableShares: 0n,
      managerTokens: 0n,
      shareVotes: { shares: n },
      delegated,
    });
    expect(attention([shares(7n, false)])).toEqual([{ kind: "delegate", fund: "c" }]);
    expect(attention([shares(7n, true)])).toEqual([]);
    expect(attention([shares(0n, false)])).toEqual([]);
  });

  it("nothing claimable and no tokens: nothing to do", () => {
    expect(attention([{ fund: "a", claimableShares: 0n, managerTokens: 0n, delegated: false }])).toEqual([]);
  });
});

describe("attention to votes ending", () => {
  const DAY = 86_400n;
  const now = 1_000_000n;
  const base = { fund: "f", claimableShares: 0n, managerTokens: 5n, delegated: true, votes: 5n };
  const p = (id: bigint, voteStart: bigint, voteEnd: bigint, canceled = false) => ({
    id,
    description: `# P${id}`,
    voteStart,
    voteEnd,
    canceled,
  });

  it("lists an open vote closing within three days, with the time left until it closes", () => {
    const endsIn = DAY + 4n * 3_600n;
    expect(attention([{ ...base, proposals: [p(7n, now - DAY, now + endsIn - 1n)] }], now)).toEqual([
      { kind: "vote", fund: "f", proposalId: 7n, description: "# P7", endsIn },
    ]);
  });

  it("three days exactly is in; a second more is out", () => {
    const at = (end: bigint) => attention([{ ...base, proposals: [p(1n, now - DAY, end)] }], now).length;
    expect(at(now + VOTE_SOON_S - 1n)).toBe(1);
    expect(at(now + VOTE_SOON_S)).toBe(0);
  });

  it("not before voting opens, not after it closes: the Governor's Pending and Active bounds", () => {
    const at = (start: bigint, end: bigint) => attention([{ ...base, proposals: [p(1n, start, end)] }], now).length;
    expect(at(now, now + DAY)).toBe(0); // snapshot now: still Pending
    expect(at(now - 1n, now + DAY)).toBe(1);
    expect(at(now - DAY, now)).toBe(1); // the deadline itself is still open
    expect(at(now - DAY, now - 1n)).toBe(0);
  });

  it("leaves out canceled proposals, those already voted on, and accounts without voting power", () => {
    const open = [p(1n, now - DAY, now + DAY), p(2n, now - DAY, now + DAY, true)];
    expect(attention([{ ...base, proposals: open, voted: [1n] }], now)).toEqual([]);
    expect(attention([{ ...base, votes: 0n, proposals: open }], now)).toEqual([]);
    expect(attention([{ ...base, votes: undefined, proposals: open }], now)).toEqual([]);
  });

  it("the soonest to close comes first, after the fund's fees and delegation", () => {
    const items = attention(
      [{ ...base, claimableShares: 1n, proposals: [p(1n, now - DAY, now + 2n * DAY), p(2n, now - DAY, now + DAY)] }],
      now,
    );
    expect(items.map((i) => (i.kind === "vote" ? i.proposalId : i.kind))).toEqual(["claim", 2n, 1n]);
  });
});
