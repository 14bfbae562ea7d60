// Loading, error, empty and the list of deals, for the Deals page and a fund's Deals tab.
import { readErrorMessage } from "../../chain/index.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { DealCard } from "./DealCard.tsx";
import type { DealStatus } from "../../domain/vam/index.ts";
import { STATUS_ORDER } from "./format.ts";
import type { useDeals } from "./useDeals.ts";

interface Props {
  q: ReturnType<typeof useDeals>;
  showFund: boolean;
  /** Only deals in this status. */
  only?: DealStatus;
  /** Only this deal (its address). */
  deal?: string;
  empty: string;
}

export function DealList({ q, showFund, only, deal, empty }: Props) {
  if (q.error && !q.data) {
    return (
      <ErrorState
        title="The deals could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  }
  if (!q.data) {
    return (
      <div data-testid="deals-loading" aria-busy="true" className="space-y-3">
        <div className="h-40 animate-pulse rounded-xl bg-muted" />
        <div className="h-40 animate-pulse rounded-xl bg-muted" />
      </div>
    );
  }
  const { now } = q.data;
  const deals = q.data.deals.filter(
    (d) => (!only || d.view.status === only) && (!deal || d.address.toLowerCase() === deal.toLowerCase()),
  );
  if (deals.length === 0) return <EmptyState title="No deals">{empty}</EmptyState>;
  const sorted = [...deals].sort((a, b) => STATUS_ORDER.indexOf(a.view.status) - STATUS_ORDER.indexOf(b.view.status));
  return (
    <div className="space-y-4" data-block={q.data.block.toString()} data-testid="deal-list">
      {sorted.map((d) => (
        <DealCard key={d.address} d={d} now={now} showFund={showFund} />
      ))}
    </div>
  );
}
