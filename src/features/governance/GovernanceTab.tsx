import { PlannedPanel } from "../../components/PlannedPanel.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";

export function GovernanceTab(_: FundSlotProps) {
  return <PlannedPanel title="Governance" purpose="This fund's proposals, votes and delegation." />;
}
