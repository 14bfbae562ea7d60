// Committee Growth's investment committee: deployed for the fund, handed the fund by a real
// governance proposal that also elects its three members and sets M = 2, then decisions over
// the year that end in every state (executed, expired, cancelled, approved, proposed).
import { encodeFunctionData, parseUnits, type Abi, type Address } from "viem";
import { DAY, type Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import { scheduleProposal, type Action } from "./governance.ts";
import type { Schedule } from "./schedule.ts";
import { arbitrage } from "./amm.ts";
import { Mechanism } from "./funds.ts";

const HOUR = 3_600n;

export async function deployCommittee(ctx: Ctx, f: SeededFund) {
  return (await ctx.viem.deployContract("FundCommittee" as never, [f.fund.address, f.timelock] as never)) as any;
}

interface Plan {
  ctx: Ctx;
  s: Schedule;
  f: SeededFund;
  committee: any;
  day: (d: number) => bigint;
  tEnd: bigint;
  pairs: Record<string, any>;
  symbols: Record<Address, string>;
  fundAbi: Abi;
}

export function scheduleCommittee({ ctx, s, f, committee, day, tEnd, pairs, symbols, fundAbi }: Plan) {
  const [alice, bob, carol] = [ctx.alice, ctx.bob, ctx.carol];
  const c = (functionName: string, args: unknown[]): Action => ({
    target: committee.address,
    abi: committee.abi,
    functionName,
    args,
  });
  // Terms run past the seeded year: two for a year more, one for half a year.
  const yearOn = tEnd + 365n * DAY;
  scheduleProposal(
    ctx,
    s,
    f,
    day(0) + 3n * HOUR,
    [
      c("elect", [alice.account.address, yearOn]),
      c("elect", [bob.account.address, yearOn]),
      c("elect", [carol.account.address, tEnd + 180n * DAY]),
      c("setThreshold", [2n]),
      {
        target: f.fund.address,
        abi: fundAbi,
        functionName: "setManager",
        args: [committee.address, Mechanism.Committee],
      },
    ],
    "# Hand management to an investment committee\n\nElects Alice, Bob and Carol to the committee, two of " +
      "three to approve each trade, and makes the committee the fund's manager.",
    "executed",
  );

  /** Proposes at `t` that the fund swap `bps` of its `symIn` through USDC/`other`, quoted 2 % short. */
  function propose(
    t: bigint,
    who: any,
    symIn: string,
    other: string,
    bps: bigint,
    ttl: bigint,
    after?: (id: bigint) => void,
  ) {
    s.at(t, `committee proposes: ${symIn} → ${symIn === "USDC" ? other : "USDC"}`, async () => {
      const pair = pairs[`USDC/${other}`];
      await arbitrage(ctx, pair, symbols);
      const tokenIn = ctx.tokens[symIn];
      const amountIn = ((await tokenIn.read.balanceOf([f.fund.address])) * bps) / 10_000n;
      const out = await pair.read.getAmountOut([tokenIn.address, amountIn]);
      const data = encodeFunctionData({
        abi: fundAbi,
        functionName: "swap",
        args: [pair.address, tokenIn.address, amountIn, (out * 98n) / 100n],
      });
      const id = await committee.read.decisionCount();
      await committee.write.propose([data, t + ttl], { account: who.account });
      after?.(id);
    });
  }
  const approve = (t: bigint, who: any, id: () => bigint) =>
    s.at(t, "committee approves", () => committee.write.approve([id()], { account: who.account }));
  const execute = (t: bigint, who: any, id: () => bigint, pairKey: string) =>
    s.at(t, "committee executes", async () => {
      await arbitrage(ctx, pairs[pairKey], symbols);
      await committee.write.execute([id()], { account: who.account });
    });

  // The members' seats rewarded in manager tokens (labor vouchers, category "committee member").
  const COMMITTEE_MEMBER = 5;
  scheduleProposal(
    ctx,
    s,
    f,
    day(190) + 60n,
    [alice, bob, carol].map((m) => ({
      target: f.rewards.address,
      abi: f.rewards.abi as Abi,
      functionName: "award",
      args: [
        m.account.address,
        parseUnits("10000", 18),
        COMMITTEE_MEMBER,
        Number(day(190)),
        Number(180n * DAY),
        "Committee seat, first half-year",
      ],
    })),
    "# Reward the committee's first half-year\n\n10,000 manager tokens to each member, vesting over 180 days.",
    "executed",
  );

  // Executed: a first WETH position, then a WBTC one.
  for (const [d, sym, bps] of [
    [12, "WETH", 2_500n],
    [100, "WBTC", 1_500n],
  ] as const) {
    let id = 0n;
    propose(day(d) + 5n * HOUR, alice, "USDC", sym, bps, 3n * DAY, (x) => (id = x));
    approve(day(d) + 6n * HOUR, bob, () => id);
    execute(day(d) + 7n * HOUR, carol, () => id, `USDC/${sym}`);
  }
  // Expired: Carol's proposal to trim WETH finds no second member in time.
  propose(day(200) + 5n * HOUR, carol, "WETH", "WETH", 2_000n, 2n * DAY);
  // Cancelled: Bob withdraws his own proposal the next day.
  let cancelled = 0n;
  propose(day(250) + 5n * HOUR, bob, "USDC", "WBTC", 500n, 5n * DAY, (x) => (cancelled = x));
  s.at(day(251) + 5n * HOUR, "committee cancels", () => committee.write.cancel([cancelled], { account: bob.account }));
  // Approved, not yet executed; and just proposed, waiting for a second member.
  let approved = 0n;
  propose(tEnd - DAY, alice, "USDC", "WBTC", 500n, 10n * DAY, (x) => (approved = x));
  approve(tEnd - DAY + HOUR, bob, () => approved);
  propose(tEnd - 6n * HOUR, bob, "WETH", "WETH", 1_000n, 7n * DAY);
}
