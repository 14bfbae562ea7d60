import { PlannedPanel } from "../../components/PlannedPanel.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";

export function AdvisorTab(_: FundSlotProps) {
  return <PlannedPanel title="Advisor" purpose="A mean-variance allocation within this fund's guidelines." />;
}
