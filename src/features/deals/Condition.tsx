// The VAM condition in words and numbers: the longest run against the required duration,
// the time left in the window, and how fresh the oracle is.
import { formatDateTime } from "../../lib/dates.ts";
import { formatDuration } from "../../lib/durations.ts";
import { shortAddress } from "../../lib/format.ts";
import { tvl } from "./format.ts";
import type { Deal } from "./readDeals.ts";

function RunMeter({ longest, required }: { longest: bigint; required: bigint }) {
  const capped = longest > required ? required : longest;
  // Seconds become a width only for drawing.
  const pct = required === 0n ? 100 : Number((capped * 1000n) / required) / 10;
  return (
    <div
      role="meter"
      aria-label="Longest run against the required duration"
      aria-valuemin={0}
      aria-valuemax={Number(required)}
      aria-valuenow={Number(capped)}
      aria-valuetext={`${formatDuration(longest)} of ${formatDuration(required)}`}
      className="h-2 w-full overflow-hidden rounded-full bg-muted"
    >
      <div className="h-full rounded-full bg-brand" style={{ width: `${pct}%` }} />
    </div>
  );
}

export function Condition({ d }: { d: Deal }) {
  const { view, terms, oracle } = d;
  const started = view.deadline !== undefined;
  const found = view.scan.longestEnd !== 0n;
  const row = "flex flex-wrap justify-between gap-x-3 gap-y-0.5";
  // A late report matters only while the condition is still being watched.
  const reportLate = view.reportStale && (view.status === "active" || view.status === "exercisable");
  return (
    <div className="space-y-3 text-sm">
      <p className="text-subtle">
        Tranche 2 can be exercised once the reported TVL stays at or above{" "}
        <span className="font-medium text-fg">{tvl(terms.target, oracle)}</span> for{" "}
        <span className="font-medium text-fg">{formatDuration(terms.duration)}</span> within{" "}
        <span className={"font-medium " + "text-fg"}>{formatDuration(terms.window)}</span> of the start, with reports at
        most {formatDuration(terms.maxGap)} apart.
      </p>
      {started && (
        <div className="space-y-1">
          <div className={row}>
            <span>Longest run so far</span>
            <span className="font-mono" data-testid="longest-run">
              {found ? formatDuration(view.scan.longest) : "none yet"}{" "}
              <span className="text-subtle">of {formatDuration(terms.duration)}</span>
            </span>
          </div>
          <RunMeter longest={view.scan.longest} required={terms.duration} />
          {view.currentRun && (
            <p className="text-xs text-subtle">
              Current run: {formatDuration(view.currentRun.end - view.currentRun.start)} since{" "}
              {formatDateTime(view.currentRun.start)}.
            </p>
          )}
          {view.status === "active" && (
            <p className="text-xs text-subtle" data-testid="earliest-met">
              {view.earliestMet === undefined
                ? "Can no longer be met before the window ends."
                : view.currentRun
                  ? `Met on ${formatDateTime(view.earliestMet)} at the earliest, if TVL stays at or above target.`
                  : `TVL is below target: met on ${formatDateTime(view.earliestMet)} at the earliest, if it reaches ` +
                    "the target now and stays there."}
            </p>
          )}
        </div>
      )}
      <dl className="grid gap-1">
        {view.startTimeLeft !== undefined && (
          <div className={row}>
            <dt>Start deadline</dt>
            <dd className="font-mono" data-testid="start-deadline">
              {view.status === "lapsed" ? "passed" : `${formatDuration(view.startTimeLeft)} left`}{" "}
              <span className="text-subtle">({formatDateTime(terms.startBy)})</span>
            </dd>
          </div>
        )}
        {started && (
          <div className={row}>
            <dt>Time left in the window</dt>
            <dd className="font-mono" data-testid="time-left">
              {view.timeLeft ? formatDuration(view.timeLeft) : "none"}{" "}
              <span className="text-subtle">(ends {formatDateTime(view.deadline!)})</span>
            </dd>
          </div>
        )}
        <div className={row}>
          <dt>Last report</dt>
          <dd className={reportLate ? "font-mono text-danger" : "font-mono"} data-testid="report-age">
            {view.lastReport
              ? `${tvl(view.lastReport.tvl, oracle)}, ${formatDuration(view.reportAge!)} ago`
              : "no report yet"}
          </dd>
        </div>
        <div className={row}>
          <dt>Oracle</dt>
          <dd className="text-right">
            {oracle.description}{" "}
            <span className="font-mono text-subtle" title={oracle.address}>
              {shortAddress(oracle.address)}
            </span>
          </dd>
        </div>
        <div className={row}>
          <dt>Reporter</dt>
          <dd className="font-mono" title={oracle.reporter}>
            {shortAddress(oracle.reporter)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
