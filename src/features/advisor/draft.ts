// The proposal that would move the fund to the suggestion, in the format the governance form
// opens (src/lib/rebalanceDraft.ts): `Fund.vaultMove` redeems, `Fund.swap(pair, tokenIn, amountIn,
// minOut)` calls, then `Fund.vaultMove` deposits, in that order.
import { parseUnits, type Address } from "viem";
import type {
  LeftOut,
  Objective,
  PlannedSwap,
  Portfolio,
  RebalanceCall,
  VaultMove,
} from "../../domain/advisor/index.ts";
import { formatTokenAmount } from "../../lib/format.ts";
import type { RebalanceDraft } from "../../lib/rebalanceDraft.ts";
import { percent, signedPercent } from "./format.ts";

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

const bpsText = (b: bigint) => percent(Number(b) / 1e4);
const signedBps = (b: bigint) => signedPercent(Number(b) / 1e4);

/** What a swap loses (or gains) against the feeds, in the denomination and in % of the value sent. */
export function lossOf(s: PlannedSwap): { value: bigint; bps: bigint } {
  const value = s.valueIn - s.valueOut;
  return { value, bps: s.valueIn === 0n ? 0n : (value * 10_000n) / s.valueIn };
}

export function swapText(s: PlannedSwap, token: (a: string) => Token) {
  const [i, o] = [token(s.tokenIn), token(s.tokenOut)];
  return (
    `${s.side === "sell" ? "Sell" : "Buy with"} ${formatTokenAmount(s.amountIn, i.decimals, i.symbol)} ` +
    `${s.side === "sell" ? "for" : "→"} at least ${formatTokenAmount(s.minOut, o.decimals, o.symbol)}`
  );
}

/**
 * A `Fund.vaultMove` call in words: "Deposit 1,000 USDC into sUSDC for at least 990 sUSDC" or "Redeem 950 sUSDC from
 * sUSDC for at least 990 USDC" (`token` knows the vault's share token as well as its asset).
 */
export function vaultMoveText(m: VaultMove, token: (a: string) => Token) {
  const [a, v] = [token(m.asset), token(m.vault)];
  const [inTok, outTok] = m.into ? [a, v] : [v, a];
  return (
    `${m.into ? "Deposit" : "Redeem"} ${formatTokenAmount(m.amount, inTok.decimals, inTok.symbol)} ` +
    `${m.into ? "into" : "from"} the ${v.symbol} vault for at least ${formatTokenAmount(m.minOut, outTok.decimals, outTok.symbol)}`
  );
}

/** The swap's price against the feeds and what it loses there, e.g. "pool vs feeds −0.40%, loses 4.10 USDC (0.41%)". */
export function swapCostText(s: PlannedSwap, unit: Token) {
  const loss = lossOf(s);
  const money = formatTokenAmount(loss.value < 0n ? -loss.value : loss.value, unit.decimals, unit.symbol);
  return (
    `pool vs feeds ${signedBps(s.gapBps)}, ${loss.value < 0n ? "gains" : "loses"} ${money} ` +
    `(${bpsText(loss.bps < 0n ? -loss.bps : loss.bps)}) at the feeds' prices`
  );
}

/** Why a trade the model wanted is not drafted, in words. */
export function leftOutText(l: LeftOut, token: (a: string) => Token, assetToken: string, unit: Token) {
  const sym = token(assetToken).symbol;
  const worth = formatTokenAmount(l.value, unit.decimals, unit.symbol);
  const [verb, side] = l.side === "sell" ? ["Selling", "pays"] : ["Buying", "asks"];
  const where =
    l.reason === "pool-price"
      ? `the ${sym}/${unit.symbol} pool ${side} ${signedBps(l.gapBps)} against the feeds, so any such trade loses more ` +
        `than the fund's ${bpsText(l.limitBps)} slippage rule allows`
      : `the ${sym}/${unit.symbol} pool (${signedBps(l.gapBps)} against the feeds) is too shallow: beyond the part ` +
        `that keeps to the rule, the trade's price impact would lose more than the fund's ${bpsText(l.limitBps)} ` +
        "slippage rule allows";
  return (
    `${verb} ${sym} worth ${worth} at the feeds' prices is left out: ${where} ` +
    `(the whole trade would lose ${bpsText(l.lossBps)}).`
  );
}

/** "5.92% (−3.10% to 14.94%)": the estimate and one standard error either side. */
export const rangeText = (p: { ret: number; retSd: number }) =>
  `${percent(p.ret)} (${percent(p.ret - p.retSd)} to ${percent(p.ret + p.retSd)})`;

interface DraftInput {
  fund: Address;
  /** The calls in the order they run. */
  calls: RebalanceCall[];
  leftOut: LeftOut[];
  objective: Objective;
  current: Portfolio;
  suggestion: Portfolio;
  days: number;
  block: bigint;
  slippageBps: bigint;
  maxSlippageBps: bigint;
  token: (a: string) => Token;
  /** The listed asset at an index (the denomination at 0), for the left-out trades. */
  assetToken: (i: number) => string;
}

/** A call in words, as the proposal's description and the draft panel say it. */
export const callText = (c: RebalanceCall, token: (a: string) => Token) =>
  c.kind === "swap" ? swapText(c.swap, token) : vaultMoveText(c.move, token);

export function draftOf(d: DraftInput): RebalanceDraft {
  const unit = d.token(d.assetToken(0));
  const swaps = d.calls.flatMap((c) => (c.kind === "swap" ? [c.swap] : []));
  const moves = d.calls.length - swaps.length;
  const lines = d.calls.map(
    (c, i) => `${i + 1}. ${callText(c, d.token)}${c.kind === "swap" ? ` (${swapCostText(c.swap, unit)})` : ""}`,
  );
  const lost = swaps.reduce((x, s) => x + lossOf(s).value, 0n);
  const far = swaps.filter((s) => {
    const g = s.gapBps;
    return (g < 0n ? -g : g) > d.maxSlippageBps;
  });
  const warnings = [
    ...d.leftOut.map((l) => `- ${leftOutText(l, d.token, d.assetToken(l.asset), unit)}`),
    ...far.map(
      (s) =>
        `- The pool for ${d.token(s.side === "sell" ? s.tokenIn : s.tokenOut).symbol} sits ${signedBps(s.gapBps)} ` +
        `from the feeds: if arbitrage moves it before execution, the swap pays less than quoted and may revert.`,
    ),
    `- Together the swaps ${lost < 0n ? "gain" : "lose"} ` +
      `${formatTokenAmount(lost < 0n ? -lost : lost, unit.decimals, unit.symbol)} against the feeds' prices ` +
      `(no swap may lose more than the fund's ${bpsText(d.maxSlippageBps)} slippage rule).`,
    ...(moves > 0
      ? [
          "- Vault moves are priced at the rate each vault's guard accepted last. If a vault's rate moves more " +
            "than its bound before execution (a slashing, a manipulation), the fund stops priced operations and " +
            "the proposal reverts; a vault's yield is not guaranteed.",
        ]
      : []),
    "- Expected returns are estimates, not forecasts: ranges are ± one standard error, from one stretch of " +
      "history; crypto returns have fat tails.",
  ];
  const description = [
    `# Rebalance towards ${OBJECTIVE_TITLE[d.objective]}`,
    "",
    `Mean-variance allocation within the fund's guidelines and what its pools allow, estimated from ${d.days} ` +
      `daily returns (covariances shrunk towards constant correlation, expected returns towards zero). ` +
      `Expected return ${rangeText(d.current)} → ${rangeText(d.suggestion)} a year, volatility ` +
      `${percent(d.current.vol)} → ${percent(d.suggestion.vol)}.`,
    "",
    ...lines,
    "",
    "## Warnings",
    "",
    ...warnings,
    "",
    `Minimum out: ${percent(Number(d.slippageBps) / 1e4)} under the pools' quotes` +
      (moves > 0 ? " and the vaults' accepted rates" : "") +
      ` at block ${d.block}. ` +
      (moves > 0
        ? "Redeems come first, then sells, then buys, and deposits last, so every step stays within the guidelines " +
          "and spends only what the steps before it brought."
        : "Sells come first, so every step stays within the guidelines."),
  ].join("\n");
  return {
    fund: d.fund,
    calls: d.calls.map((c) =>
      c.kind === "swap"
        ? {
            kind: "swap" as const,
            pair: c.swap.pair,
            tokenIn: c.swap.tokenIn,
            tokenOut: c.swap.tokenOut,
            amountIn: c.swap.amountIn,
            minOut: c.swap.minOut,
          }
        : {
            kind: "vault" as const,
            vault: c.move.vault,
            asset: c.move.asset,
            amount: c.move.amount,
            minOut: c.move.minOut,
            into: c.move.into,
          },
    ),
    description,
  };
}
