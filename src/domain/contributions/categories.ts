// ContributionRewards.Category, in the contract's order (paper ch. 3.2).
export const CATEGORIES = [
  "Initiator / dev team",
  "Early investor",
  "Cornerstone investor",
  "Decision support: institution",
  "Decision support: algorithm team",
  "Decision support: committee member",
  "Decision support: KOL",
  "Service provider",
] as const;

export const categoryName = (c: number) => CATEGORIES[c] ?? `Category ${c}`;
