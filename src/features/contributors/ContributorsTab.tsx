import { PlannedPanel } from "../../components/PlannedPanel.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";

export function ContributorsTab(_: FundSlotProps) {
  return <PlannedPanel title="Contributors" purpose="Contribution rewards awarded in this fund's manager token." />;
}
