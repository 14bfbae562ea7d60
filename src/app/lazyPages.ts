// Every page loads with its route, so that a visit downloads the code of the page it shows and
// not the others' (Discover does not carry the fund page, the optimiser or governance).
import { lazy } from "react";

export const DiscoverPage = lazy(() =>
  import("../features/discover/index.ts").then((m) => ({ default: m.DiscoverPage })),
);
export const FundPage = lazy(() => import("../features/fund/index.ts").then((m) => ({ default: m.FundPage })));

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
export const PicksPage = lazy(() => import("../features/picks/index.ts").then((m) => ({ default: m.PicksPage })));
// Shown only at an address no page lives at.
export const NotFoundPage = lazy(() => import("./NotFoundPage.tsx").then((m) => ({ default: m.NotFoundPage })));
