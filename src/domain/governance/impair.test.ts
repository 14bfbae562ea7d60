import { decodeFunctionData, getAddress, parseUnits, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import { decodeAction, type FundSet, type GovAbis } from "./decode.ts";
import { describeAction, type DescribeContext, type Settings } from "./describe.ts";
import { buildImpair, impairText, type ImpairEnv, type PrimaryPosition } from "./impair.ts";

const fundAbi = abiOf("Fund");
const abis = { fund: fundAbi } as GovAbis;
const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const set: FundSet = {
  fund: addr(1),
  governor: addr(2),
  timelock: addr(3),
  contributionRewards: addr(4),
  managerToken: addr(5),
  feeSplitter: addr(6),
};
const [PRJ, USDC] = [addr(20), addr(11)];
const k = (a: Address) => a.toLowerCase();
const usdc = { symbol: "USDC", decimals: 6 };
// 4,000 PRJ bought for 10,000 USDC: 2.50 USDC a token.
const position = (over: Partial<PrimaryPosition> = {}): PrimaryPosition => ({
  paid: parseUnits("10000", 6),
  received: parseUnits("4000", 18),
  held: parseUnits("4000", 18),
  symbol: "PRJ",
  decimals: 18,
  ...over,
});
const env = (p = position()): ImpairEnv => ({ set, abis, primaries: new Map([[k(PRJ), p]]), currency: usdc });

describe("mark down a primary position: the template", () => {
  it("encodes impairPrimary with the per-unit mark of the typed price per whole token", () => {
    const r = buildImpair({ token: PRJ, price: "0.5" }, env());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.actions[0].target).toBe(set.fund);
    const d = decodeFunctionData({ abi: fundAbi, data: r.actions[0].calldata });
    expect(d.functionName).toBe("impairPrimary");
    expect(d.args).toEqual([PRJ, 500_000n]);
    const zero = buildImpair({ token: PRJ, price: "0" }, env());
    expect(zero.ok).toBe(true); // a write-off
  });

  it("says at the field what is wrong: no amount, too many decimals, not below what it counts at now", () => {
    const err = (price: string, p = position()) => {
      const r = buildImpair({ token: PRJ, price }, env(p));
      return r.ok ? undefined : r.errors.price;
    };
    expect(err("")).toBe("Enter an amount.");
    expect(err("0.1234567")).toBe("At most 6 decimals.");
    expect(err("abc")).toBe("Enter a number such as 1250.5.");
    expect(err("2.5")).toMatch(/^Enter less than 2\.5 USDC a token, what it counts at now \(its cost\)/);
    expect(err("3")).toMatch(/only a price feed can value it higher/);
    const marked = position({ mark: { wad: 500_000n, at: 1_700_000_000n } });
    expect(err("0.5", marked)).toMatch(
      /^Enter less than 0\.5 USDC a token, what it counts at now \(its last mark-down\)/,
    );
    expect(err("0.4", marked)).toBeUndefined();
    const other = buildImpair({ token: USDC, price: "1" }, env());
    expect(other.ok ? undefined : other.errors.token).toBe(
      "Choose one of the fund's primary positions valued at cost.",
    );
  });

  it("words the change from what value to what value while it has not run, and only the new value after", () => {
    const t = impairText("PRJ", 500_000n, usdc, 18, position());
    expect(t.title).toBe("Mark PRJ down to 0.5 USDC a token");
    expect(t.details[0]).toBe(
      "From 2.5 USDC a token (at cost, no market price) to 0.5 USDC: the position from 10,000 USDC to " +
        "2,000 USDC, 80% below cost.",
    );
    expect(t.warnings).toEqual([]);
    const again = impairText("PRJ", 500_000n, usdc, 18, position({ mark: { wad: 500_000n, at: 1_700_000_000n } }));
    expect(again.warnings).toEqual(["PRJ already counts at 0.5 USDC a token: execution would fail."]);
    expect(impairText("PRJ", 500_000n, usdc, 18).details).toEqual([
      "It then counts at the lower of its cost and this value.",
    ]);
  });

  it("describes a decoded impairPrimary proposal action in those words", () => {
    const r = buildImpair({ token: PRJ, price: "0.25" }, env());
    if (!r.ok) throw new Error("built");
    const current = { primaries: new Map([[k(PRJ), position()]]), denomination: USDC } as unknown as Settings;
    const ctx = {
      set,
      tokens: new Map([
        [k(PRJ), { symbol: "PRJ", decimals: 18 }],
        [k(USDC), usdc],
      ]),
      pairs: new Map(),
      deals: new Map(),
      managerToken: { symbol: "mTEST", decimals: 18 },
      caps: { managementBps: 500, performanceBps: 3000, hurdleBps: 2000, entryExitBps: 200, slippageBps: 1000 },
      denomination: USDC,
    } satisfies DescribeContext;
    const text = describeAction(decodeAction(r.actions[0], set, abis), { ...ctx, current });
    expect(text.title).toBe("Mark PRJ down to 0.25 USDC a token");
    expect(text.details[0]).toContain("the position from 10,000 USDC to 1,000 USDC, 90% below cost");
  });
});
