// A distribution to investors through a real proposal (issue 18): DeFi Blue Chips returns part of
// its cash to the holders at the proposal's time. Bob and Carol hold shares then; after the
// snapshot Bob gives Dave half of his, which moves no entitlement. Once executed, Alice and the
// fee splitter's part are claimed, Bob's and Carol's are left for them to claim.
import { formatUnits, type Abi } from "viem";
import { DAY, type Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import { deposit } from "./activity.ts";
import { executedAt, scheduleProposal } from "./governance.ts";
import type { Schedule } from "./schedule.ts";

const HOUR = 3_600n;

/** `fund` gives the fund once the schedule has created it. */
export function scheduleDistribution(ctx: Ctx, s: Schedule, fund: () => SeededFund, fundAbi: Abi, t0: bigint) {
  const usdc = 10n ** 6n;
  // Both are holders at the snapshot, whatever the random deposits did before.
  s.at(t0 - 2n * HOUR, "distribution holders (DeFi)", async () => {
    for (const who of [ctx.bob, ctx.carol]) await deposit(ctx, fund(), who, 20_000n * usdc + 123_457n);
  });
  s.at(t0, "distribution proposal (DeFi)", async () => {
    const f = fund();
    const cash = await f.asset.read.balanceOf([f.fund.address]);
    const amount = (cash / 20n / usdc) * usdc; // whole USDC, a twentieth of the cash
    const snapshot = t0; // this proposal's time: strictly past when it executes
    scheduleProposal(
      ctx,
      s,
      f,
      t0 + 60n,
      [{ target: f.fund.address, abi: fundAbi, functionName: "distribute", args: [amount, snapshot] }],
      `# Distribute ${formatUnits(amount, 6)} USDC to investors\n\nProceeds of the AAVE exit go back to ` +
        "the holders of egDEFI at the time of this proposal, pro rata to their shares.",
      "executed",
    );
  });
  // After the snapshot: Bob's transfer moves shares, not his part of the distribution.
  s.at(t0 + 3n * HOUR, "bob transfers shares after the snapshot (DeFi)", async () => {
    const f = fund();
    const shares = await f.fund.read.balanceOf([ctx.bob.account.address]);
    await f.fund.write.transfer([ctx.dave.account.address, shares / 2n], { account: ctx.bob.account });
  });
  s.at(executedAt(t0 + 60n) + 5n * HOUR, "some holders claim (DeFi)", async () => {
    const f = fund();
    const dist = await ctx.at("Distributor", await f.fund.read.distributor());
    const n = await dist.read.distributionCount();
    if (n === 0n) throw new Error("the DeFi distribution should have been executed");
    for (const who of [ctx.alice.account.address, f.splitter.address])
      if ((await dist.read.claimable([n - 1n, who])) > 0n) await dist.write.claim([n - 1n, who]);
  });
}

/** When the seeded distribution's proposal is made, days before the end of the history. */
export const DISTRIBUTION_DAYS_BEFORE_END = 20n * DAY;
