import { encodeFunctionData, getAddress, parseUnits, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import { actionsOf, decodeAction, proposalSet, referencesOf, type FundSet, type GovAbis } from "./decode.ts";
import { describeAction, type DescribeContext } from "./describe.ts";

const abis: GovAbis = {
  fund: abiOf("Fund"),
  rewards: abiOf("ContributionRewards"),
  governor: abiOf("FundGovernor"),
  timelock: abiOf("TimelockController"),
  splitter: abiOf("FeeSplitter"),
  strategy: abiOf("StrategyRegistry"),
  committee: abiOf("FundCommittee"),
};
const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const set: FundSet = {
  fund: addr(1),
  governor: addr(2),
  timelock: addr(3),
  contributionRewards: addr(4),
  managerToken: addr(5),
  feeSplitter: addr(6),
  strategyRegistry: addr(7),
  committee: addr(8),
};
const [WETH, USDC, PAIR, DEAL, TDL] = [addr(10), addr(11), addr(12), addr(13), addr(14)];
const k = (a: Address) => a.toLowerCase();

const ctx: DescribeContext = {
  set,
  tokens: new Map([
    [k(WETH), { symbol: "WETH", decimals: 18 }],
    [k(USDC), { symbol: "USDC", decimals: 6 }],
    [k(TDL), { symbol: "TDL", decimals: 18 }],
  ]),
  pairs: new Map([[k(PAIR), { token0: USDC, token1: WETH }]]),
  deals: new Map([
    [
      k(DEAL),
      {
        asset: USDC,
        projectToken: TDL,
        n1: parseUnits("100000", 6),
        p1: parseUnits("1000", 18),
        n2: parseUnits("150000", 6),
        p2: parseUnits("1000", 18),
        target: parseUnits("5000000", 8),
        tvlDecimals: 8,
        window: 180n * 86_400n,
        duration: 30n * 86_400n,
      },
    ],
  ]),
  managerToken: { symbol: "mETH", decimals: 18 },
  caps: { managementBps: 500, performanceBps: 3_000, hurdleBps: 2_000, entryExitBps: 200, slippageBps: 1_000 },
  current: {
    guidelines: new Map([
      [k(WETH), { allowed: true, maxWeightBps: 3_000 }],
      [k(USDC), { allowed: true, maxWeightBps: 10_000 }],
      [k(TDL), { allowed: false, maxWeightBps: 0 }],
    ]),
    fees: { managementBps: 100, performanceBps: 1_500, hurdleBps: 0 },
    entryExit: { entryBps: 25, exitBps: 25 },
    maxLpBps: 2_000,
    maxSlippageBps: 100,
    minCashBps: 0,
    manager: set.timelock,
    mechanism: 0,
    denomination: USDC,
    approvedPairs: [k(PAIR)],
    held: new Map([
      [k(WETH), parseUnits("1.5", 18)],
      [k(USDC), 10n ** 12n],
      [k(TDL), 0n],
    ]),
  },
};

function words(role: keyof GovAbis, functionName: string, args: readonly unknown[], c: DescribeContext = ctx) {
  const target = {
    fund: set.fund,
    rewards: set.contributionRewards,
    governor: set.governor,
    timelock: set.timelock,
    splitter: set.feeSplitter,
    strategy: set.strategyRegistry!,
    committee: set.committee!,
  }[role];
  const calldata = encodeFunctionData({ abi: abis[role], functionName, args } as never);
  return describeAction(decodeAction({ target, value: 0n, calldata }, set, abis), c);
}

describe("actions in words", () => {
  it("a guideline change against the current limit, and without it", () => {
    expect(words("fund", "setGuideline", [WETH, true, 4_000]).title).toBe(
      "Raise the maximum weight of WETH from 30% to 40%",
    );
    expect(words("fund", "setGuideline", [WETH, true, 4_000], { ...ctx, current: undefined }).title).toBe(
      "Set the maximum weight of WETH to 40%",
    );
    expect(words("fund", "setGuideline", [WETH, false, 0]).title).toBe("Stop the manager buying WETH");
  });

  it("a guideline for an asset the fund does not list warns that execution fails", () => {
    const t = words("fund", "setGuideline", [addr(98), true, 1_000]);
    expect(t.warnings.join()).toMatch(/0x0000…0062 is not listed/);
  });

  it("entry and exit fees: what moves, who is paid, and the cap", () => {
    const t = words("fund", "setEntryExitFees", [50, 25]);
    expect(t.title).toBe("Raise the entry fee from 0.25% to 0.5%");
    expect(t.details).toEqual([
      "The exit fee stays at 0.25%.",
      "Paid to the fund, not the manager, by investors who join or leave in cash; the in-kind exit pays none.",
    ]);
    expect(t.warnings).toEqual([]);
    expect(words("fund", "setEntryExitFees", [0, 10]).title).toBe(
      "Lower the entry fee from 0.25% to 0%, lower the exit fee from 0.25% to 0.1%",
    );
    expect(words("fund", "setEntryExitFees", [25, 25]).title).toBe("Keep the entry and exit fees at 0.25% and 0.25%");
    expect(words("fund", "setEntryExitFees", [25, 300]).warnings).toEqual([
      "An exit fee of 3% is above its 2% cap: execution would fail.",
    ]);
    expect(words("fund", "setEntryExitFees", [25, 50], { ...ctx, current: undefined }).title).toBe(
      "Set the entry fee to 0.25%, set the exit fee to 0.5%",
    );
  });

  it("the slippage limit and the minimum cash", () => {
    expect(words("fund", "setMaxSlippage", [50]).title).toBe("Lower the manager's slippage limit from 1% to 0.5%");
    expect(words("fund", "setMaxSlippage", [1_500]).warnings).toEqual([
      "15% is above the 10% cap: execution would fail.",
    ]);
    const cash = words("fund", "setMinCash", [500]);
    expect(cash.title).toBe("Raise the minimum cash from 0% to 5%");
    expect(cash.warnings).toEqual([]);
  });

  it("delisting: a free asset goes; the denomination, a held asset and a traded one are flagged", () => {
    const free = words("fund", "removeAsset", [TDL]);
    expect(free.title).toBe("Delist TDL");
    expect(free.warnings).toEqual([]);
    expect(words("fund", "removeAsset", [USDC]).warnings).toEqual([
      "USDC is the fund's own currency: it can never be delisted, and execution would fail.",
    ]);
    expect(words("fund", "removeAsset", [WETH]).warnings).toEqual([
      "The fund still holds 1.5 WETH: execution would fail unless it is sold first.",
      "The approved USDC/WETH pair trades it: execution would fail unless the pair is removed first.",
    ]);
    expect(words("fund", "removePair", [PAIR]).title).toBe("Remove the USDC/WETH pair");
  });

  it("fee changes name what moves and warn above the caps", () => {
    const t = words("fund", "setFees", [100, 2_000, 0]);
    expect(t.title).toBe("Raise the performance fee from 15% to 20%");
    expect(t.details).toEqual(["The management fee stays at 1%.", "The hurdle rate stays at 0%."]);
    expect(t.warnings).toEqual([]);
    expect(words("fund", "setFees", [80, 1_500, 300]).title).toBe(
      "Lower the management fee from 1% to 0.8%, raise the hurdle rate from 0% to 3%",
    );
    expect(words("fund", "setFees", [100, 3_100, 0]).warnings).toEqual([
      "A performance fee of 31% is above its 30% cap: execution would fail.",
    ]);
  });

  it("a VAM deal approval with its terms", () => {
    expect(words("fund", "approveVamDeal", [DEAL]).title).toBe(
      `Approve VAM deal: pay 100,000 USDC now and 150,000 USDC if TVL ≥ 5M USD for 30 days within 180 days`,
    );
  });

  it("a contribution reward", () => {
    const t = words("rewards", "award", [addr(99), parseUnits("5000", 18), 5, 86_400n, 0n, "Committee seat"]);
    expect(t.title).toBe("Award 5,000 manager tokens (mETH) to 0x0000…0063 for decision support (committee member)");
    expect(t.details).toEqual(["Claimable from 2 Jan 1970.", "Memo: “Committee seat”"]);
  });

  it("excluding a pool from the fee distribution, and readmitting it", () => {
    const w = words("splitter", "setExcluded", [PAIR, true]);
    expect(w.title).toBe("Exclude 0x0000…000C from the fee distribution");
    expect(w.details[0]).toContain("earn no fee shares");
    expect(words("splitter", "setExcluded", [PAIR, false]).title).toBe("Readmit 0x0000…000C to the fee distribution");
  });

  it("a swap, the manager, the LP limit and governor settings", () => {
    expect(words("fund", "swap", [PAIR, WETH, parseUnits("2", 18), parseUnits("4000.5", 6)]).title).toBe(
      "Swap 2 WETH for at least 4,000.5 USDC",
    );
    expect(words("fund", "setManager", [addr(77), 1]).title).toBe(
      "Make 0x0000…004D the manager, decided by an institution",
    );
    expect(words("fund", "setManager", [addr(77), 0]).warnings).toHaveLength(1);
    expect(words("fund", "setMaxLpBps", [2_500]).title).toBe("Raise the maximum share in LP positions from 20% to 25%");
    expect(words("governor", "setVotingPeriod", [5 * 86_400]).title).toBe("Set the voting period to 5\u00a0d");
    expect(words("timelock", "updateDelay", [172_800n]).title).toBe("Set the timelock delay to 2\u00a0d");
  });

  it("calls it cannot decode are flagged, never guessed", () => {
    const foreign = describeAction(
      decodeAction({ target: addr(500), value: 0n, calldata: "0xdeadbeef00" }, set, abis),
      ctx,
    );
    expect(foreign.warnings[0]).toMatch(/could not be decoded/);
    const garbage = describeAction(
      decodeAction({ target: set.fund, value: 0n, calldata: "0x12345678" }, set, abis),
      ctx,
    );
    expect(garbage.title).toMatch(/not one of Evergreen's functions/);
    const eth = describeAction(decodeAction({ target: addr(500), value: 10n ** 18n, calldata: "0x" }, set, abis), ctx);
    expect(eth.title).toBe("Send 1 ETH to 0x0000…01F4");
  });

  it("lists the addresses whose metadata the words need", () => {
    const calldatas = [
      encodeFunctionData({ abi: abis.fund, functionName: "swap", args: [PAIR, WETH, 1n, 1n] }),
      encodeFunctionData({ abi: abis.fund, functionName: "approveVamDeal", args: [DEAL] }),
      encodeFunctionData({ abi: abis.fund, functionName: "setGuideline", args: [TDL, true, 1] }),
      encodeFunctionData({ abi: abis.fund, functionName: "removeAsset", args: [USDC] }),
      encodeFunctionData({ abi: abis.fund, functionName: "removePair", args: [addr(15)] }),
    ];
    const actions = actionsOf({
      targets: calldatas.map(() => set.fund),
      values: calldatas.map(() => 0n),
      calldatas,
    }).map((a) => decodeAction(a, set, abis));
    expect(referencesOf(actions)).toEqual({ tokens: [WETH, TDL, USDC], pairs: [PAIR, addr(15)], deals: [DEAL] });
  });
});

describe("a restatement of the strategy", () => {
  it("quotes the new statement, and warns when it names another fund", () => {
    const mine = words("strategy", "state", [set.fund, "Holds WETH.\n\nRebalances weekly."]);
    expect(mine).toEqual({
      title: "Restate the fund's strategy",
      details: ["The statement becomes: “Holds WETH.\n\nRebalances weekly.”"],
      warnings: [],
    });
    const other = words("strategy", "state", [addr(99), "x"]);
    expect(other.title).toBe("Restate the strategy of another fund, 0x0000…0063");
    expect(other.warnings[0]).toMatch(/execution would fail/);
  });
});

describe("committee actions in words", () => {
  it("names the member, the term and the threshold", () => {
    const member = addr(0x99);
    expect(words("committee", "elect", [member, 1_900_000_000n]).title).toBe(
      "Elect 0x0000…0099 to the investment committee",
    );
    expect(words("committee", "elect", [member, 1_900_000_000n]).details[0]).toMatch(/^with a term ending /);
    expect(words("committee", "remove", [member]).title).toBe("Remove 0x0000…0099 from the investment committee");
    expect(words("committee", "setThreshold", [2n]).title).toBe("Require 2 committee approvals for each decision");
    expect(words("fund", "setManager", [set.committee, 3]).title).toMatch(/decided by an investment committee/);
  });
});

describe("a proposal that hands the fund to a committee", () => {
  it("words its calls to that committee, which is not yet the fund's", () => {
    const { committee: _, ...noCommittee } = set;
    const fresh = addr(0x77);
    const elect = {
      target: fresh,
      value: 0n,
      calldata: encodeFunctionData({ abi: abis.committee, functionName: "elect", args: [addr(0x99), 1_900_000_000n] }),
    };
    const hand = {
      target: set.fund,
      value: 0n,
      calldata: encodeFunctionData({ abi: abis.fund, functionName: "setManager", args: [fresh, 3] }),
    };
    const c = { ...ctx, set: noCommittee };
    expect(describeAction(decodeAction(elect, noCommittee, abis), c).title).toMatch(/not one of Evergreen's functions/);
    const seen = proposalSet([elect, hand], noCommittee, abis);
    expect(describeAction(decodeAction(elect, seen, abis), c).title).toBe(
      "Elect 0x0000…0099 to the investment committee",
    );
    expect(proposalSet([elect], noCommittee, abis)).toBe(noCommittee);
  });
});
