// The sections other features add to a fund's page, loaded on demand with their tab.
import { lazy } from "react";
import type { FundTab } from "../lib/fundSlots.ts";

export const fundTabs: readonly FundTab[] = [
  {
    id: "governance",
    label: "Governance",
    Panel: lazy(() => import("../features/governance/index.ts").then((m) => ({ default: m.GovernanceTab }))),
  },
  {
    id: "deals",
    label: "Deals",
    Panel: lazy(() => import("../features/deals/index.ts").then((m) => ({ default: m.DealsTab }))),
  },
  {
    id: "contributors",
    label: "Contributors",
    Panel: lazy(() => import("../features/contributors/index.ts").then((m) => ({ default: m.ContributorsTab }))),
  },
  {
    id: "advisor",
    label: "Advisor",
    Panel: lazy(() => import("../features/advisor/index.ts").then((m) => ({ default: m.AdvisorTab }))),
  },
];

export const FundAside = lazy(() => import("../features/invest/index.ts").then((m) => ({ default: m.InvestPanel })));
