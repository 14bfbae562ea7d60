// A pick's return since its publication as a small line, with a zero line, coloured by where it stands now.
import type { ReturnPoint } from "../../domain/picks/index.ts";
import { returnText } from "./format.ts";

const W = 160;
const H = 48;

export function PickChart({ series, label }: { series: readonly ReturnPoint[]; label: string }) {
  if (series.length < 2)
    return (
      <p className="text-xs text-subtle">
        {series.length ? "No price round since publication yet." : "No feed chart."}
      </p>
    );
  // Pixel positions only (the values shown in words are exact), on a scale that includes zero.
  const values = series.map((p) => Number(p.bps));
  const lo = Math.min(0, ...values);
  const span = Math.max(0, ...values) - lo || 1;
  const y = (v: number) => H - 2 - ((v - lo) / span) * (H - 4);
  const line = values.map((v, i) => [2 + (i / (values.length - 1)) * (W - 4), y(v)]);
  const last = series[series.length - 1].bps;
  const yZero = y(0);
  return (
    <svg
      role="img"
      aria-label={`${label}: ${returnText(last)} since publication, ${series.length - 1} price rounds`}
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      className={last >= 0n ? "text-brand" : "text-danger"}
      data-testid="pick-chart"
    >
      <line x1={0} x2={W} y1={yZero} y2={yZero} stroke="currentColor" strokeOpacity={0.25} strokeDasharray="3 3" />
      <polyline
        points={line.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
    </svg>
  );
}
