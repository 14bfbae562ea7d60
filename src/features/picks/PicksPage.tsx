// Picks: KOL recommendations on record, each judged by its feed since its time. The leaderboard
// ranks the KOLs over the picks the filters leave; each pick shows its chart and the funds that
// acted on it; a connected wallet publishes its own; a KOL's record proposes their reward.
import { readErrorMessage } from "../../chain/index.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { ShareButton } from "../../components/share/ShareButton.tsx";
import { useSearchParams } from "../../lib/router/index.ts";
import { shareUrl } from "../../lib/share/links.ts";
import { Filters } from "./Filters.tsx";
import { Leaderboard } from "./Leaderboard.tsx";
import { PickCard } from "./PickCard.tsx";
import { PublishPanel } from "./PublishPanel.tsx";
import { usePicks } from "./usePicks.ts";
import { filterPicks, readFilter, records, rewardFund, rewardPath, rewardPrefill } from "./view.ts";
import { returnText } from "./format.ts";

export function PicksPage() {
  const q = usePicks();
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const set = (key: "fund" | "asset" | "kol", value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        p.delete("pick");
        return p;
      },
      { replace: true },
    );
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Picks
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-subtle">
          Recommendations anyone published on chain: an asset to buy or sell, or a deal to join, with a short thesis and
          the time, which nobody can backdate. Each is judged by its price feed since then; a fund acted on it when it
          bought (or, for a short, sold) the asset within 30 days, or approved the deal; a trade a proposal carried
          counts only for picks published before the proposal. Governance may reward a KOL whose picks a fund followed
          with manager tokens.
        </p>
      </header>
      {!q.data ? (
        q.error ? (
          <ErrorState
            title="The picks could not be read."
            detail={readErrorMessage(q.error)}
            onRetry={() => void q.refetch()}
          />
        ) : (
          <div data-testid="picks-loading" aria-busy="true" className="space-y-3">
            <span className="sr-only">Loading the picks…</span>
            <div className="h-40 animate-pulse rounded-xl bg-muted" />
            <div className="h-64 animate-pulse rounded-xl bg-muted" />
          </div>
        )
      ) : (
        <Loaded data={q.data} filter={filter} set={set} params={params} />
      )}
    </section>
  );
}

type LoadedProps = {
  data: NonNullable<ReturnType<typeof usePicks>["data"]>;
  filter: ReturnType<typeof readFilter>;
  set: (key: "fund" | "asset" | "kol", value: string) => void;
  params: URLSearchParams;
};

function Loaded({ data, filter, set, params }: LoadedProps) {
  const shown = filterPicks(data.picks, filter);
  const scope = filterPicks(data.picks, { ...filter, kol: undefined });
  const board = records(scope);
  const recordUrl = (author: string) => shareUrl({ kind: "kol", author }, window.location.origin, params);
  const kol = filter.kol ? board.find((r) => r.author.toLowerCase() === filter.kol) : undefined;
  return (
    <>
      <Filters funds={data.funds} picks={data.picks} filter={filter} set={set} />
      <section aria-labelledby="board-title" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="board-title" className="text-lg font-semibold">
            KOLs
          </h2>
          {kol && (
            <ShareButton
              target={{ kind: "kol", author: kol.author }}
              label="Share this KOL's record"
              testId="share-kol"
              card={() => ({
                kicker: "KOL record",
                title: kol.author,
                subtitle: `${kol.picks} picks, ${kol.actedOn} acted on by a fund`,
                figures: [
                  { label: "Average", value: returnText(kol.averageBps) },
                  { label: "Median", value: returnText(kol.medianBps) },
                  { label: "Picks", value: String(kol.picks) },
                ],
                series: shown
                  .filter((p) => p.returnBps !== undefined)
                  .reverse()
                  .map((p) => Number(p.returnBps)),
              })}
            />
          )}
        </div>
        {board.length === 0 ? (
          <EmptyState title="No KOL here yet">Their records appear once a pick is published.</EmptyState>
        ) : (
          <Leaderboard
            rows={board}
            selected={filter.kol}
            rewardLink={(r) => {
              const fund = rewardFund(r.author, scope, filter.fund);
              return fund && rewardPath(fund, rewardPrefill(r, scope, recordUrl(r.author)));
            }}
          />
        )}
      </section>
      <section aria-labelledby="list-title" className="space-y-3">
        <h2 id="list-title" className="text-lg font-semibold">
          {filter.kol ? "This KOL's picks" : "Every pick"}{" "}
          <span className="text-sm font-normal text-subtle">({shown.length})</span>
        </h2>
        {shown.length === 0 ? (
          data.picks.length === 0 ? (
            <EmptyState title="No pick published yet">A connected wallet publishes the first one below.</EmptyState>
          ) : (
            <EmptyState title="No pick matches these filters">Choose another fund or asset, or every one.</EmptyState>
          )
        ) : (
          <div className="grid gap-3 lg:grid-cols-2" data-testid="pick-list">
            {shown.map((p) => (
              <PickCard key={p.id.toString()} p={p} selected={filter.pick === p.id} />
            ))}
          </div>
        )}
      </section>
      <PublishPanel funds={data.funds} />
    </>
  );
}
