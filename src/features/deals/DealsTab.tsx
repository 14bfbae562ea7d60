import { AppLink } from "../../components/AppLink.tsx";
import { dealsTabPath } from "../../lib/dealPaths.ts";
import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { useSearchParams } from "../../lib/router/index.ts";
import { DealList } from "./DealList.tsx";
import { useDeals } from "./useDeals.ts";

export function DealsTab({ fund }: FundSlotProps) {
  const q = useDeals(fund);
  const [params] = useSearchParams();
  // A link to one deal (the portfolio's, say) shows its card alone, with the way back to all.
  const deal = params.get("deal") ?? undefined;
  return (
    <div className="space-y-3 pt-2">
      {deal ? (
        <AppLink to={dealsTabPath(fund)} className="text-sm text-brand underline underline-offset-2">
          All deals of this fund
        </AppLink>
      ) : (
        <p className="max-w-3xl text-sm text-subtle">
          Primary-market investments with a valuation adjustment: the fund pays the first tranche at the start and the
          second only if the project's reported TVL holds above a target long enough.
        </p>
      )}
      <DealList
        q={q}
        showFund={false}
        deal={deal}
        empty={
          deal
            ? "This fund has no such deal."
            : "This fund has not joined or been asked to join any primary-market deal."
        }
      />
    </div>
  );
}
