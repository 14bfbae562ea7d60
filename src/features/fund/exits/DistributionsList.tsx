// The fund's distributions to investors (issue 18): when, in what, how much, and the NAV per share
// before and after the cash left the fund, as the Distributor recorded them.
import { ErrorState } from "../../../components/ErrorState.tsx";
import { readErrorMessage } from "../../../chain/index.ts";
import { formatDate } from "../../../lib/dates.ts";
import { money } from "../format.ts";
import type { FundData } from "../types.ts";
import { useDistributions } from "./useDistributions.ts";

export function DistributionsList({ d }: { d: FundData }) {
  const q = useDistributions(d.set.fund, d.block);
  if (q.error)
    return (
      <ErrorState
        title="The fund's distributions could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  if (!q.data)
    return (
      <div aria-busy="true" data-testid="distributions-loading" className="h-16 animate-pulse rounded-lg bg-muted" />
    );
  const { list, asset } = q.data;
  if (list.length === 0)
    return (
      <p data-testid="distributions-empty" className="text-sm text-subtle">
        No distribution yet: governance can return proceeds of an exit to the investors, pro rata to their shares at a
        snapshot.
      </p>
    );
  const m = (v: bigint) => money(v, asset.decimals, asset.symbol);
  return (
    <div className="space-y-1">
      <h3 className="text-sm font-medium">Distributions to investors</h3>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface text-sm" data-testid="distributions">
        {[...list].reverse().map((x) => (
          <li
            key={x.id.toString()}
            data-testid="distribution"
            data-id={x.id.toString()}
            data-amount={x.amount.toString()}
            className="grid gap-1 p-3 sm:grid-cols-[8rem_1fr_1fr] sm:items-baseline"
          >
            <span className="text-subtle">{formatDate(x.time)}</span>
            <span>
              <span className="font-mono">{m(x.amount)}</span>
              <span className="block text-xs text-subtle">
                to the holders at {formatDate(x.snapshot)}; {m(x.claimed)} claimed
              </span>
            </span>
            <span className="text-xs sm:text-right">
              <span className="text-subtle">NAV per share </span>
              <span data-testid="distribution-nav" className="whitespace-nowrap font-mono">
                {m(x.navBefore)} → {m(x.navAfter)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
