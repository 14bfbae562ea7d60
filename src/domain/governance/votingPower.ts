// An account's voting power on one proposal, and why it is zero when it is: votes count as
// delegated at the proposal's snapshot, which is the most common surprise in governance.
import { zeroAddress, type Address } from "viem";
import { formatDateTime } from "../../lib/dates.ts";
import { formatAmount, shortAddress } from "../../lib/format.ts";

export interface PowerInput {
  account: Address;
  /** `getVotes(account, snapshot)`; undefined while the snapshot is in the future. */
  atSnapshot?: bigint;
  /** `getVotes(account)` now. */
  current: bigint;
  balance: bigint;
  /** `delegates(account)`. */
  delegate: Address;
  snapshot: bigint;
  decimals: number;
  /** What carries the votes, in words: "manager tokens" (the default) or an investor-governed fund's "shares". */
  unit?: string;
}

export interface Power {
  /** Votes that count on this proposal (expected ones while the snapshot is ahead). */
  votes: bigint;
  /** Whether the snapshot is still ahead, so the number can change. */
  provisional: boolean;
  /** Why there are no votes, in words; undefined when there are. */
  whyZero?: string;
}

export function votingPower(p: PowerInput): Power {
  const provisional = p.atSnapshot === undefined;
  const votes = p.atSnapshot ?? p.current;
  if (votes > 0n) return { votes, provisional };
  const tokens = formatAmount(p.balance, p.decimals);
  const unit = p.unit ?? "manager tokens";
  const self = p.delegate.toLowerCase() === p.account.toLowerCase();
  let whyZero: string;
  if (p.balance === 0n && p.current === 0n) {
    whyZero = `You hold none of this fund's ${unit} and nobody delegates votes to you.`;
  } else if (p.delegate === zeroAddress && p.current === 0n) {
    whyZero =
      `You hold ${tokens} ${unit} but have not delegated them, not even to yourself, so they carry no votes. ` +
      (provisional
        ? `Delegate to yourself before ${formatDateTime(p.snapshot)} to vote on this proposal.`
        : "Delegate to yourself to vote on proposals created from then on.");
  } else if (!self && p.delegate !== zeroAddress && p.current === 0n) {
    whyZero = `You delegated your votes to ${shortAddress(p.delegate)}: they vote with them.`;
  } else if (p.current > 0n) {
    whyZero =
      `Your votes count only from after this proposal's snapshot (${formatDateTime(p.snapshot)}): you ` +
      `delegated, or received ${unit} or delegations, later. They count on proposals created from now on.`;
  } else {
    whyZero = `You had no votes at this proposal's snapshot (${formatDateTime(p.snapshot)}).`;
  }
  return { votes, provisional, whyZero };
}
