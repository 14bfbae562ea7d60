// The sections other features add to a fund's page, loaded on demand with their tab.
import type { ComponentType } from "react";
import type { FundSlotProps, FundTab } from "../lib/fundSlots.ts";
import { loadWallet } from "../chain/walletLayer.ts";
import { preloadable } from "../lib/preloadable.ts";

function tab(
  id: string,
  label: string,
  load: () => Promise<ComponentType<FundSlotProps>>,
  mechanism?: number,
  managerToken?: boolean,
): FundTab {
  const Panel = preloadable(() => load().then((c) => ({ default: c })));
  return { id, label, Panel, preload: Panel.preload, mechanism, managerToken };
}

export const fundTabs: readonly FundTab[] = [
  // Committee funds only (Mechanism.Committee).
  tab("committee", "Committee", () => import("../features/committee/index.ts").then((m) => m.CommitteeTab), 3),
  tab("governance", "Governance", () => import("../features/governance/index.ts").then((m) => m.GovernanceTab)),
  tab("deals", "Deals", () => import("../features/deals/index.ts").then((m) => m.DealsTab)),
  // Contribution rewards mint manager tokens: an investor-governed fund has none.
  tab(
    "contributors",
    "Contributors",
    () => import("../features/contributors/index.ts").then((m) => m.ContributorsTab),
    undefined,
    true,
  ),
  tab("advisor", "Advisor", () => import("../features/advisor/index.ts").then((m) => m.AdvisorTab)),
];

// The deposit and redeem panel: the fund page loads it when it comes into view or is asked for,
// with the wallet layer (wagmi), whose hooks the panel uses.
export const FundAside = preloadable(() =>
  Promise.all([import("../features/invest/index.ts"), loadWallet()]).then(([m]) => ({ default: m.InvestPanel })),
);
