// The proposal that would move the fund to the suggestion, in the format the governance form
// opens (src/lib/rebalanceDraft.ts): `Fund.swap(pair, tokenIn, amountIn, minOut)` calls, in order.
import { parseUnits, type Address } from "viem";
import type { Objective, PlannedSwap, Portfolio } from "../../domain/advisor/index.ts";
import { formatTokenAmount } from "../../lib/format.ts";
import type { RebalanceDraft } from "../../lib/rebalanceDraft.ts";
import { percent } from "./format.ts";

export const OBJECTIVE_TITLE: Record<Objective, string> = {
  "min-variance": "minimum variance",
  "max-sharpe": "the maximum Sharpe ratio",
  "target-risk": "a target risk",
};

/** The most a minimum-out allowance may give away. */
const MAX_SLIPPAGE_BPS = 2_000n;

/** The allowance under the pools' quotes, from the text typed (percent, two decimals at most), in bps. */
export function parseSlippage(text: string): { bps: bigint } | { error: string } {
  const t = text.trim();
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(t))
    return { error: "Enter a percentage such as 1 or 2.5, with at most two decimals." };
  const bps = parseUnits(t, 2);
  if (bps === 0n)
    return { error: "With no allowance, any price move before execution makes it revert. Enter more than 0%." };
  if (bps > MAX_SLIPPAGE_BPS)
    return { error: "More than 20% would let a front-runner take too much. Enter at most 20%." };
  return { bps };
}

export type Token = { symbol: string; decimals: number };

export function swapText(s: PlannedSwap, token: (a: string) => Token) {
  const [i, o] = [token(s.tokenIn), token(s.tokenOut)];
  return (
    `${s.side === "sell" ? "Sell" : "Buy with"} ${formatTokenAmount(s.amountIn, i.decimals, i.symbol)} ` +
    `${s.side === "sell" ? "for" : "→"} at least ${formatTokenAmount(s.minOut, o.decimals, o.symbol)}`
  );
}

interface DraftInput {
  fund: Address;
  swaps: PlannedSwap[];
  objective: Objective;
  current: Portfolio;
  suggestion: Portfolio;
  days: number;
  block: bigint;
  slippageBps: bigint;
  token: (a: string) => Token;
}

export function draftOf(d: DraftInput): RebalanceDraft {
  const lines = d.swaps.map((s) => `- ${swapText(s, d.token)}`);
  const description = [
    `# Rebalance towards ${OBJECTIVE_TITLE[d.objective]}`,
    "",
    `Mean-variance allocation within the fund's guidelines, estimated from ${d.days} daily returns (shrunk ` +
      `covariances and means). ` +
      `Expected return ${percent(d.current.ret)} → ${percent(d.suggestion.ret)} a year, volatility ` +
      `${percent(d.current.vol)} → ${percent(d.suggestion.vol)}.`,
    "",
    ...lines,
    "",
    `Minimum out: ${percent(Number(d.slippageBps) / 1e4)} under the pools' quotes at block ${d.block}. Sells ` +
      `come first, so every step stays within the guidelines. ` +
      "Estimates from one year of prices, not forecasts: crypto returns have fat tails.",
  ].join("\n");
  return {
    fund: d.fund,
    swaps: d.swaps.map(({ pair, tokenIn, tokenOut, amountIn, minOut }) => ({
      pair,
      tokenIn,
      tokenOut,
      amountIn,
      minOut,
    })),
    description,
  };
}
