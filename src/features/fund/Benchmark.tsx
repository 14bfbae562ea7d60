// The fund's returns beside what holding ETH or BTC returned over the same windows, in the unit
// shown, both measured from the same days at the prices of their time.
import type { Returns } from "../../domain/history/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { ppmPercent } from "../../lib/percent.ts";
import type { Benchmark as Row } from "./useBenchmark.ts";
import type { Unit } from "./useUnit.ts";

const WINDOWS = [
  ["d7", "7 d"],
  ["d30", "30 d"],
  ["y1", "1 y"],
  ["since", "Since inception"],
] as const;

function Cell({ r, w, id }: { r: Returns | undefined; w: (typeof WINDOWS)[number][0]; id: string }) {
  const v = r?.[w];
  return (
    <td data-testid={`${id}-${w}`} className="px-2 py-1.5 text-right font-mono tabular-nums whitespace-nowrap">
      {r === undefined ? (
        <span className="text-subtle" title="Reading the prices">
          …
        </span>
      ) : v === undefined ? (
        <span title="The history does not cover this period">—</span>
      ) : (
        <span className={v > 0n ? "text-brand" : v < 0n ? "text-danger" : ""}>{ppmPercent(v, { signed: true })}</span>
      )}
    </td>
  );
}

interface Props {
  fund: Returns | undefined;
  rows: Row[];
  inception: bigint | undefined;
  u: Unit;
  error: Error | null;
  onRetry: () => void;
}

export function Benchmark({ fund, rows, inception, u, error, onRetry }: Props) {
  const busy = !error && (fund === undefined || rows.some((r) => r.returns === undefined));
  return (
    <section
      aria-labelledby="benchmark-title"
      data-testid="benchmark"
      aria-busy={busy || undefined}
      className="space-y-2"
    >
      <h2 id="benchmark-title" className="text-sm font-medium">
        Returns beside holding ETH or BTC{u.sample ? ` (in ${u.sample.symbol})` : ""}
      </h2>
      {/* Focusable, so that a keyboard can scroll it where a phone is too narrow for every column. */}
      <section
        aria-labelledby="benchmark-title"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to be scrolled
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-surface focus-visible:outline-2 focus-visible:outline-brand"
      >
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-line text-xs text-subtle">
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                <span className="sr-only">Holding</span>
              </th>
              {WINDOWS.map(([w, label]) => (
                <th key={w} scope="col" className="px-2 py-1.5 text-right font-medium whitespace-nowrap">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-testid="benchmark-fund" className="border-b border-line">
              <th scope="row" className="px-2 py-1.5 text-left font-medium">
                This fund
              </th>
              {WINDOWS.map(([w]) => (
                <Cell key={w} r={fund} w={w} id="bench-fund" />
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.token} data-testid={`benchmark-${row.token}`} className="border-b border-line last:border-0">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  {row.label}
                </th>
                {WINDOWS.map(([w]) => (
                  <Cell key={w} r={row.returns} w={w} id={`bench-${row.token}`} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {error && (
        <p role="alert" className="text-xs text-danger">
          The price feeds' past answers could not be read: {error.message.split("\n")[0]}{" "}
          <button type="button" className="font-medium underline" onClick={onRetry}>
            Retry
          </button>
        </p>
      )}
      <p className="text-xs text-subtle">
        Each return runs from the same day as the fund's own
        {inception !== undefined ? <> (the fund's first NAV: {formatDate(inception)})</> : null} to now, every value at
        the price feeds' answers of its time. Past returns say nothing certain about future ones.
      </p>
    </section>
  );
}
