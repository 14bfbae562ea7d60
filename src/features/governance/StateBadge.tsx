import { ProposalState, STATE_LABEL } from "../../domain/governance/index.ts";

const TONE: Record<ProposalState, string> = {
  [ProposalState.Pending]: "border-line text-subtle",
  [ProposalState.Active]: "border-brand text-brand",
  [ProposalState.Canceled]: "border-line text-subtle",
  [ProposalState.Defeated]: "border-danger/60 text-danger",
  [ProposalState.Succeeded]: "border-brand text-brand",
  [ProposalState.Queued]: "border-brand text-brand",
  [ProposalState.Expired]: "border-line text-subtle",
  [ProposalState.Executed]: "border-brand bg-brand text-brand-fg",
};

export function StateBadge({ state }: { state: ProposalState }) {
  return (
    <span
      data-testid="proposal-state"
      className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[state]}`}
    >
      {STATE_LABEL[state]}
    </span>
  );
}
