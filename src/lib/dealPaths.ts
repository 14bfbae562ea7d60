// Where a deal's card lives: its fund's Deals tab, the deal named in the query (as a proposal is
// on the Governance tab). Shared so that other pages link to a deal's actions.
export const dealsTabPath = (fund: string) => `/fund/${fund}?tab=deals`;
export const dealPath = (fund: string, deal: string) => `${dealsTabPath(fund)}&deal=${deal.toLowerCase()}`;
