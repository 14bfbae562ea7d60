// The seeded investor-governed fund, "Evergreen Commons": no manager token and no fee splitter;
// its investors delegate their shares on the fund's share ledger and vote with them. It charges no
// management or performance fee (none was named to receive one). Four holders delegate as the
// managed funds' manager-token holders do: the founder and Alice to themselves, Bob to Alice, and
// Carol never (so the dApp has an undelegated investor to warn). Its proposals end in every state.
import { parseUnits, type Abi, type Address } from "viem";
import { HEARTBEAT, type Ctx, DAY } from "./context.ts";
import { Mechanism, type SeededFund } from "./funds.ts";
import { scheduleProposal, type Action } from "./governance.ts";
import type { Schedule } from "./schedule.ts";

const HOUR = 3_600n;

export const COMMONS_STRATEGY =
  "A fund without a manager token: its investors govern it with their shares. Every trade, guideline and " +
  "fee change is a proposal that investors vote on with the shares they delegated, executed by the " +
  "timelock two days after it passes.\n\n" +
  "It holds USDC and WETH (at most 50 % of its value) and charges no management or performance fee; the " +
  "timelock, which the investors govern, would receive any fee they later decide on.";

export async function createCommons(ctx: Ctx) {
  const feed = (s: string) => ctx.feeds[s].address;
  const config = {
    name: "Evergreen Commons",
    symbol: "egCOMMONS",
    asset: ctx.tokens.USDC.address,
    assetFeed: feed("USDC"),
    assetHeartbeat: HEARTBEAT,
    assets: [{ token: ctx.tokens.WETH.address, feed: feed("WETH"), heartbeat: HEARTBEAT, maxWeightBps: 5_000 }],
    maxLpBps: 0,
    managementBps: 0,
    performanceBps: 0,
    hurdleBps: 0,
    entryBps: 0,
    exitBps: 0,
    manager: ctx.deployer.account.address, // the factory puts the timelock here
    mechanism: Mechanism.Governance,
    owner: ctx.deployer.account.address, // replaced by the factory with the fund's timelock
  };
  const governance = {
    votingDelay: 86_400,
    votingPeriod: 4 * 86_400,
    proposalThreshold: parseUnits("1000", 12), // shares: USDC's 6 decimals and the fund's offset of 6
    quorumPercent: 4n,
    timelockDelay: 2n * 86_400n,
    feeRecipient: "0x0000000000000000000000000000000000000000" as Address,
  };
  await ctx.factory.write.createInvestorFund([config, governance], { account: ctx.deployer.account });
  const all = await ctx.factory.read.allFunds();
  const set = all[all.length - 1];
  await ctx.strategies.write.state([set.fund, COMMONS_STRATEGY], { account: ctx.deployer.account });
  const fund = await ctx.at("Fund", set.fund);
  const ledger = await ctx.at("ShareLedger", await fund.read.ledger());
  return {
    set,
    fund,
    ledger,
    asset: ctx.tokens.USDC,
    governor: await ctx.at("FundGovernor", set.governor),
    timelock: set.timelock,
  };
}
export type Commons = Awaited<ReturnType<typeof createCommons>>;

/** The first investors join and delegate; then the proposals, each ending in its state by `tEnd`. */
export function scheduleCommons(
  ctx: Ctx,
  s: Schedule,
  c: Commons,
  day: (d: number) => bigint,
  tEnd: bigint,
  pair: { address: Address; read: { getAmountOut: (a: [Address, bigint]) => Promise<bigint> } },
  fundAbi: Abi,
  /** Brings the pool back to the feeds' price before the swap executes (the fund trades only near them). */
  arbitrage: () => Promise<unknown>,
) {
  const usdc = ctx.tokens.USDC;
  const join = async (who: typeof ctx.alice, usd: string, delegate?: Address) => {
    const amount = parseUnits(usd, 6);
    await usdc.write.mint([who.account.address, amount]);
    await usdc.write.approve([c.fund.address, amount], { account: who.account });
    await c.fund.write.deposit([amount, who.account.address], { account: who.account });
    if (delegate) await c.ledger.write.delegate([delegate], { account: who.account });
  };
  s.at(day(1) + 30n * 60n, "Commons: first investors join and delegate", async () => {
    await join(ctx.founder, "400000", ctx.founder.account.address);
    await join(ctx.alice, "150000", ctx.alice.account.address);
    await join(ctx.bob, "100000", ctx.alice.account.address);
    await join(ctx.carol, "50000");
  });
  s.at(day(90) + 30n * 60n, "Commons: more deposits", async () => {
    await join(ctx.alice, "40000");
    await join(ctx.dave, "25000", ctx.dave.account.address);
  });
  s.at(day(240) + 30n * 60n, "Commons: a redemption", async () => {
    const shares = (await c.fund.read.balanceOf([ctx.bob.account.address])) / 4n;
    await c.fund.write.redeem([shares, ctx.bob.account.address, ctx.bob.account.address], { account: ctx.bob.account });
  });
  // The governance helpers need only the governor of what they are given.
  const f = { governor: c.governor } as unknown as SeededFund;
  const call = (functionName: string, args: unknown[]): Action => ({
    target: c.fund.address,
    abi: fundAbi,
    functionName,
    args,
  });
  scheduleProposal(
    ctx,
    s,
    f,
    day(2) + 60n,
    [call("addPair", [pair.address])],
    "# Approve the USDC/WETH pair\n\nLets proposals buy and sell WETH through it.",
    "executed",
  );
  s.at(day(12), "Commons: buy WETH proposal", async () => {
    const amountIn = ((await usdc.read.balanceOf([c.fund.address])) * 3_000n) / 10_000n;
    const out = await pair.read.getAmountOut([usdc.address, amountIn]);
    scheduleProposal(
      ctx,
      s,
      f,
      day(12) + 60n,
      [call("swap", [pair.address, usdc.address, amountIn, (out * 70n) / 100n])],
      "# Buy WETH with 30 % of the cash\n\nThe investors' first allocation.",
      "executed",
      arbitrage,
    );
  });
  scheduleProposal(
    ctx,
    s,
    f,
    day(200) + 60n,
    [call("setFees", [50, 0, 0])],
    "# Charge a 0.5 % management fee\n\nPaid in shares to the fund's timelock, to fund audits.",
    "defeated",
  );
  scheduleProposal(
    ctx,
    s,
    f,
    day(350) + 60n,
    [call("setEntryExitFees", [25, 25])],
    "# Entry and exit fees of 0.25 %\n\nPaid to the fund, to protect the investors who stay.",
    "queued",
  );
  scheduleProposal(
    ctx,
    s,
    f,
    tEnd - 2n * DAY,
    [call("setGuideline", [ctx.tokens.WETH.address, true, 6_000])],
    "# Allow up to 60 % in WETH",
    "active",
  );
  scheduleProposal(
    ctx,
    s,
    f,
    tEnd - 8n * HOUR,
    [call("setMaxLpBps", [1_000])],
    "# Allow LP positions up to 10 %",
    "pending",
  );
}
