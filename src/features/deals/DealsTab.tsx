import { PlannedPanel } from "../../components/PlannedPanel.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";

export function DealsTab(_: FundSlotProps) {
  return <PlannedPanel title="Deals" purpose="This fund's VAM deals, their tranches and conditions." />;
}
