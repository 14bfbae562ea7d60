import { PlannedPage } from "../../components/PlannedPage.tsx";

export function ContributorsPage() {
  return (
    <PlannedPage
      title="Contributors"
      purpose="The ledger of labor vouchers: manager tokens awarded for contributions, by category, with their memo and vesting."
    />
  );
}
