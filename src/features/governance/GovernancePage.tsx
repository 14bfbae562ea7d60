import { PlannedPage } from "../../components/PlannedPage.tsx";

export function GovernancePage() {
  return (
    <PlannedPage
      title="Governance"
      purpose="Each fund's proposals with their decoded actions: vote, delegate, create proposals from templates, then queue and execute them."
    />
  );
}
