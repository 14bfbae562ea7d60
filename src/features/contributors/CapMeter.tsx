import type { FundContributions } from "./readContributions.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { tokens } from "./format.ts";

export function CapMeter({ f }: { f: FundContributions }) {
  if (!f.cap) {
    return (
      <p className="text-sm text-subtle" data-testid="cap">
        No hard cap: governance may award any amount. Awarded so far:{" "}
        <span className="font-mono">{tokens(f.totalAwarded, f.token)}</span>.
      </p>
    );
  }
  const { cap, used, remaining, usedPpm } = f.cap;
  return (
    <div className="space-y-1 text-sm" data-testid="cap">
      <div className="flex flex-wrap justify-between gap-x-3">
        <span>Hard cap used</span>
        <span className="font-mono">
          <span data-testid="cap-used">{tokens(used, f.token)}</span> of {tokens(cap, f.token)} ({ppmPercent(usedPpm)})
        </span>
      </div>
      <div
        role="meter"
        aria-label="Share of the hard cap awarded"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Number(usedPpm) / 1e4}
        aria-valuetext={`${ppmPercent(usedPpm)} of the cap`}
        className="h-2 w-full overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full rounded-full bg-brand" style={{ width: `${Number(usedPpm) / 1e4}%` }} />
      </div>
      <p className="text-xs text-subtle">{tokens(remaining, f.token)} can still be awarded.</p>
    </div>
  );
}
