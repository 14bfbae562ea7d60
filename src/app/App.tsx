import { BrowserRouter, Route, Routes } from "react-router";
import { AdvisorPage } from "../features/advisor/index.ts";
import { ContributorsPage } from "../features/contributors/index.ts";
import { DealsPage } from "../features/deals/index.ts";
import { DiscoverPage } from "../features/discover/index.ts";
import { FundPage } from "../features/fund/index.ts";
import { GovernancePage } from "../features/governance/index.ts";
import { PortfolioPage } from "../features/portfolio/index.ts";
import { Toaster } from "../components/Toaster.tsx";
import { AppHeader } from "./AppHeader.tsx";
import { FundAside, fundTabs } from "./fundSlots.ts";
import { NetworkBanner } from "./NetworkBanner.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";

export function App() {
  return (
    <BrowserRouter>
      <AppHeader />
      <NetworkBanner />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
        <Routes>
          <Route path="/" element={<DiscoverPage />} />
          <Route path="/fund/:address" element={<FundPage tabs={fundTabs} Aside={FundAside} />} />
          <Route path="/portfolio" element={<PortfolioPage />} />
          <Route path="/governance" element={<GovernancePage />} />
          <Route path="/deals" element={<DealsPage />} />
          <Route path="/contributors" element={<ContributorsPage />} />
          <Route path="/advisor" element={<AdvisorPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <Toaster />
    </BrowserRouter>
  );
}
