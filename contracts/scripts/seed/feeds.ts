// Daily rounds for every feed of the local world, with the phase change Chainlink's proxies go
// through on mainnet: on one day each proxy gets a new aggregator, whose rounds count from 1
// again in phase 2, so round ids jump and history readers must walk both phases.
import type { Ctx } from "./context.ts";

const STABLES = ["USDC", "DAI"];

/** A step that pushes day `d`'s price of every path (by symbol) to its feed's current aggregator. */
export function pricePusher(ctx: Ctx, paths: Record<string, bigint[]>, phaseChangeDay: number) {
  return (d: number) => async () => {
    for (const [symbol, path] of Object.entries(paths)) {
      if (d === phaseChangeDay) {
        const owner = ctx.deployer.account.address;
        const next = await ctx.viem.deployContract("LocalAggregator", [8, `${symbol} / USD`, owner]);
        await next.write.pushAnswer([path[d]]); // an answer first, so the proxy never reads an empty phase
        await ctx.feeds[symbol].write.setAggregator([next.address]);
        continue;
      }
      const [, current] = await ctx.feeds[symbol].read.latestRoundData();
      // An unchanged price gets no round (Chainlink's deviation threshold), but stables beat daily.
      if (current === path[d] && !STABLES.includes(symbol)) continue;
      await (await ctx.aggregatorOf(symbol)).write.pushAnswer([path[d]]);
    }
  };
}
