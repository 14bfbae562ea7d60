import fc from "fast-check";
import { encodeFunctionData, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import {
  approvingProposal,
  awardStatus,
  balancesFromTransfers,
  byCategory,
  capUse,
  hasCap,
  NO_CAP,
  proposalTitle,
  topHolders,
  vested,
  type Award,
} from "./index.ts";

const A = "0x00000000000000000000000000000000000000a1" as Address;
const B = "0x00000000000000000000000000000000000000b2" as Address;
const ZERO = "0x0000000000000000000000000000000000000000" as Address;
const award = (x: Partial<Award> = {}): Award => ({
  contributor: A,
  category: 0,
  amount: 1_000n,
  claimed: 0n,
  start: 100n,
  duration: 30n,
  memo: "m",
  ...x,
});

describe("vesting", () => {
  it("vests linearly with floor division, nothing before the start, all from the end", () => {
    const a = award();
    expect(vested(a, 99n)).toBe(0n);
    expect(vested(a, 100n)).toBe(0n);
    expect(vested(a, 101n)).toBe(33n); // 1000 × 1 / 30, floored
    expect(vested(a, 129n)).toBe(966n);
    expect(vested(a, 130n)).toBe(1_000n);
    expect(vested(award({ duration: 0n }), 100n)).toBe(1_000n);
    expect(vested(award({ duration: 0n }), 99n)).toBe(0n);
  });

  it("never decreases and never exceeds the amount; claimable is what is vested and not claimed", () => {
    fc.assert(
      fc.property(
        fc.bigInt(1n, 10n ** 30n),
        fc.bigInt(0n, 10n ** 6n),
        fc.bigInt(0n, 10n ** 6n),
        fc.bigInt(0n, 3n * 10n ** 6n),
        fc.bigInt(0n, 10n ** 6n),
        (amount, start, duration, t, dt) => {
          const a = award({ amount, start, duration });
          const v = vested(a, t);
          expect(v <= amount && v >= 0n).toBe(true);
          expect(vested(a, t + dt) >= v).toBe(true);
          const s = awardStatus({ ...a, claimed: v / 2n }, t);
          expect(s.claimable + v / 2n).toBe(v);
          expect(s.unvested + s.vested).toBe(amount);
        },
      ),
    );
  });
});

describe("distribution", () => {
  it("totals awards per category, every category listed", () => {
    const rows = byCategory(
      [award({ category: 2, claimed: 10n }), award({ category: 2, amount: 5n, duration: 0n }), award({ category: 7 })],
      115n,
    );
    expect(rows).toHaveLength(8);
    expect(rows[2]).toEqual({ category: 2, awarded: 1_005n, vested: 500n + 5n, claimed: 10n, awards: 2 });
    expect(rows[7].awarded).toBe(1_000n);
    expect(rows[0].awards).toBe(0);
  });

  it("replays transfers into balances that add up to the supply minted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.bigInt(0n, 1000n))),
        (moves) => {
          const who = [ZERO, A, B, "0x00000000000000000000000000000000000000C3" as Address];
          const bal = new Map<string, bigint>(who.map((w) => [w, 0n]));
          const transfers = [];
          let supply = 0n;
          for (const [f, t, v] of moves) {
            // no overdrafts, as the token enforces
            const value = f === 0 ? v : v > bal.get(who[f])! ? bal.get(who[f])! : v;
            if (f !== 0) bal.set(who[f], bal.get(who[f])! - value);
            else supply += value;
            if (t !== 0) bal.set(who[t], bal.get(who[t])! + value);
            else supply -= value;
            transfers.push({ from: who[f], to: who[t], value });
          }
          const out = balancesFromTransfers(transfers);
          expect(out.reduce((s, h) => s + h.balance, 0n)).toBe(supply);
          for (const h of out) expect(h.balance).toBe(bal.get(h.holder));
          for (let i = 1; i < out.length; i++) expect(out[i - 1].balance >= out[i].balance).toBe(true);
        },
      ),
    );
  });

  it("folds holders after the first n into a remainder", () => {
    const hs = [{ balance: 5n }, { balance: 3n }, { balance: 2n }, { balance: 1n }];
    expect(topHolders(hs, 2)).toEqual({ top: [{ balance: 5n }, { balance: 3n }], rest: 3n, restCount: 2 });
  });

  it("measures the hard cap, or says there is none", () => {
    expect(capUse(NO_CAP, 5n)).toBeUndefined();
    expect(hasCap(NO_CAP)).toBe(false);
    expect(hasCap(1n)).toBe(true);
    expect(capUse(3_000n, 1_000n)).toEqual({ cap: 3_000n, used: 1_000n, remaining: 2_000n, usedPpm: 333_333n });
  });
});

describe("approving proposal", () => {
  const abi = abiOf("ContributionRewards");
  const rewards = "0x00000000000000000000000000000000000000Ee" as Address;
  const a = award({ category: 3, memo: "Audit" });
  const call = (x: Award) =>
    encodeFunctionData({
      abi,
      functionName: "award",
      args: [x.contributor, x.amount, x.category, x.start, x.duration, x.memo],
    });
  const proposal = (id: bigint, calldatas: `0x${string}`[], executedBlock: bigint, target = rewards) => ({
    id,
    description: `# P${id}\n\nbody`,
    targets: calldatas.map(() => target),
    calldatas,
    executedBlock,
  });

  it("is the executed proposal that carries the same award call", () => {
    const ps = [
      proposal(1n, [call(award({ memo: "Other" }))], 10n),
      proposal(2n, [call(award()), call(a)], 20n),
      proposal(3n, [call(a)], 30n, A),
    ];
    expect(approvingProposal(a, 20n, rewards, abi, ps)?.id).toBe(2n);
    expect(approvingProposal(a, undefined, rewards, abi, ps)?.id).toBe(2n);
  });

  it("takes the one executed in the award's block when several carry the same call", () => {
    const ps = [proposal(1n, [call(a)], 10n), proposal(2n, [call(a)], 20n)];
    expect(approvingProposal(a, 20n, rewards, abi, ps)?.id).toBe(2n);
    expect(approvingProposal(a, 99n, rewards, abi, ps)).toBeUndefined();
  });

  it("titles a proposal by its first line", () => {
    expect(proposalTitle("# Contribution rewards\n\nLabor vouchers")).toBe("Contribution rewards");
    expect(proposalTitle("")).toBe("Untitled proposal");
  });
});
