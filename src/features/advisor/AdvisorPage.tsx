// Every fund, with a way to its advice: the advice itself lives on each fund's page.
import { AppLink } from "../../components/AppLink.tsx";
import { useQuery } from "@tanstack/react-query";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, readErrorMessage, useAppChainId } from "../../chain/index.ts";
import { readSummaries } from "../../chain/summaries.ts";
import { BrokenFunds } from "../../components/BrokenFunds.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";

const WHO = [
  "Decided by proposal and vote",
  "Its institution trades directly",
  "Its algorithm trades directly",
  "Its committee's members approve each trade",
];

export function AdvisorPage() {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  const q = useQuery({
    queryKey: queryKeys.advisorFunds(chainId),
    queryFn: async () => {
      const all = await readSummaries(client!, chainId, await client!.getBlockNumber());
      return { funds: all.filter((s) => s.ok), broken: all.filter((s) => !s.ok).map((s) => ({ address: s.set.fund })) };
    },
    enabled: !!client,
  });
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Advisor
        </h1>
        <p className="mt-1 max-w-2xl text-sm text-subtle">
          A long-only mean-variance allocation within each fund's guidelines, estimated from its assets' daily prices,
          drawn on the efficient frontier next to the current portfolio. For funds governed by their manager-token
          holders, it drafts the rebalance as a proposal. Choose a fund.
        </p>
      </header>
      {q.error && !q.data ? (
        <ErrorState
          title="Could not read the funds."
          detail={readErrorMessage(q.error)}
          onRetry={() => void q.refetch()}
        />
      ) : !q.data ? (
        <div aria-busy="true" className="space-y-2">
          {[0, 1, 2].map((k) => (
            <div key={k} className="h-14 animate-pulse rounded-lg bg-muted" />
          ))}
        </div>
      ) : q.data.funds.length === 0 ? (
        <>
          <BrokenFunds funds={q.data.broken} />
          <EmptyState title="No funds yet">The registry lists no fund to advise.</EmptyState>
        </>
      ) : (
        <>
          <BrokenFunds funds={q.data.broken} />
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface" data-testid="advisor-list">
            {q.data.funds.map((s) => (
              <li key={s.set.fund}>
                <AppLink
                  to={`/fund/${s.set.fund}?tab=advisor`}
                  className={
                    "flex flex-wrap items-baseline justify-between gap-x-4 " +
                    "gap-y-1 p-4 hover:bg-muted focus-visible:outline-2 focus-visible:outline-brand"
                  }
                >
                  <span className="font-medium">{s.name}</span>
                  <span className="text-sm text-subtle">
                    in {s.assetSymbol} · {WHO[s.mechanism] ?? "Its manager trades directly"}
                  </span>
                </AppLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
