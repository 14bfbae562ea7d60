// How the committee view writes its amounts, states and calls.
import type { Address } from "viem";
import type { DecisionState } from "../../domain/committee/index.ts";
import type { ErrorMessages } from "../../chain/tx/index.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { formatTokenAmount, shortAddress } from "../../lib/format.ts";
import type { Call, Pair, Token } from "./readCommittee.ts";

export const STATE_LABEL: Record<DecisionState, string> = {
  proposed: "Proposed",
  approved: "Approved",
  executed: "Executed",
  expired: "Expired",
  cancelled: "Cancelled",
};

type Tokens = ReadonlyMap<string, Token>;
const tokenOf = (tokens: Tokens, a: Address): Token =>
  tokens.get(a.toLowerCase()) ?? { address: a, symbol: shortAddress(a), decimals: 18 };
export const amountOf = (tokens: Tokens, token: Address, value: bigint) => {
  const t = tokenOf(tokens, token);
  return formatTokenAmount(value, t.decimals, t.symbol);
};
export const pairName = (pairs: readonly Pair[], tokens: Tokens, a: Address) => {
  const p = pairs.find((x) => x.address.toLowerCase() === a.toLowerCase());
  return p ? `${tokenOf(tokens, p.token0).symbol}/${tokenOf(tokens, p.token1).symbol}` : shortAddress(a);
};

/** A decision's call in words: "Swap 100 USDC for WETH (at least 0.03 WETH)". */
export function callText(c: Call, pairs: readonly Pair[], tokens: Tokens): string {
  if (c.kind === "unknown") return "A call the committee cannot read";
  if (c.kind === "vaultMove") {
    const vault = tokenOf(tokens, c.vault).symbol;
    const asset = c.asset && tokenOf(tokens, c.asset);
    if (c.into)
      return asset
        ? `Deposit ${amountOf(tokens, asset.address, c.amount)} into the ${vault} vault (at least ${amountOf(tokens, c.vault, c.minOut)})`
        : `Deposit into the ${vault} vault`;
    return asset
      ? `Redeem ${amountOf(tokens, c.vault, c.amount)} from its vault (at least ${amountOf(tokens, asset.address, c.minOut)})`
      : `Redeem from the ${vault} vault`;
  }
  const pair = pairs.find((p) => p.address.toLowerCase() === c.pair.toLowerCase());
  const name = pairName(pairs, tokens, c.pair);
  if (c.kind === "swap") {
    const out = pair && (pair.token0.toLowerCase() === c.tokenIn.toLowerCase() ? pair.token1 : pair.token0);
    const outText = out ? `${tokenOf(tokens, out).symbol} (at least ${amountOf(tokens, out, c.minOut)})` : name;
    return `Swap ${amountOf(tokens, c.tokenIn, c.amountIn)} for ${outText}`;
  }
  if (c.kind === "addLiquidity" && pair)
    return `Add ${amountOf(tokens, pair.token0, c.amount0)} and ${amountOf(tokens, pair.token1, c.amount1)} to ${name}`;
  if (c.kind === "removeLiquidity") return `Remove liquidity from ${name}`;
  return `Add liquidity to ${name}`;
}

const STATES = ["proposed", "approved", "executed", "expired", "cancelled"] as const;
/** The committee's errors in words; the fund's own (guidelines, value rule, stale prices) keep their defaults. */
export const committeeMessages: ErrorMessages = {
  NotMember: () => "Only a committee member whose term has not ended can do this.",
  AlreadyApproved: () => "You have already approved this decision.",
  NotEnoughApprovals: ([, n, m]) =>
    `This decision has ${n} counted approvals; it needs ${m} before it can be executed.`,
  DecisionNotOpen: ([, s]) => `This decision is ${STATES[Number(s)] ?? "closed"}: it can no longer be acted on.`,
  InvalidExpiry: ([t]) =>
    `The decision would expire on ${formatDateTime(BigInt(t as bigint))}, outside 30 days from now.`,
  CallNotAllowed: () =>
    "A committee may only swap, add or remove liquidity, or move money into or out of a yield vault for the fund.",
  NotProposer: () => "Only the member who proposed it (or governance) can cancel this decision.",
};
