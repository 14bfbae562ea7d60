// Where governance views live: a fund's Governance tab, with the proposal or the form in the query.
// Shared so that deals and awards link to the proposals that approved them.
export const tabPath = (fund: string) => `/fund/${fund}?tab=governance`;
export const proposalPath = (fund: string, id: bigint) => `${tabPath(fund)}&proposal=${id}`;
export const newProposalPath = (fund: string, template = "guideline") => `${tabPath(fund)}&new=${template}`;

/** What a link may fill in on the contribution-rewards template (a KOL's record proposes its reward). */
export type RewardPrefill = { contributor: string; category: number; memo: string; title: string; body: string };

/** The reward template of `fund`'s governance, filled in with `p`. */
export function rewardProposalPath(fund: string, p: RewardPrefill): string {
  const q = new URLSearchParams({
    contributor: p.contributor,
    category: String(p.category),
    memo: p.memo,
    title: p.title,
    body: p.body,
  });
  return `${newProposalPath(fund, "reward")}&${q.toString()}`;
}

/** The prefilled fields a link carries, each only when present (the category only when a whole number). */
export function readRewardPrefill(params: URLSearchParams): Partial<RewardPrefill> {
  const out: Partial<RewardPrefill> = {};
  for (const k of ["contributor", "memo", "title", "body"] as const) {
    const v = params.get(k);
    if (v !== null) out[k] = v;
  }
  const c = params.get("category");
  if (c !== null && /^\d+$/.test(c)) out.category = Number(c);
  return out;
}
