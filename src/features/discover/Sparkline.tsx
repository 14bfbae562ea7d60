import { sparkline } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/index.ts";

const W = 64;
const H = 28;
const tone = { up: "text-brand", down: "text-danger", flat: "text-subtle" } as const;

/** NAV per share over the last year, as a small line. */
export function Sparkline({ series }: { series: NavPoint[] | undefined }) {
  if (!series)
    return (
      <span
        aria-hidden
        className="inline-block h-7 w-16 animate-pulse rounded bg-muted"
        data-testid="sparkline-loading"
      />
    );
  const s = sparkline(series, W, H - 4);
  if (!s)
    return (
      <span className="text-subtle" title="Less than two days of history">
        —
      </span>
    );
  return (
    <svg
      role="img"
      aria-label={`NAV per share over the last year, trending ${s.trend}`}
      data-testid="sparkline"
      width={W}
      height={H}
      viewBox={`0 -2 ${W} ${H}`}
      className={`inline-block ${tone[s.trend]}`}
    >
      <polyline
        points={s.points}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
