import { PlannedPage } from "../../components/PlannedPage.tsx";

export function PortfolioPage() {
  return (
    <PlannedPage
      title="Portfolio"
      purpose="Your positions in every fund with cost basis and profit and loss, your manager tokens, the fees you can claim and your voting power."
    />
  );
}
