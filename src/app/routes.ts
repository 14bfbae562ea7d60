/** The pages of the top bar, in order (a fund's page is reached from Discover). */
export const NAV_ITEMS = [
  { to: "/", label: "Discover" },
  { to: "/portfolio", label: "Portfolio" },
  { to: "/governance", label: "Governance" },
  { to: "/deals", label: "Deals" },
  { to: "/contributors", label: "Contributors" },
  { to: "/picks", label: "Picks" },
  { to: "/advisor", label: "Advisor" },
] as const;
