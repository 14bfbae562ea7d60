// Every page of the app with the heading it shows, for the shell and accessibility specs.
import { allFunds, fundName } from "./chain.ts";

export interface PageCase {
  name: string;
  path: string;
  heading: string;
  /** The top-bar link marked current on this page, if any. */
  nav?: string;
}

export async function everyPage(): Promise<PageCase[]> {
  const [first] = await allFunds();
  if (!first) throw new Error("the seeded world has no fund");
  return [
    { name: "discover", path: "/", heading: "Discover funds", nav: "Discover" },
    { name: "fund", path: `/fund/${first.fund}`, heading: await fundName(first.fund) },
    { name: "portfolio", path: "/portfolio", heading: "Portfolio", nav: "Portfolio" },
    { name: "governance", path: "/governance", heading: "Governance", nav: "Governance" },
    { name: "deals", path: "/deals", heading: "Deals", nav: "Deals" },
    { name: "contributors", path: "/contributors", heading: "Contributors", nav: "Contributors" },
    { name: "advisor", path: "/advisor", heading: "Advisor", nav: "Advisor" },
    { name: "picks", path: "/picks", heading: "Picks", nav: "Picks" },
    { name: "not-found", path: "/no/such/page", heading: "Page not found" },
  ];
}
