import { Suspense } from "react";
import { BrowserRouter, Route, Routes } from "../lib/router/index.ts";
import { Toaster } from "../components/Toaster.tsx";
import { AppHeader } from "./AppHeader.tsx";
import { ChainGate } from "./ChainGate.tsx";
import { FundAside, fundTabs } from "./fundSlots.ts";
import {
  AdvisorPage,
  ContributorsPage,
  DealsPage,
  DiscoverPage,
  FundPage,
  GovernancePage,
  NotFoundPage,
  PicksPage,
  PortfolioPage,
} from "./lazyPages.ts";
import { NetworkBannerSlot } from "./NetworkBannerSlot.tsx";
import { RpcBanner } from "./RpcBanner.tsx";
import { useFollowWallet } from "./useFollowWallet.ts";

const pageFallback = (
  <div role="status" aria-busy="true" className="h-64 animate-pulse rounded-lg bg-muted">
    <span className="sr-only">Loading the page…</span>
  </div>
);

export function App() {
  return (
    <BrowserRouter>
      <Shell />
    </BrowserRouter>
  );
}

function Shell() {
  useFollowWallet();
  return (
    <>
      <AppHeader />
      <NetworkBannerSlot />
      <RpcBanner />
      <Toaster />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
        <ChainGate>
          <Suspense fallback={pageFallback}>
            <Routes>
              <Route path="/" element={<DiscoverPage />} />
              <Route path="/fund/:address" element={<FundPage tabs={fundTabs} Aside={FundAside} />} />
              <Route path="/portfolio" element={<PortfolioPage />} />
              <Route path="/governance" element={<GovernancePage />} />
              <Route path="/deals" element={<DealsPage />} />
              <Route path="/contributors" element={<ContributorsPage />} />
              <Route path="/advisor" element={<AdvisorPage />} />
              <Route path="/picks" element={<PicksPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </ChainGate>
      </main>
    </>
  );
}
