// What an account should act on: fees to claim, manager tokens that carry no votes, and votes
// about to close that it has not cast.
import { votingOpen } from "../governance/state.ts";

/** How soon a vote must close to be called out: voting periods last days, and a week's notice is noise. */
export const VOTE_SOON_S = 3n * 86_400n;

/** A proposal of the fund's governor, as its ProposalCreated log and any ProposalCanceled log tell it. */
export interface ProposalWindow {
  id: bigint;
  description: string;
  /** Governor clock (block timestamps): voting is open after voteStart and up to voteEnd, inclusive. */
  voteStart: bigint;
  voteEnd: bigint;
  canceled: boolean;
}

export type AttentionItem =
  | { kind: "claim" | "delegate"; fund: string }
  /** `endsIn`: seconds from `now` to the first moment voting is closed. */
  | { kind: "vote"; fund: string; proposalId: bigint; description: string; endsIn: bigint };

export type AttentionInput = {
  fund: string;
  claimableShares: bigint;
  managerTokens: bigint;
  /** In an investor-governed fund the shares vote (once delegated), not manager tokens. */
  shareVotes?: { shares: bigint };
  delegated: boolean;
  /** The account's voting power now: its own delegated tokens and those delegated to it. */
  votes?: bigint;
  proposals?: readonly ProposalWindow[];
  /** The proposals the account has voted on. */
  voted?: readonly bigint[];
};

/**
 * `now` is the chain's clock at the read. A proposal is Active while voting is open and it was not
 * canceled (execution needs the deadline passed, so it cannot end an open vote); those that close
 * within VOTE_SOON_S and the account can still vote on are listed, the soonest first in each fund.
 */
export function attention(holdings: readonly AttentionInput[], now = 0n): AttentionItem[] {
  const out: AttentionItem[] = [];
  for (const h of holdings) {
    if (h.claimableShares > 0n) out.push({ kind: "claim", fund: h.fund });
    const voting = h.shareVotes ? h.shareVotes.shares : h.managerTokens;
    if (voting > 0n && !h.delegated) out.push({ kind: "delegate", fund: h.fund });
    if (!h.votes || h.votes <= 0n) continue;
    const voted = new Set(h.voted ?? []);
    const ending = (h.proposals ?? [])
      .filter((p) => !p.canceled && !voted.has(p.id) && votingOpen(p, now) && p.voteEnd + 1n - now <= VOTE_SOON_S)
      .sort((a, b) => (a.voteEnd === b.voteEnd ? 0 : a.voteEnd < b.voteEnd ? -1 : 1));
    for (const p of ending)
      out.push({
        kind: "vote",
        fund: h.fund,
        proposalId: p.id,
        description: p.description,
        endsIn: p.voteEnd + 1n - now,
      });
  }
  return out;
}
