// Default words for each custom error. A feature can pass better ones for its context (it
// knows the token's decimals and symbol); these never need more than the error's arguments.
import { formatDateTime } from "../../lib/dates.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { nameOf } from "./names.ts";

export type ErrorMessages = Partial<Record<string, (args: readonly unknown[]) => string>>;

const pct = (bps: unknown) => bpsPercent(BigInt(bps as bigint));
/** `part` as a percentage of `whole`, e.g. "2.5%" (bigint ratio, two decimals, no floats). */
function share(part: bigint, whole: unknown): string {
  const w = BigInt(whole as bigint);
  return w === 0n ? "value" : pct((part * 10_000n) / w);
}
const date = (seconds: unknown) => formatDateTime(BigInt(seconds as bigint));

// Governor proposal states, in the contract's order.
const PROPOSAL_STATES = ["pending", "active", "canceled", "defeated", "succeeded", "queued", "expired", "executed"];

function expectedStates(bitmap: unknown): string {
  const bits = BigInt(bitmap as string | bigint);
  const names = PROPOSAL_STATES.filter((_, i) => (bits >> BigInt(i)) & 1n);
  return names.join(" or ");
}

export const defaultMessages: ErrorMessages = {
  StalePrice: ([feed, updatedAt]) =>
    `The price from ${nameOf(feed)} is out of date (last update ${date(updatedAt)}). Deposits, cash ` +
    `redemptions and trades wait until the oracle reports again; you can still redeem in kind, which needs no price.`,
  SlippageExceeded: () =>
    "The price moved beyond your slippage limit before the transaction ran. Nothing was changed; review the " +
    "new preview and try again.",
  GuidelineBreached: ([asset, weight, limit]) =>
    `This would put ${nameOf(asset)} at ${pct(weight)} of the fund, above its guideline limit of ${pct(limit)}.`,
  AssetNotAllowed: ([asset]) => `${nameOf(asset)} is not allowed by the fund's guidelines.`,
  InsufficientLiquidity: () =>
    "The fund does not hold enough of its asset in cash to pay this out now. Try a smaller amount.",
  FeeAboveCap: ([bps, cap]) => `A fee of ${pct(bps)} is above the cap of ${pct(cap)}.`,
  NotManager: () => "Only the fund's manager can do this.",
  OwnableUnauthorizedAccount: () => "Only the fund's governance (its timelock) can do this.",
  ZeroAmount: () => "The amount must be more than zero.",
  InsufficientOutput: () => "The pool would pay out less than the minimum accepted. Nothing was changed.",
  ERC20InsufficientBalance: () => "Your token balance is lower than this amount.",
  ERC20InsufficientAllowance: () => "The fund is not allowed to take this much of your tokens yet (allowance too low).",
  ERC4626ExceededMaxDeposit: () => "This is more than the fund accepts as a deposit right now.",
  ERC4626ExceededMaxMint: () => "This is more than the fund can mint right now.",
  ERC4626ExceededMaxRedeem: () => "This is more than you can redeem right now.",
  ERC4626ExceededMaxWithdraw: () => "This is more than you can withdraw right now.",
  ERC2612ExpiredSignature: () => "The signed permit expired before the transaction ran. Sign again.",
  ERC2612InvalidSigner: () => "The permit was signed by another account.",
  PermitFailed: () =>
    "The signed permit was not accepted and no approval covers this amount. Nothing was moved; sign again.",
  UnknownFund: () => "This address is not a fund of the Evergreen registry.",
  NotOwnerOrCreator: () =>
    "Only the fund's creator (before anyone holds shares) or its governance can state the fund's strategy.",
  SharesExist: () => "People hold shares of this fund now: only a governance proposal can restate its strategy.",
  EmptyStatement: () => "The strategy statement is empty.",
  StatementTooLong: ([length, max]) => `The statement is ${length} bytes long; the registry takes at most ${max}.`,
  GovernorAlreadyCastVote: () => "This account has already voted on this proposal.",
  GovernorInsufficientProposerVotes: () => "Your voting power is below the proposal threshold.",
  GovernorNonexistentProposal: () => "There is no such proposal.",
  GovernorUnexpectedProposalState: ([, current, expected]) =>
    `The proposal is ${PROPOSAL_STATES[Number(current)] ?? "in another state"}; this needs it to be ` +
    `${expectedStates(expected)}.`,
  GovernorDisabledDeposit: () => "The governor does not accept deposits.",
  TimelockUnexpectedOperationState: () => "The timelock is not ready: the delay after queueing has not passed yet.",
  TimelockInsufficientDelay: () => "The delay is shorter than the timelock's minimum.",
  CapExceeded: () => "This would exceed the hard cap of manager tokens for contribution rewards.",
  NothingToClaim: () => "Nothing is vested and unclaimed yet.",
  ConditionNotMet: () => "The deal's condition has not held long enough yet: tranche 2 cannot be exercised.",
  WindowClosed: ([deadline]) => `The deal's window closed on ${date(deadline)}.`,
  WindowOpen: ([deadline]) => `The deal's window is open until ${date(deadline)}; it can only expire after that.`,
  WrongState: () => "The deal is not in a state that allows this.",
  NotParty: () => "Only a party to the deal can do this.",
  AlreadyEscrowed: () => "This party has already put its escrow in.",
  NotEscrowed: () => "The project has not escrowed its tokens (or took them back): the deal cannot start.",
  Lapsed: ([startBy]) => `The deal's start deadline passed on ${date(startBy)}: it can no longer start.`,
  NothingClaimable: () => "There is nothing left to claim from this deal for this account.",
  InvalidAssignment: () => "The fund cannot assign more of the deal than its own part, nor to no one.",
  InvalidTerms: () => "The deal's terms name no fund, project or tokens, no amounts or no window.",
  NonPositiveTarget: () => "The TVL target must be above zero.",
  DurationBeyondWindow: () => "The required duration is longer than the window: the condition could never hold.",
  ZeroMaxGap: () => "The maximum gap between reports must be more than zero.",
  AssetIsProjectToken: () => "The fund's asset and the project's token must differ.",
  ZeroOracle: () => "The deal must name a TVL oracle.",
  StartByPassed: ([startBy]) => `The start deadline ${date(startBy)} has already passed.`,
  ZeroShares: () =>
    "This amount is too small to buy even the smallest part of a share. Nothing was changed; enter a larger amount.",
  ValueNotKept: ([valueIn, gavBefore, gavAfter]) =>
    `The fund would lose ${share(BigInt(gavBefore as bigint) - BigInt(gavAfter as bigint), valueIn)} of what ` +
    `it gives at oracle prices, more than its slippage limit allows. Nothing was changed; try a smaller trade ` +
    `or a higher minimum out.`,
  CashBelowMinimum: () =>
    "This would leave the fund with less cash than its minimum-cash guideline requires. Nothing was changed; " +
    "spend less cash.",
  NotFromAmm: ([pair]) =>
    `${nameOf(pair)} is not a pool of Evergreen's own exchange: the fund may only use pools its exchange created.`,
  AssetInUse: ([token]) =>
    `${nameOf(token)} is still in use: the fund holds some, an approved pair trades it, or it is the fund's ` +
    `own currency. It cannot be removed yet.`,
  UnknownDeal: ([deal]) => `${nameOf(deal)} is not a deal this fund has an unclaimed leg in.`,
  NothingOwed: ([token]) => `The fund owes you nothing in ${nameOf(token)}: there is nothing to claim.`,
  AlreadyInitialized: () => "This fund has been set up already; its set-up cannot run twice.",
};
