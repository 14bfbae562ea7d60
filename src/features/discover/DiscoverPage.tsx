import { useMemo, type ReactNode } from "react";
import { BrokenFunds } from "../../components/BrokenFunds.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { StaleFunds } from "../../components/StaleFunds.tsx";
import { readErrorMessage, useAppChain } from "../../chain/index.ts";
import { DENOMINATION_LABEL, useDenomination } from "../../lib/denomination.ts";
import { ComparePanel } from "./ComparePanel.tsx";
import { FundTable } from "./FundTable.tsx";
import { FundTableSkeleton } from "./FundTableSkeleton.tsx";
import { PhoneSort } from "./PhoneSort.tsx";
import { buildRows, filterRows, sortRows } from "./rows.ts";
import { clearedFilters, Toolbar } from "./Toolbar.tsx";
import { useDiscoverView } from "./useDiscoverView.ts";
import { useFundList } from "./useFundList.ts";
import { useUnitValuation } from "./useUnitValuation.ts";
import { MAX_COMPARE, needsWholeList } from "./view.ts";

const count = new Intl.NumberFormat();

function errorDetail(error: Error) {
  return readErrorMessage(error);
}

/** A read that failed under content still shown: what went wrong, in words, and a Retry. */
function RetryLine({ testId, onRetry, children }: { testId?: string; onRetry: () => void; children: ReactNode }) {
  return (
    <p role="alert" data-testid={testId} className="text-sm text-danger">
      {children}{" "}
      <button type="button" className="underline" onClick={onRetry}>
        Retry
      </button>
    </p>
  );
}

export function DiscoverPage() {
  const { chain } = useAppChain();
  const { data, error, refetch } = useFundList();
  const [unit] = useDenomination();
  const [urlView, setView] = useDiscoverView();

  const assets = useMemo(() => [...new Set(data?.funds.map((f) => f.asset.symbol))].sort(), [data]);
  // An asset no fund has, or a compared address that is no fund, counts as not set.
  const view = useMemo(() => {
    const asset = assets.find((a) => a.toLowerCase() === urlView.asset?.toLowerCase());
    const known = new Set(data?.funds.map((f) => f.address.toLowerCase()));
    return { ...urlView, asset, compare: data ? urlView.compare.filter((a) => known.has(a)) : urlView.compare };
  }, [urlView, assets, data]);
  const valuation = useUnitValuation(data, unit);
  const all = useMemo(() => (data ? buildRows(data, unit, valuation.toUnit) : []), [data, unit, valuation.toUnit]);
  const rows = useMemo(() => sortRows(filterRows(all, view), view), [all, view]);
  // Funds after the first call's, still being read: the list draws in registry order meanwhile.
  const pending = data?.pending ?? 0;
  const compared = view.compare
    .map((a) => all.find((r) => r.fund.address.toLowerCase() === a))
    .filter((r) => r !== undefined);

  return (
    <section aria-labelledby="discover-title" className="space-y-4">
      <header>
        <h1 id="discover-title" className="text-2xl font-semibold tracking-tight">
          Discover funds
        </h1>
        <p className="mt-1 text-sm text-subtle">
          Evergreen funds are open every day: join or leave at the intrinsic value per share while their prices are
          fresh, and leave in kind at any time.
        </p>
      </header>
      {error && !data ? (
        <ErrorState
          title={`Could not read the funds from ${chain.name} at ${chain.rpcUrls.default.http[0]}.`}
          detail={errorDetail(error)}
          onRetry={() => void refetch()}
        />
      ) : !data ? (
        <FundTableSkeleton />
      ) : data.funds.length === 0 && pending === 0 ? (
        <>
          <BrokenFunds funds={data.broken} />
          <EmptyState title={data.broken.length ? "No other fund yet" : "No funds yet"}>
            Funds created through the factory appear here.
          </EmptyState>
        </>
      ) : (
        <>
          <BrokenFunds funds={data.broken} />
          <StaleFunds names={data.funds.filter((f) => !f.pricesFresh).map((f) => f.name)} />
          <Toolbar view={view} onView={setView} unit={unit} assets={assets} />
          <PhoneSort view={view} onView={setView} />
          {valuation.error && (
            <RetryLine onRetry={() => valuation.retry()}>
              Could not read the past prices to show returns in {DENOMINATION_LABEL[unit]}:{" "}
              {errorDetail(valuation.error)}
            </RetryLine>
          )}
          {pending > 0 && error ? (
            // The first call's funds stay listed; the others' read failed (after its retries).
            <RetryLine testId="funds-pending-error" onRetry={() => void refetch()}>
              Could not read the other {count.format(pending)} {pending === 1 ? "fund" : "funds"}: {errorDetail(error)}
            </RetryLine>
          ) : (
            pending > 0 && (
              <p role="status" data-testid="funds-pending" className="text-xs text-subtle">
                Reading {count.format(pending)} more {pending === 1 ? "fund" : "funds"}
                {needsWholeList(view) ? " to sort and filter the whole list" : ""}…
              </p>
            )
          )}
          <p className="text-xs text-subtle" id="compare-limit" aria-live="polite">
            {compared.length >= MAX_COMPARE
              ? `Compare up to ${MAX_COMPARE} funds: uncheck one to pick another.`
              : `Tick up to ${MAX_COMPARE} funds to compare them. ${unit === "asset" ? "Returns and trends are in each fund's own asset." : `Returns are in ${DENOMINATION_LABEL[unit]} at each day's prices; trends in each fund's own asset.`}`}
          </p>
          {pending > 0 && needsWholeList(view) ? (
            <FundTableSkeleton />
          ) : rows.length === 0 && pending === 0 ? (
            <div
              data-testid="no-match"
              className="rounded-xl border border-dashed border-line bg-surface p-8 text-center"
            >
              <p className="font-medium">No fund matches these filters.</p>
              <button
                type="button"
                onClick={() => setView(clearedFilters)}
                className={
                  "mt-4 rounded-lg bg-brand px-4 py-2 text-sm " +
                  "font-medium text-brand-fg hover:opacity-90 focus-visible:outline-2 " +
                  "focus-visible:outline-offset-2 focus-visible:outline-brand"
                }
              >
                Clear filters
              </button>
            </div>
          ) : (
            <FundTable rows={rows} pending={pending} unit={unit} view={view} onView={setView} />
          )}
          {compared.length > 0 && <ComparePanel rows={compared} unit={unit} prices={data.units} />}
        </>
      )}
    </section>
  );
}
