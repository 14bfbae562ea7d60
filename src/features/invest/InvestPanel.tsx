import { PlannedPanel } from "../../components/PlannedPanel.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";

export function InvestPanel(_: FundSlotProps) {
  return <PlannedPanel title="Deposit and redeem" purpose="Deposit the fund's asset for shares, or redeem shares for it." />;
}
