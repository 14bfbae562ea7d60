import { PlannedPage } from "../../components/PlannedPage.tsx";

export function AdvisorPage() {
  return (
    <PlannedPage
      title="Advisor"
      purpose="A long-only mean-variance allocation within a fund's guidelines, estimated from its assets' price history, drawn on the efficient frontier next to the current portfolio, with the governance proposal that would move the fund toward it."
    />
  );
}
