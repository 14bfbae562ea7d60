// Where governance views live: a fund's Governance tab, with the proposal or the form in the query.
// Shared so that deals and awards link to the proposals that approved them.
export const tabPath = (fund: string) => `/fund/${fund}?tab=governance`;
export const proposalPath = (fund: string, id: bigint) => `${tabPath(fund)}&proposal=${id}`;
export const newProposalPath = (fund: string, template = "guideline") => `${tabPath(fund)}&new=${template}`;
