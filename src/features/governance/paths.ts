// Where governance views live: a fund's Governance tab, with the proposal or the form in the query.
export const tabPath = (fund: string) => `/fund/${fund}?tab=governance`;
export const proposalPath = (fund: string, id: bigint) => `${tabPath(fund)}&proposal=${id}`;
export const newProposalPath = (fund: string) => `${tabPath(fund)}&new=guideline`;
