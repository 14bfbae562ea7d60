// The KOLs ranked by the average return of their picks (in the filters' scope), with their hit
// rate, median and how many picks a fund acted on; each links its record and proposes its reward.
import { AppLink } from "../../components/AppLink.tsx";
import type { KolRecord } from "../../domain/picks/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { kolPath } from "../../lib/share/links.ts";
import { returnText, returnTone } from "./format.ts";

interface Props {
  rows: readonly KolRecord[];
  selected?: string;
  /** The reward proposal of a KOL, or undefined when no fund can reward them. */
  rewardLink: (r: KolRecord) => string | undefined;
}

export function Leaderboard({ rows, selected, rewardLink }: Props) {
  return (
    <div className="relative overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full min-w-[36rem] text-sm" data-testid="kol-leaderboard">
        <caption className="sr-only">KOLs ranked by the average return of their picks</caption>
        <thead className="text-left text-xs text-subtle">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              KOL
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Picks
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Hit rate
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Average
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Median
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Acted on
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const link = rewardLink(r);
            const on = selected === r.author.toLowerCase();
            return (
              <tr
                key={r.author}
                data-testid="kol-row"
                data-kol={r.author.toLowerCase()}
                aria-current={on || undefined}
                className={`border-t border-line ${on ? "bg-muted" : ""}`}
              >
                <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                  <AppLink to={kolPath(r.author)} className="text-brand hover:underline" title={r.author}>
                    {shortAddress(r.author)}
                  </AppLink>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{r.picks}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {r.hitRateBps === undefined ? "—" : bpsPercent(r.hitRateBps, { maximumFractionDigits: 0 })}
                </td>
                <td
                  className={`px-3 py-2 text-right tabular-nums ${returnTone(r.averageBps)}`}
                  data-testid="kol-average"
                >
                  {returnText(r.averageBps)}
                </td>
                <td className={`px-3 py-2 text-right tabular-nums ${returnTone(r.medianBps)}`}>
                  {returnText(r.medianBps)}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{r.actedOn}</td>
                <td className="px-3 py-2 text-right">
                  {link && (
                    <AppLink
                      to={link}
                      className="whitespace-nowrap text-brand hover:underline"
                      data-testid="propose-reward"
                    >
                      Propose a reward
                    </AppLink>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
