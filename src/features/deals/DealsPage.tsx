import { PlannedPage } from "../../components/PlannedPage.tsx";

export function DealsPage() {
  return (
    <PlannedPage
      title="Deals"
      purpose="Primary-market deals under the valuation adjustment mechanism: each deal's state, its TVL history against the target, the longest qualifying run and the time left for the second tranche."
    />
  );
}
