import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { DealList } from "./DealList.tsx";
import { useDeals } from "./useDeals.ts";

export function DealsTab({ fund }: FundSlotProps) {
  const q = useDeals(fund);
  return (
    <div className="space-y-3 pt-2">
      <p className="max-w-3xl text-sm text-subtle">
        Primary-market investments with a valuation adjustment: the fund pays the first tranche at the start and the
        second only if the project's reported TVL holds above a target long enough.
      </p>
      <DealList
        q={q}
        showFund={false}
        empty="This fund has not joined or been asked to join any primary-market deal."
      />
    </div>
  );
}
