import { encodeFunctionData, getAddress, parseUnits, zeroAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import type { FundSet, GovAbis } from "./decode.ts";
import { durationText } from "./duration.ts";
import { amountInputText, parseAddress, parseAmount, parseDate } from "./input.ts";
import { bpsText, parsePercent } from "./percent.ts";
import { nextStep, ProposalState, quorumReached, timeline } from "./state.ts";
import {
  buildDelist,
  buildEntryExit,
  buildFees,
  buildGuideline,
  buildLimits,
  buildManager,
  buildRebalance,
  buildReward,
  buildVam,
  buildVault,
  type TemplateEnv,
} from "./templates.ts";
import { votingPower } from "./votingPower.ts";

const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const abis: GovAbis = {
  fund: abiOf("Fund"),
  rewards: abiOf("ContributionRewards"),
  governor: abiOf("FundGovernor"),
  timelock: abiOf("TimelockController"),
  splitter: abiOf("FeeSplitter"),
  strategy: abiOf("StrategyRegistry"),
  committee: abiOf("FundCommittee"),
};
const set: FundSet = {
  fund: addr(1),
  governor: addr(2),
  timelock: addr(3),
  contributionRewards: addr(4),
  managerToken: addr(5),
  feeSplitter: addr(6),
};
const [WETH, USDC, PAIR, UNI, LINK] = [addr(10), addr(11), addr(12), addr(13), addr(14)];
const env: TemplateEnv = {
  set,
  abis,
  assets: new Map([
    [WETH.toLowerCase(), { symbol: "WETH", decimals: 18 }],
    [USDC.toLowerCase(), { symbol: "USDC", decimals: 6 }],
    [UNI.toLowerCase(), { symbol: "UNI", decimals: 18 }],
    [LINK.toLowerCase(), { symbol: "LINK", decimals: 18 }],
  ]),
  pairs: new Map([[PAIR.toLowerCase(), { token0: USDC, token1: WETH }]]),
  caps: { managementBps: 500, performanceBps: 3_000, hurdleBps: 2_000, entryExitBps: 200, slippageBps: 1_000 },
  denomination: USDC,
  held: new Map([
    [UNI.toLowerCase(), 0n],
    [LINK.toLowerCase(), 1n],
  ]),
  managerTokenDecimals: 18,
  rewardsRoom: parseUnits("10000", 18),
};

describe("percentages and amounts as typed", () => {
  it("percent ↔ bps exactly", () => {
    expect(parsePercent("40")).toEqual({ ok: true, value: 4000n });
    expect(parsePercent("0.8 %")).toEqual({ ok: true, value: 80n });
    expect(parsePercent("12,34")).toEqual({ ok: true, value: 1234n });
    expect(parsePercent("0.125").ok).toBe(false);
    expect(parsePercent("101").ok).toBe(false);
    expect(parsePercent("-1").ok).toBe(false);
    for (const b of [0n, 1n, 80n, 1234n, 10_000n]) expect(parsePercent(bpsText(b))).toEqual({ ok: true, value: b });
  });
  it("amounts keep every digit and refuse what the token cannot hold", () => {
    expect(parseAmount("1,250.5", 6)).toEqual({ ok: true, value: 1_250_500_000n });
    expect(parseAmount("0.0000001", 6)).toEqual({ ok: false, error: "At most 6 decimals." });
    expect(parseAmount("0", 6).ok).toBe(false);
    expect(parseAmount("abc", 6).ok).toBe(false);
  });
  it("addresses: format, checksum, zero", () => {
    expect(parseAddress("0x123").ok).toBe(false);
    expect(parseAddress(zeroAddress).ok).toBe(false);
    expect(parseAddress("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/checksum/),
    });
    expect(parseAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")).toEqual({
      ok: true,
      value: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    });
    expect(parseDate("2026-02-30").ok).toBe(false);
    expect(durationText(93_784)).toBe("1\u00a0d 2\u00a0h");
  });
});

describe("templates", () => {
  it("guideline: encodes setGuideline or names the field", () => {
    const ok = buildGuideline({ token: WETH, allowed: true, maxWeight: "45" }, env);
    expect(ok).toEqual({
      ok: true,
      actions: [
        {
          target: set.fund,
          value: 0n,
          calldata: encodeFunctionData({ abi: abis.fund, functionName: "setGuideline", args: [WETH, true, 4500] }),
        },
      ],
    });
    expect(buildGuideline({ token: addr(99), allowed: true, maxWeight: "450" }, env)).toEqual({
      ok: false,
      errors: { token: "Choose one of the fund's listed assets.", maxWeight: "At most 100%." },
    });
  });
  it("fees: within caps and not the same as now", () => {
    expect(buildFees({ management: "6", performance: "20", hurdle: "0" }, env)).toEqual({
      ok: false,
      errors: { management: "At most 5%: the fund's cap." },
    });
    const now = { managementBps: 100, performanceBps: 1500, hurdleBps: 0 };
    expect(buildFees({ management: "1", performance: "15", hurdle: "0" }, env, now)).toMatchObject({
      ok: false,
      errors: { form: expect.any(String) },
    });
    expect(buildFees({ management: "1", performance: "20", hurdle: "0" }, env, now).ok).toBe(true);
  });
  it("entry and exit fees: within the 2% cap and not the same as now", () => {
    const fund = (fn: string, args: readonly unknown[]) => ({
      target: set.fund,
      value: 0n,
      calldata: encodeFunctionData({ abi: abis.fund, functionName: fn, args } as never),
    });
    expect(buildEntryExit({ entry: "0.5", exit: "0.25" }, env, { entryBps: 25, exitBps: 25 })).toEqual({
      ok: true,
      actions: [fund("setEntryExitFees", [50, 25])],
    });
    expect(buildEntryExit({ entry: "2.5", exit: "x" }, env)).toEqual({
      ok: false,
      errors: { entry: "At most 2%: the fund's cap.", exit: "Enter a number such as 40 or 0.8." },
    });
    expect(buildEntryExit({ entry: "0.25", exit: "0.25" }, env, { entryBps: 25, exitBps: 25 })).toMatchObject({
      ok: false,
      errors: { form: expect.any(String) },
    });
  });
  it("limits: one action per limit that changes, the slippage cap", () => {
    const fund = (fn: string, n: number) => ({
      target: set.fund,
      value: 0n,
      calldata: encodeFunctionData({ abi: abis.fund, functionName: fn, args: [n] } as never),
    });
    const now = { maxLpBps: 1_000, maxSlippageBps: 100, minCashBps: 0 };
    expect(buildLimits({ maxLp: "10", maxSlippage: "0.5", minCash: "5" }, env, now)).toEqual({
      ok: true,
      actions: [fund("setMaxSlippage", 50), fund("setMinCash", 500)],
    });
    expect(buildLimits({ maxLp: "10", maxSlippage: "1", minCash: "0" }, env, now)).toMatchObject({
      ok: false,
      errors: { form: "These are the limits already: change at least one." },
    });
    expect(buildLimits({ maxLp: "10", maxSlippage: "12", minCash: "101" }, env, now)).toEqual({
      ok: false,
      errors: { maxSlippage: "At most 10%: the fund's cap.", minCash: "At most 100%." },
    });
    expect(buildLimits({ maxLp: "20", maxSlippage: "1", minCash: "0" }, env)).toMatchObject({
      ok: true,
      actions: [fund("setMaxLpBps", 2_000), fund("setMaxSlippage", 100), fund("setMinCash", 0)],
    });
  });
  it("delist: only a listed asset the fund neither holds nor trades in a pair, never the denomination", () => {
    expect(buildDelist({ token: UNI }, env)).toEqual({
      ok: true,
      actions: [
        {
          target: set.fund,
          value: 0n,
          calldata: encodeFunctionData({ abi: abis.fund, functionName: "removeAsset", args: [UNI] }),
        },
      ],
    });
    expect(buildDelist({ token: USDC }, env)).toEqual({
      ok: false,
      errors: { token: "USDC is the fund's own currency: it cannot be delisted." },
    });
    expect(buildDelist({ token: LINK }, env)).toEqual({
      ok: false,
      errors: { token: "The fund still holds some LINK: sell it first (a rebalance), then delist it." },
    });
    expect(buildDelist({ token: WETH }, env)).toEqual({
      ok: false,
      errors: { token: "An approved pair trades WETH against USDC: remove the pair first." },
    });
    expect(buildDelist({ token: addr(99) }, env)).toEqual({
      ok: false,
      errors: { token: "Choose one of the fund's listed assets." },
    });
  });
  it("reward: the cap's room, a memo, a real date", () => {
    const form = {
      contributor: addr(50),
      amount: "20000",
      category: "5",
      start: "2026-01-01",
      vestingDays: "180",
      memo: "Committee",
    };
    expect(buildReward(form, env)).toEqual({
      ok: false,
      errors: { amount: "Above what is left under the rewards' hard cap." },
    });
    const ok = buildReward({ ...form, amount: "5000" }, env);
    expect(ok.ok && ok.actions[0].target).toBe(set.contributionRewards);
  });
  it(
    "manager: governance hands the fund to its timelock; another mechanism needs a real address that is not " +
      "the timelock",
    () => {
      const setManager = (who: Address, mechanism: number) =>
        encodeFunctionData({ abi: abis.fund, functionName: "setManager", args: [who, mechanism] });
      expect(buildManager({ mechanism: "0", manager: "ignored" }, env)).toEqual({
        ok: true,
        actions: [{ target: set.fund, value: 0n, calldata: setManager(set.timelock, 0) }],
      });
      expect(buildManager({ mechanism: "1", manager: addr(60).toLowerCase() }, env)).toEqual({
        ok: true,
        actions: [{ target: set.fund, value: 0n, calldata: setManager(addr(60), 1) }],
      });
      expect(buildManager({ mechanism: "2", manager: set.timelock }, env)).toEqual({
        ok: false,
        errors: { manager: "That is the fund's timelock: choose governance as the mechanism instead." },
      });
      for (const own of [set.fund, set.governor, set.managerToken]) {
        const r = buildManager({ mechanism: "1", manager: own }, env);
        expect(r.ok === false && r.errors.manager, own).toMatch(
          /^That is the fund('s \w[\w ]+| itself): it cannot manage the fund\./,
        );
      }
      const bad = buildManager({ mechanism: "1", manager: "0x123" }, env);
      expect(bad.ok === false && bad.errors.manager).toMatch(/\w/);
    },
  );
  it("VAM deal: approves the deal at the address, unless reading it found a problem", () => {
    expect(buildVam({ deal: addr(70) }, env)).toEqual({
      ok: true,
      actions: [
        {
          target: set.fund,
          value: 0n,
          calldata: encodeFunctionData({ abi: abis.fund, functionName: "approveVamDeal", args: [addr(70)] }),
        },
      ],
    });
    expect(buildVam({ deal: addr(70) }, env, "This deal is for another fund.")).toEqual({
      ok: false,
      errors: { deal: "This deal is for another fund." },
    });
    const bad = buildVam({ deal: "not an address" }, env);
    expect(bad.ok === false && bad.errors.deal).toMatch(/\w/);
  });
  it("rebalance: per-row errors, zero minimum refused", () => {
    const r = buildRebalance(
      {
        swaps: [
          { pair: PAIR, tokenIn: WETH, amountIn: "2", minOut: "0" },
          { pair: addr(77), tokenIn: WETH, amountIn: "1", minOut: "1" },
        ],
      },
      env,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        swaps: [
          { minOut: "A minimum of zero accepts any price: set the least the fund must receive." },
          { pair: "Choose one of the fund's approved pairs." },
        ],
      },
    });
    const ok = buildRebalance({ swaps: [{ pair: PAIR, tokenIn: WETH, amountIn: "2", minOut: "4000" }] }, env);
    expect(ok.ok && ok.actions[0].calldata).toBe(
      encodeFunctionData({ abi: abis.fund, functionName: "swap", args: [PAIR, WETH, 2n * 10n ** 18n, 4_000_000_000n] }),
    );
  });
});

describe("a drafted vault move", () => {
  const VAULT = addr(90);
  const move = { kind: "vault" as const, vault: VAULT, asset: WETH, into: false, amount: 5n, minOut: 4n };
  it("runs in its place among the swaps, with its exact amounts", () => {
    const swap = { pair: PAIR, tokenIn: WETH, amountIn: "2", minOut: "4000" };
    const r = buildRebalance({ swaps: [move, swap, { ...move, into: true }] }, env);
    expect(r.ok && r.actions.map((a) => a.calldata)).toEqual([
      encodeFunctionData({ abi: abis.fund, functionName: "vaultMove", args: [VAULT, 5n, 4n, false] }),
      encodeFunctionData({ abi: abis.fund, functionName: "swap", args: [PAIR, WETH, 2n * 10n ** 18n, 4_000_000_000n] }),
      encodeFunctionData({ abi: abis.fund, functionName: "vaultMove", args: [VAULT, 5n, 4n, true] }),
    ]);
  });
  it("refuses a zero minimum, nothing to move and a vault of an asset the fund does not list", () => {
    const errors = (m: typeof move) => {
      const r = buildRebalance({ swaps: [m] }, env);
      return r.ok ? {} : r.errors.swaps[0];
    };
    expect(errors({ ...move, minOut: 0n }).minOut).toMatch(/minimum of zero/);
    expect(errors({ ...move, amount: 0n }).amount).toBe("Nothing to move.");
    expect(errors({ ...move, asset: addr(99) }).vault).toMatch(/not listed/);
  });
});

describe("a drafted swap's amounts", () => {
  const amountIn = 3_240_000_123_456_789_012_345_678n; // 3,240,000.123456789012345678 WETH
  const minOut = 1_234_567_891n; // 1,234.567891 USDC
  it("show six significant digits at most, never rounded up", () => {
    expect(amountInputText(amountIn, 18)).toBe("3240000.12");
    expect(amountInputText(minOut, 6)).toBe("1234.56");
    expect(amountInputText(1_234_567_890_123_456_789n, 18)).toBe("1.23456");
    expect(amountInputText(1_234_567_890_123_456n, 18)).toBe("0.00123456");
    expect(amountInputText(0n, 18)).toBe("0");
  });
  const swap = { pair: PAIR, tokenIn: WETH, exact: { amountIn, minOut } };
  const calldata = (a: bigint, m: bigint) =>
    encodeFunctionData({ abi: abis.fund, functionName: "swap", args: [PAIR, WETH, a, m] });
  it("are sent exact while the fields show their rounded text", () => {
    const r = buildRebalance({ swaps: [{ ...swap, amountIn: "3240000.12", minOut: "1234.56" }] }, env);
    expect(r.ok && r.actions[0].calldata).toBe(calldata(amountIn, minOut));
  });
  it("are what was typed once a field is edited", () => {
    const r = buildRebalance({ swaps: [{ ...swap, amountIn: "3240000.13", minOut: "1234.56" }] }, env);
    expect(r.ok && r.actions[0].calldata).toBe(calldata(3_240_000_130_000_000_000_000_000n, minOut));
  });
});

describe("proposal life", () => {
  const p = { voteStart: 1_000n, voteEnd: 2_000n, eta: 0n };
  it("quorum counts For and Abstain", () => {
    expect(quorumReached({ for: 3n, against: 100n, abstain: 1n }, 4n)).toBe(true);
    expect(quorumReached({ for: 3n, against: 100n, abstain: 0n }, 4n)).toBe(false);
  });
  it("what comes next", () => {
    expect(nextStep({ ...p, state: ProposalState.Pending }, 500n)).toEqual({ label: "Voting starts", at: 1_001n });
    expect(nextStep({ ...p, state: ProposalState.Active }, 1_500n)).toEqual({ label: "Voting ends", at: 2_001n });
    expect(nextStep({ ...p, state: ProposalState.Queued, eta: 3_000n }, 2_500n)).toEqual({
      label: "Executable",
      at: 3_000n,
    });
    expect(nextStep({ ...p, state: ProposalState.Queued, eta: 3_000n }, 3_000n)).toEqual({ label: "Ready to execute" });
    expect(nextStep({ ...p, state: ProposalState.Defeated }, 3_000n)).toBeUndefined();
  });
  it("a timeline marks done, current and skipped steps", () => {
    const st = (state: ProposalState, now: bigint) =>
      timeline({ proposal: { ...p, state, eta: 4_000n }, now }).map((s) => s.status);
    expect(st(ProposalState.Active, 1_500n)).toEqual(["done", "done", "current", "upcoming", "upcoming"]);
    expect(st(ProposalState.Defeated, 2_500n)).toEqual(["done", "done", "done", "skipped", "skipped"]);
    expect(st(ProposalState.Executed, 5_000n)).toEqual(["done", "done", "done", "done", "done"]);
  });
});

describe("why voting power is zero", () => {
  const base = {
    account: addr(7),
    current: 0n,
    balance: 0n,
    delegate: zeroAddress as Address,
    snapshot: 1_000n,
    decimals: 18,
    atSnapshot: 0n,
  };
  it("each reason", () => {
    expect(votingPower(base).whyZero).toMatch(/hold none/);
    expect(votingPower({ ...base, balance: 10n ** 22n }).whyZero).toMatch(/not delegated them/);
    expect(votingPower({ ...base, balance: 10n ** 22n, delegate: addr(8) }).whyZero).toMatch(
      /delegated your votes to 0x0000…0008/,
    );
    expect(votingPower({ ...base, balance: 10n ** 22n, delegate: addr(7), current: 10n ** 22n }).whyZero).toMatch(
      /only from after this proposal's snapshot/,
    );
    expect(votingPower({ ...base, atSnapshot: 5n })).toEqual({ votes: 5n, provisional: false });
    expect(votingPower({ ...base, atSnapshot: undefined, current: 7n })).toEqual({ votes: 7n, provisional: true });
  });
});

describe("the yield vault template", () => {
  const VAULT = addr(20);
  const GUARD = addr(21);
  const check = { asset: USDC, symbol: "USDC", decimals: 6 };
  const held = { ...env, held: new Map([[USDC.toLowerCase(), parseUnits("500", 6)]]) };
  const form = { vault: VAULT, maxMove: "1", allowed: true, deposit: "" };

  it("lists the vault with its guard and bound, and deposits only where the timelock manages", () => {
    const listed = buildVault(form, env, { guard: GUARD, timelockManages: false, check });
    expect(listed).toEqual({
      ok: true,
      actions: [
        {
          target: set.fund,
          value: 0n,
          calldata: encodeFunctionData({ abi: abis.fund, functionName: "setVault", args: [VAULT, GUARD, 100, true] }),
        },
      ],
    });
    const withDeposit = buildVault({ ...form, deposit: "250.5" }, held, { guard: GUARD, timelockManages: true, check });
    expect(withDeposit.ok && withDeposit.actions[1].calldata).toBe(
      encodeFunctionData({ abi: abis.fund, functionName: "vaultMove", args: [VAULT, 250_500_000n, 0n, true] }),
    );
    expect(buildVault({ ...form, deposit: "1" }, held, { guard: GUARD, timelockManages: false, check })).toMatchObject({
      ok: false,
      errors: { deposit: expect.stringContaining("manager deposits") },
    });
  });

  it("refuses what the fund would refuse", () => {
    const o = { guard: GUARD, timelockManages: true };
    const dai = { asset: addr(30), symbol: "DAI", decimals: 18 };
    expect(buildVault(form, env, { ...o, check: dai })).toMatchObject({
      ok: false,
      errors: { vault: expect.stringContaining("DAI") },
    });
    expect(buildVault({ ...form, maxMove: "101" }, env, { ...o, check })).toMatchObject({
      ok: false,
      errors: { maxMove: expect.stringContaining("100") },
    });
    expect(buildVault({ ...form, deposit: "501" }, held, { ...o, check })).toMatchObject({
      ok: false,
      errors: { deposit: expect.stringContaining("less USDC") },
    });
    expect(buildVault({ ...form, allowed: false, deposit: "1" }, held, { ...o, check })).toMatchObject({ ok: false });
    expect(buildVault(form, env, { ...o, check: "not a vault" })).toEqual({
      ok: false,
      errors: { vault: "not a vault" },
    });
    expect(buildVault(form, env, { timelockManages: true, check })).toMatchObject({
      ok: false,
      errors: { form: expect.any(String) },
    });
  });
});
