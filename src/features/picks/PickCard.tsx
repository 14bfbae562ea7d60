// One pick: who called what, when and why, its return since then (and against the fund's
// denomination), its chart, the funds that acted on it, and its share action.
import { useEffect, useRef } from "react";
import { AppLink } from "../../components/AppLink.tsx";
import { ShareButton } from "../../components/share/ShareButton.tsx";
import { formatDate } from "../../lib/dates.ts";
import { dealPath } from "../../lib/dealPaths.ts";
import { shortAddress } from "../../lib/format.ts";
import { kolPath, pickPath } from "../../lib/share/links.ts";
import { PickChart } from "./PickChart.tsx";
import { returnText, returnTone } from "./format.ts";
import type { PickView } from "./readPicks.ts";

export function PickCard({ p, selected }: { p: PickView; selected: boolean }) {
  const ref = useRef<HTMLElement>(null);
  // A shared link to a pick lands on it.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: "center" });
  }, [selected]);
  const isDeal = p.kind === 1;
  const side = isDeal ? "Join" : p.direction === 1 ? "Short" : "Long";
  const heading = `${side} ${p.symbol}`;
  return (
    <article
      ref={ref}
      aria-labelledby={`pick-${p.id}`}
      data-testid="pick"
      data-pick={p.id.toString()}
      aria-current={selected || undefined}
      className={`space-y-3 rounded-xl border bg-surface p-4 ${selected ? "border-brand ring-2 ring-brand/40" : "border-line"}`}
    >
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`pick-${p.id}`} className="font-semibold">
            <AppLink to={pickPath(p.id)} className="hover:underline">
              #{p.id.toString()} · {heading}
            </AppLink>
          </h3>
          <p className="text-xs text-subtle">
            by{" "}
            <AppLink
              to={kolPath(p.author)}
              className="font-mono text-brand underline underline-offset-2"
              title={p.author}
            >
              {shortAddress(p.author)}
            </AppLink>{" "}
            on {formatDate(p.publishedAt)} ·{" "}
            {isDeal ? (
              <AppLink to={dealPath(p.fund.address, p.subject)} className="underline underline-offset-2">
                deal of {p.fund.name}
              </AppLink>
            ) : (
              <>judged by {p.fund.name}'s feed</>
            )}
          </p>
        </div>
        <ShareButton
          target={{ kind: "pick", id: p.id }}
          label={`Share pick #${p.id}`}
          testId="share-pick"
          card={() => ({
            kicker: "Pick",
            title: `${heading} · #${p.id}`,
            subtitle: `by ${shortAddress(p.author)} on ${formatDate(p.publishedAt)}`,
            figures: [
              { label: "Return since", value: returnText(p.returnBps) },
              { label: `vs ${p.fund.denomSymbol}`, value: returnText(p.relativeBps) },
              { label: "Funds acted", value: String(p.actions.length) },
            ],
            series: p.series.map((x) => Number(x.bps)),
          })}
        />
      </header>
      {p.thesis && <p className="text-sm">{p.thesis}</p>}
      {p.uri && (
        <p className="break-all text-xs text-subtle">
          Thesis: <span className="font-mono">{p.uri}</span> (content hash{" "}
          <span className="font-mono" title={p.contentHash}>
            {p.contentHash.slice(0, 10)}…
          </span>
          )
        </p>
      )}
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <dl className="flex gap-6">
          <div>
            <dt className="text-xs text-subtle">Return since</dt>
            <dd className={`text-lg font-semibold tabular-nums ${returnTone(p.returnBps)}`} data-testid="pick-return">
              {isDeal ? "—" : returnText(p.returnBps)}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-subtle">vs {p.fund.denomSymbol}</dt>
            <dd className={`text-lg font-semibold tabular-nums ${returnTone(p.relativeBps)}`}>
              {isDeal ? "—" : returnText(p.relativeBps)}
            </dd>
          </div>
        </dl>
        {!isDeal && <PickChart series={p.series} label={`Pick #${p.id}, ${heading}`} />}
      </div>
      <p className="text-xs" data-testid="pick-acted">
        {p.actions.length === 0 ? (
          <span className="text-subtle">No fund acted on it yet.</span>
        ) : (
          <>
            <span className="text-subtle">Acted on: </span>
            {p.actions.map((a, i) => (
              <span key={a.fund}>
                {i > 0 && ", "}
                <AppLink to={`/fund/${a.fund}`} className="text-brand underline underline-offset-2">
                  {a.name}
                </AppLink>{" "}
                {a.how} on {formatDate(a.time)}
              </span>
            ))}
          </>
        )}
      </p>
    </article>
  );
}
