// A committee's decisions as the dApp shows them, from the committee's raw reads: which state
// each is in at a given time, which approvals still count, and who may act on it now. The
// contract's rules (FundCommittee.sol), reproduced so the page agrees with the chain.
import type { Address } from "viem";

export type DecisionState = "proposed" | "approved" | "executed" | "expired" | "cancelled";

export interface Member {
  account: Address;
  /** Unix seconds at which the term ends. */
  termEnd: bigint;
}

export interface RawDecision {
  id: bigint;
  proposer: Address;
  data: `0x${string}`;
  proposedAt: bigint;
  expiresAt: bigint;
  executed: boolean;
  cancelled: boolean;
  approvers: readonly Address[];
  /** Whether each approval counts, as the committee read it at its block (in office, in term, same election). */
  approvalCounts: readonly boolean[];
}

const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();

/** Whether `account` is a member whose term has not ended at `now`. */
export function inTerm(members: readonly Member[], account: Address | undefined, now: bigint): boolean {
  return !!account && members.some((m) => same(m.account, account) && m.termEnd > now);
}

/**
 * Approvals that count at `now`: those the chain counted at its block, less any whose member's
 * term has ended since (a term only ends with time; a removal or an election needs a new read).
 */
export function countedApprovers(d: RawDecision, members: readonly Member[], now: bigint): Address[] {
  return d.approvers.filter((a, i) => d.approvalCounts[i] && inTerm(members, a, now));
}

/** The decision's state at `now` (the contract's `stateOf`). */
export function decisionState(
  d: RawDecision,
  members: readonly Member[],
  threshold: bigint,
  now: bigint,
): DecisionState {
  if (d.executed) return "executed";
  if (d.cancelled) return "cancelled";
  if (d.expiresAt <= now) return "expired";
  return BigInt(countedApprovers(d, members, now).length) >= threshold ? "approved" : "proposed";
}

export interface DecisionActions {
  approve: boolean;
  execute: boolean;
  cancel: boolean;
  /** Why `account` can do none of it, when it can do nothing. */
  why?: string;
}

/** What `account` may do with decision `d` at `now`. */
export function actionsFor(
  d: RawDecision,
  members: readonly Member[],
  threshold: bigint,
  now: bigint,
  account: Address | undefined,
): DecisionActions {
  const state = decisionState(d, members, threshold, now);
  const none = (why: string): DecisionActions => ({ approve: false, execute: false, cancel: false, why });
  if (state !== "proposed" && state !== "approved") return none(`This decision is ${state}.`);
  if (!account) return none("Connect a member's wallet to act on it.");
  if (!inTerm(members, account, now)) return none("Only a member in term may approve or execute.");
  const counted = countedApprovers(d, members, now).some((a) => same(a, account));
  return {
    approve: !counted,
    execute: state === "approved",
    cancel: same(d.proposer, account),
  };
}

/** The decisions newest first, with their state at `now`. */
export function decisionRows(
  list: readonly RawDecision[],
  members: readonly Member[],
  threshold: bigint,
  now: bigint,
): (RawDecision & { state: DecisionState; counted: Address[] })[] {
  return [...list]
    .sort((a, b) => (a.id < b.id ? 1 : -1))
    .map((d) => ({
      ...d,
      state: decisionState(d, members, threshold, now),
      counted: countedApprovers(d, members, now),
    }));
}

/** The longest a decision may stay open (FundCommittee.MAX_DECISION_TTL). */
export const MAX_DECISION_DAYS = 30;

/** The expiry of a decision proposed at `now` that should stay open `days` whole days, or why not. */
export function parseExpiry(days: string, now: bigint): { ok: true; value: bigint } | { ok: false; error: string } {
  const t = days.trim();
  if (!/^\d+$/.test(t)) return { ok: false, error: "Whole days, e.g. 3." };
  const n = BigInt(t);
  if (n < 1n || n > BigInt(MAX_DECISION_DAYS)) return { ok: false, error: `Between 1 and ${MAX_DECISION_DAYS} days.` };
  // A few minutes short of the limit: the transaction lands a little after `now`.
  return { ok: true, value: now + n * 86_400n - (n === BigInt(MAX_DECISION_DAYS) ? 600n : 0n) };
}
