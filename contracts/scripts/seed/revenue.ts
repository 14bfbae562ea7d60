// Manager-token revenue by buyback (issue 18): Primary Ventures' governance excludes a (share,
// manager token) pool from the fees and switches its fee splitter to buyback mode, so the fee
// shares that arrive from then on wait for buybacks. The founder prices the pool below the
// waiting shares' value per manager token, and a keeper buys back manager tokens there twice,
// which the splitter burns.
import { getAddress, parseUnits, type Abi } from "viem";
import { DAY, type Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import { addLiquidity } from "./amm.ts";
import { deposit } from "./activity.ts";
import { executedAt, scheduleProposal } from "./governance.ts";
import type { Schedule } from "./schedule.ts";

const HOUR = 3_600n;
/** Manager tokens the founder puts in the pool. */
export const REVENUE_POOL_TOKENS = parseUnits("200000", 18);
/** The pool's price, in percent of the waiting shares' value per manager token. */
export const REVENUE_POOL_PRICE_PCT = 70n;
/** Each buyback sells this fraction (1/n) of the fee shares waiting. */
const BUYBACK_PART = 100n;

/** `fund` gives the fund once the schedule has created it; `t0` is when the pool is created. */
export function scheduleRevenueBuyback(ctx: Ctx, s: Schedule, fund: () => SeededFund, t0: bigint) {
  const pairOf = async (f: SeededFund) =>
    getAddress(await ctx.amm.read.getPair([f.fund.address, f.managerToken.address]));

  s.at(t0, "share/manager-token pair (Ventures)", async () => {
    const f = fund();
    await ctx.amm.write.createPair([f.fund.address, f.managerToken.address]);
    const pair = await pairOf(f);
    const splitterAbi = f.splitter.abi as Abi;
    scheduleProposal(
      ctx,
      s,
      f,
      t0 + HOUR,
      [
        { target: f.splitter.address, abi: splitterAbi, functionName: "setExcluded", args: [pair, true] },
        { target: f.splitter.address, abi: splitterAbi, functionName: "setRevenueMode", args: [true, pair] },
      ],
      "# Pay manager-token holders by buyback\n\nFrom now on the fee shares stay in the splitter, and anyone " +
        "may sell them in the egVC/mVC pool for manager tokens, only below the waiting shares' value per token; " +
        "the tokens bought are burnt, so every remaining token gains. The pool is excluded from the fees first.",
      "executed",
    );
  });

  // A month of fees after the switch: the founder prices the pool below their value per token.
  const pooled = executedAt(t0 + HOUR) + 35n * DAY;
  s.at(pooled, "share/manager-token pool (Ventures)", async () => {
    const f = fund();
    if (!(await f.splitter.read.buybackMode())) throw new Error("Primary Ventures' splitter should be in buyback mode");
    await f.splitter.write.distribute();
    const pending: bigint = await f.splitter.read.buybackShares();
    const supply: bigint = await f.managerToken.read.totalSupply();
    const shares = (pending * REVENUE_POOL_TOKENS * REVENUE_POOL_PRICE_PCT) / (supply * 100n);
    if (shares === 0n) throw new Error("no fee shares wait for a buyback in Primary Ventures");
    await deposit(ctx, f, ctx.founder, ((await f.fund.read.previewMint([shares])) * 101n) / 100n);
    const pool = await ctx.at("AmmPair", await pairOf(f));
    await addLiquidity(ctx, pool, f.fund, f.managerToken, shares, REVENUE_POOL_TOKENS, ctx.founder);
  });

  for (const [i, t] of [pooled + DAY, pooled + 15n * DAY].entries())
    s.at(t, `manager-token buyback ${i + 1} (Ventures)`, async () => {
      const f = fund();
      const shares = (await f.splitter.read.uncredited()) / BUYBACK_PART;
      const pool = await ctx.at("AmmPair", await pairOf(f));
      const out = await pool.read.getAmountOut([f.fund.address, shares]);
      await f.splitter.write.buyback([shares, (out * 99n) / 100n]);
    });
}
