// How a deposit that needs an approval gets it, for assets that take a permit: a signature
// (no gas, one transaction) or an approval transaction, which some wallets handle better.
import { Segmented } from "../../components/Segmented.tsx";

export type ApproveWith = "permit" | "transaction";

const NOTES: Record<ApproveWith, string> = {
  permit: "You sign a permit (no gas), then the deposit goes in one transaction.",
  transaction: "Two transactions: an approval of the exact amount, then the deposit.",
};

export function ApprovalChoice({ value, onChange }: { value: ApproveWith; onChange: (v: ApproveWith) => void }) {
  return (
    <div className="space-y-1" data-testid="approval-choice">
      <Segmented
        legend="Approve with"
        showLegend
        name="approve-with"
        value={value}
        onChange={onChange}
        options={[
          { value: "permit", label: "Signature" },
          { value: "transaction", label: "Transaction" },
        ]}
      />
      <p className="text-xs text-subtle">{NOTES[value]}</p>
    </div>
  );
}
