import { timeline, type TimelineInput } from "../../domain/governance/index.ts";
import { Countdown } from "./Countdown.tsx";
import { formatDateTime } from "../../lib/dates.ts";
import { isoText } from "./time.ts";

const DOT = {
  done: "bg-brand border-brand",
  current: "border-brand bg-surface",
  upcoming: "border-line bg-surface",
  skipped: "border-line bg-muted",
} as const;

export function Timeline({ read, ...input }: Omit<TimelineInput, "now"> & { read: { now: bigint; readAt: number } }) {
  const steps = timeline({ ...input, now: read.now });
  return (
    <ol aria-label="Timeline" data-testid="timeline" className="space-y-2 text-sm">
      {steps.map((s) => (
        <li key={s.key} data-step={s.key} data-status={s.status} className="flex items-start gap-3">
          <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full border-2 ${DOT[s.status]}`} />
          <div className={`min-w-0 ${s.status === "skipped" ? "text-subtle line-through" : ""}`}>
            <span className={s.status === "current" ? "font-medium" : ""}>{s.label}</span>
            {s.at !== undefined && (
              <span className="block text-xs text-subtle">
                <time dateTime={isoText(s.at)}>{formatDateTime(s.at)}</time>
                {s.status !== "done" && s.status !== "skipped" && s.at > read.now && (
                  <>
                    {" "}
                    · <Countdown at={s.at} read={read} />
                  </>
                )}
              </span>
            )}
            <span className="sr-only"> ({s.status})</span>
          </div>
        </li>
      ))}
    </ol>
  );
}
