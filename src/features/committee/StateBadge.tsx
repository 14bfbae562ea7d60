import type { DecisionState } from "../../domain/committee/index.ts";
import { STATE_LABEL } from "./format.ts";

const TONE: Record<DecisionState, string> = {
  proposed: "border-dashed border-line text-fg",
  approved: "bg-brand text-brand-fg border-brand",
  executed: "border-line bg-muted text-fg",
  expired: "border-line bg-muted text-subtle",
  cancelled: "border-line bg-muted text-subtle",
};

export function StateBadge({ state }: { state: DecisionState }) {
  return (
    <span
      data-testid="decision-state"
      data-state={state}
      className={`inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[state]}`}
    >
      {STATE_LABEL[state]}
    </span>
  );
}
