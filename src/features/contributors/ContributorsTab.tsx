import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { ContributionsState } from "./ContributionsState.tsx";
import { FundContributionsView } from "./FundContributionsView.tsx";
import { useContributions } from "./useContributions.ts";

export function ContributorsTab({ fund }: FundSlotProps) {
  const q = useContributions(fund);
  const f = q.data?.funds[0];
  return (
    <div className="space-y-3 pt-2">
      <p className="max-w-3xl text-sm text-subtle">
        Labor vouchers: manager tokens that governance awards for contributions to the fund, minted as they vest.
      </p>
      {f ? <FundContributionsView f={f} /> : <ContributionsState q={q} />}
    </div>
  );
}
