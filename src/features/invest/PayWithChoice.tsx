// For a WETH fund: pay with native ether (wrapped in the same transaction) or with WETH.
import { Segmented } from "../../components/Segmented.tsx";
import type { PayWith } from "../../domain/portfolio/index.ts";

const NOTES: Record<PayWith, string> = {
  eth: "Your ETH is wrapped into WETH and deposited in one transaction, with no approval.",
  weth: "Your WETH is deposited as it is.",
};

export function PayWithChoice({ value, onChange }: { value: PayWith; onChange: (v: PayWith) => void }) {
  return (
    <div className="space-y-1" data-testid="pay-with">
      <Segmented
        legend="Pay with"
        showLegend
        name="pay-with"
        value={value}
        onChange={onChange}
        options={[
          { value: "eth", label: "ETH" },
          { value: "weth", label: "WETH" },
        ]}
      />
      <p className="text-xs text-subtle">{NOTES[value]}</p>
    </div>
  );
}
