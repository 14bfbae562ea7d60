import { useParams } from "react-router";
import { isAddress } from "viem";
import { PlannedPage } from "../../components/PlannedPage.tsx";

export function FundPage() {
  const { address = "" } = useParams();
  const valid = isAddress(address);
  return (
    <PlannedPage
      title="Fund"
      purpose="A fund's overview, NAV and TVL history, holdings and LP positions, fees and intrinsic values, guidelines and mechanism, with deposit and redeem."
    >
      <p className="mt-3 text-subtle">
        {valid ? "Fund address: " : "This is not a valid address: "}
        <code className="break-all font-mono text-fg">{address}</code>
      </p>
    </PlannedPage>
  );
}
