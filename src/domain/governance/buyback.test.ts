import { decodeFunctionData, getAddress, parseUnits, zeroAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import { buildBuyback, buildRevenueMode, type BuybackEnv } from "./buyback.ts";
import { decodeAction, type FundSet, type GovAbis } from "./decode.ts";
import { describeAction, type DescribeContext } from "./describe.ts";

const abis = { fund: abiOf("Fund"), splitter: abiOf("FeeSplitter") } as GovAbis;
const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const set: FundSet = {
  fund: addr(1),
  governor: addr(2),
  timelock: addr(3),
  contributionRewards: addr(4),
  managerToken: addr(5),
  feeSplitter: addr(6),
};
const USDC = addr(11);
const POOL = addr(12);
const env = (o: Partial<BuybackEnv> = {}): BuybackEnv => ({
  set,
  abis,
  currency: { symbol: "USDC", decimals: 6 },
  timelockManages: true,
  cash: parseUnits("50000", 6),
  ...o,
});
const ctx = {
  set,
  tokens: new Map([[USDC.toLowerCase(), { symbol: "USDC", decimals: 6 }]]),
  pairs: new Map(),
  deals: new Map(),
  managerToken: { symbol: "mDEFI", decimals: 18 },
  caps: { managementBps: 500, performanceBps: 3_000, hurdleBps: 2_000, entryExitBps: 200, slippageBps: 1_000 },
  denomination: USDC,
} as DescribeContext;
const words = (target: Address, calldata: `0x${string}`, c = ctx) =>
  describeAction(decodeAction({ target, value: 0n, calldata }, set, abis), c);

describe("buy back investor tokens", () => {
  it("sets the limit first, then buys back with no minimum (the fund refuses a price at or above NAV)", () => {
    const r = buildBuyback({ cash: "10 000", limit: "2" }, env());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const calls = r.actions.map((a) => decodeFunctionData({ abi: abis.fund, data: a.calldata }));
    expect(calls.map((c) => [c.functionName, c.args])).toEqual([
      ["setBuybackLimit", [200]],
      ["buyback", [parseUnits("10000", 6), 0n]],
    ]);
    expect(r.actions.every((a) => a.target === set.fund)).toBe(true);
  });

  it("proposes only what is filled in, and says what is missing or impossible", () => {
    const onlyLimit = buildBuyback({ cash: "", limit: "0" }, env());
    expect(onlyLimit.ok && onlyLimit.actions.length).toBe(1);
    expect(buildBuyback({ cash: "", limit: "" }, env())).toMatchObject({
      ok: false,
      errors: { form: expect.any(String) },
    });
    expect(buildBuyback({ cash: "60000", limit: "" }, env())).toEqual({
      ok: false,
      errors: { cash: "The fund holds less USDC than that." },
    });
    expect(buildBuyback({ cash: "100", limit: "" }, env({ timelockManages: false }))).toMatchObject({
      ok: false,
      errors: { cash: expect.stringContaining("manager buys back") },
    });
    expect(buildBuyback({ cash: "abc", limit: "" }, env())).toMatchObject({
      ok: false,
      errors: { cash: expect.any(String) },
    });
    expect(buildBuyback({ cash: "", limit: "101" }, env())).toMatchObject({
      ok: false,
      errors: { limit: expect.any(String) },
    });
  });

  it("words the calls", () => {
    const r = buildBuyback({ cash: "10000", limit: "2" }, env());
    if (!r.ok) throw new Error("built");
    const [limit, buy] = r.actions.map((a) => words(a.target, a.calldata));
    expect(limit.title).toBe("Set the buyback limit to 2% of the supply");
    expect(buy.title).toBe("Buy back the fund's shares for 10,000 USDC and burn them");
    expect(buy.details[0]).toContain("below the intrinsic value per share");
  });
});

describe("manager-token revenue mode", () => {
  it("chooses buyback in a named pool, or claims", () => {
    const b = buildRevenueMode({ mode: "buyback", pair: POOL }, { set, abis });
    if (!b.ok) throw new Error("built");
    expect(b.actions[0].target).toBe(set.feeSplitter);
    expect(decodeFunctionData({ abi: abis.splitter, data: b.actions[0].calldata }).args).toEqual([true, POOL]);
    expect(words(b.actions[0].target, b.actions[0].calldata).title).toBe(
      "Pay manager-token holders by buying back and burning manager tokens",
    );
    const c = buildRevenueMode({ mode: "claims", pair: "" }, { set, abis });
    if (!c.ok) throw new Error("built");
    expect(decodeFunctionData({ abi: abis.splitter, data: c.actions[0].calldata }).args).toEqual([false, zeroAddress]);
    expect(words(c.actions[0].target, c.actions[0].calldata).title).toBe("Pay manager-token holders by claims");
    expect(buildRevenueMode({ mode: "buyback", pair: "0x12" }, { set, abis })).toMatchObject({ ok: false });
  });
});
