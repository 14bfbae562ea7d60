// The pages past Discover and the fund page load with their route, so that the optimiser,
// governance and the deal charts are not in the JavaScript every visit downloads.
import { lazy } from "react";

export const PortfolioPage = lazy(() =>
  import("../features/portfolio/index.ts").then((m) => ({ default: m.PortfolioPage })),
);
export const GovernancePage = lazy(() =>
  import("../features/governance/index.ts").then((m) => ({ default: m.GovernancePage })),
);
export const DealsPage = lazy(() => import("../features/deals/index.ts").then((m) => ({ default: m.DealsPage })));
export const ContributorsPage = lazy(() =>
  import("../features/contributors/index.ts").then((m) => ({ default: m.ContributorsPage })),
);
export const AdvisorPage = lazy(() => import("../features/advisor/index.ts").then((m) => ({ default: m.AdvisorPage })));
