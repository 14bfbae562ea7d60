// The local world's yield through the seeded year: a USDC savings vault (5 % a year) and a WETH
// staking vault (3.2 % a year, with one slashing of 6 % on day 220) fed daily by their operator,
// a lending market with suppliers, borrowers and a liquidation when ETH falls, and the rate guard
// poked daily by a keeper (twice, an hour apart, so that each day's rate is accepted). Stable
// Yield holds the savings vault and the lending market's supply; Evergreen Ether the staking vault.
import { maxUint256, parseUnits, type Abi } from "viem";
import type { Ctx } from "./context.ts";
import { scheduleProposal, type Action } from "./governance.ts";
import type { Schedule } from "./schedule.ts";
import type { SeededFund } from "./funds.ts";
import { holdingValues } from "./activity.ts";

export const SLASH_DAY = 220;
const SLASH_BPS = 600n;
/** Yearly reward rates, in bps of the vault's assets. */
const SAVINGS_APR = 500n;
const STAKING_APR = 320n;
/** The rate bound governance sets for each vault: 1 %. */
const BOUND_BPS = 100;

export async function scheduleYield(
  ctx: Ctx,
  s: Schedule,
  day: (d: number) => bigint,
  days: number,
  funds: Record<string, SeededFund>,
) {
  const savings = await ctx.at("YieldVault", ctx.addr("SavingsUSDC"));
  const staking = await ctx.at("YieldVault", ctx.addr("StakedETH"));
  const market = await ctx.at("LendingMarket", ctx.addr("LendingMarket"));
  const guard = await ctx.at("VaultRateGuard", ctx.addr("VaultRateGuard"));
  const { USDC, WETH } = ctx.tokens;
  const vaults = [savings, staking, market];
  const poke = async () => {
    for (const v of vaults) await guard.write.poke([v.address]);
  };
  const supply = async (who: any, vault: any, token: any, amount: bigint) => {
    await token.write.mint([who.account.address, amount]);
    await token.write.approve([vault.address, maxUint256], { account: who.account });
    await vault.write.deposit([amount, who.account.address], { account: who.account });
  };
  const borrow = async (who: any, collateral: bigint, usdc: bigint) => {
    await WETH.write.mint([who.account.address, collateral]);
    await WETH.write.approve([market.address, maxUint256], { account: who.account });
    await market.write.supplyCollateral([collateral, who.account.address], { account: who.account });
    await market.write.borrow([usdc], { account: who.account });
  };

  s.at(day(0) + 90n * 60n, "yield: vaults and market open", async () => {
    await supply(ctx.dave, savings, USDC, parseUnits("3000000", 6));
    await supply(ctx.erin, staking, WETH, parseUnits("1500", 18));
    await supply(ctx.carol, market, USDC, parseUnits("6000000", 6));
    // Bob borrows well within the limit (40 % of his collateral's value); Erin near it (65 %), so
    // that a fall of ETH makes her liquidatable. USDC at 1: the loan's value in USDC units.
    const [, ethUsd] = await ctx.feeds.WETH.read.latestRoundData();
    const worth = (weth: bigint, bps: bigint) => (weth * BigInt(ethUsd) * bps) / 10_000n / 100n; // whole WETH × 8-decimal USD → 6-decimal USDC
    await borrow(ctx.bob, parseUnits("3000", 18), worth(3_000n, 4_000n));
    await borrow(ctx.erin, parseUnits("200", 18), worth(200n, 6_500n));
    for (const t of [USDC, WETH]) {
      await t.write.approve([savings.address, maxUint256]);
      await t.write.approve([staking.address, maxUint256]);
    }
    await USDC.write.approve([market.address, maxUint256], { account: ctx.carol.account });
    await poke();
  });

  for (let d = 1; d <= days; d++) {
    s.at(day(d) + 30n * 60n, `yield: rewards day ${d}`, async () => {
      for (const [vault, token, apr] of [
        [savings, USDC, SAVINGS_APR],
        [staking, WETH, STAKING_APR],
      ] as const) {
        const amount = ((await vault.read.totalAssets()) * apr) / 10_000n / 365n;
        await token.write.mint([ctx.deployer.account.address, amount]);
        await vault.write.reward([amount]);
      }
      if (d === SLASH_DAY) await staking.write.slash([SLASH_BPS]);
      // A liquidator watches Erin's position.
      // (a stale feed makes the market refuse to judge: then nobody liquidates today)
      if (await market.read.liquidatable([ctx.erin.account.address]).catch(() => false)) {
        const half = (await market.read.debtOf([ctx.erin.account.address])) / 2n;
        await USDC.write.mint([ctx.carol.account.address, half]);
        await market.write.liquidate([ctx.erin.account.address, half], { account: ctx.carol.account });
      }
      await poke();
    });
    // The keeper's second poke, past the guard's delay: today's rate is accepted before investors act.
    s.at(day(d) + 105n * 60n, `yield: guard day ${d}`, poke);
  }

  // Governance lists the vaults; Stable Yield's institution manager moves cash in, Evergreen
  // Ether's timelock (its manager) stakes part of its WETH in the same proposal.
  const FUND_ABI = await ctx.abi("Fund");
  const setVault = (f: SeededFund, vault: any): Action => ({
    target: f.fund.address,
    abi: FUND_ABI as Abi,
    functionName: "setVault",
    args: [vault.address, guard.address, BOUND_BPS, true],
  });
  s.at(day(5), "yield: vault proposals", async () => {
    const stable = funds.stable;
    scheduleProposal(
      ctx,
      s,
      stable,
      day(5) + 60n,
      [setVault(stable, savings), setVault(stable, market)],
      "# Allow the USDC savings vault and the lending market\n\nThe manager may keep part of the cash in the " +
        "savings vault and supply it to the lending market (never borrow), each valued at its exchange rate " +
        "and stopped for priced operations if that rate moves more than 1 % from the accepted one.",
      "executed",
    );
    const ether = funds.ether;
    const weth = await WETH.read.balanceOf([ether.fund.address]);
    scheduleProposal(
      ctx,
      s,
      ether,
      day(5) + 120n,
      [
        setVault(ether, staking),
        {
          target: ether.fund.address,
          abi: FUND_ABI as Abi,
          functionName: "vaultMove",
          args: [staking.address, (weth * 15n) / 100n, 0n, true],
        },
      ],
      "# Stake 15 % of the WETH\n\nDeposit into the staking vault, which earns about 3 % a year in WETH; it " +
        "counts toward WETH's weight and can be redeemed at any time.",
      "executed",
    );
  });
  // Stable Yield keeps 15 % in savings and 5 % lent, topped up monthly (after its rebalance).
  const stable = () => funds.stable;
  for (let d = 14; d <= days; d += 30) {
    s.at(day(d) + 330n * 60n, `yield: Stable Yield vault top-up day ${d}`, async () => {
      const f = stable();
      const { byToken, gav } = await holdingValues(f);
      for (const [vault, bps] of [
        [savings, 1_500n],
        [market, 500n],
      ] as const) {
        const have = byToken.get(vault.address.toLowerCase()) ?? 0n;
        const want = (gav * bps) / 10_000n;
        const cash = await USDC.read.balanceOf([f.fund.address]);
        const amount = want > have ? want - have : 0n;
        if (amount > 0n && amount < cash / 2n)
          await f.fund.write.vaultMove([vault.address, amount, 0n, true], { account: f.manager!.account });
      }
    });
  }
}
