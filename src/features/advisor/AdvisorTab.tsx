import { readErrorMessage } from "../../chain/index.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { AdvisorView } from "./AdvisorView.tsx";
import { useAdvisorRead } from "./useAdvisor.ts";

export function AdvisorTab({ fund }: FundSlotProps) {
  const q = useAdvisorRead(fund);
  if (q.error && !q.data) {
    return (
      <ErrorState
        title="The fund's prices could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  }
  if (!q.data) {
    return (
      <div aria-busy="true" data-testid="advisor-loading" className="space-y-3">
        <span className="sr-only">Reading a year of prices…</span>
        <div className="h-8 w-96 max-w-full animate-pulse rounded bg-muted" />
        <div className="h-72 animate-pulse rounded-xl bg-muted" />
        <div className="h-40 animate-pulse rounded-xl bg-muted" />
      </div>
    );
  }
  return <AdvisorView fund={fund} read={q.data} />;
}
