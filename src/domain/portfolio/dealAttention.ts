// The VAM deals that wait for an account, decided as the deal's card decides which buttons it
// shows (features/deals/DealActions): tranche 2 to exercise and the fund's leg to claim (anyone,
// so named to the fund's holders), the project's own legs, its escrow in a deal that lapsed, and a
// part assigned in an in-kind exit.
import {
  assignedClaimable,
  dealStatus,
  fundClaimable,
  projectClaimable,
  type ClaimState,
  type DealAmounts,
  type Leg,
  type StatusTerms,
} from "../vam/index.ts";

/** A deal as the account's read gives it: its own answers, no oracle rounds. */
export interface AccountDeal extends DealAmounts {
  deal: string;
  fund: string;
  project: string;
  /** What the deal is called: its project token's name. */
  name: string;
  terms: StatusTerms;
  /** VamDeal.exercisable() at the read. */
  exercisable: boolean;
  projectEscrowed: boolean;
  claims: ClaimState;
  /** The part of the second leg assigned to the account (1e18 = all). */
  assignedPart: bigint;
}

export type DealAction = "exercise" | "claim-fund" | "claim-project" | "withdraw" | "claim-assigned";

export interface DealAttention {
  kind: "deal";
  action: DealAction;
  deal: string;
  fund: string;
  name: string;
}

const some = (l: Leg) => l.assets > 0n || l.tokens > 0n;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * What `account` can do now in each deal, in the deals' order: `held` are the funds it holds
 * shares or manager tokens of (what anyone may do is named only to those who own a piece of it).
 */
export function dealAttention(
  deals: readonly AccountDeal[],
  account: string,
  held: readonly string[],
  now: bigint,
): DealAttention[] {
  const out: DealAttention[] = [];
  for (const d of deals) {
    const push = (action: DealAction) => out.push({ kind: "deal", action, deal: d.deal, fund: d.fund, name: d.name });
    const status = dealStatus(d.terms, d.exercisable, now);
    const holds = held.some((f) => same(f, d.fund));
    const isProject = same(account, d.project);
    if (holds && status === "exercisable") push("exercise");
    // The card offers the project its escrow back while the deal has not started; a pending deal
    // waits for the fund's vote and needs nothing, a lapsed one can only be withdrawn from.
    if (status === "pending" || status === "lapsed") {
      if (status === "lapsed" && isProject && d.projectEscrowed) push("withdraw");
      continue;
    }
    if (holds && some(fundClaimable(d, d.claims))) push("claim-fund");
    if (isProject && some(projectClaimable(d, d.claims))) push("claim-project");
    if (some(assignedClaimable(d, d.claims, d.assignedPart))) push("claim-assigned");
  }
  return out;
}
