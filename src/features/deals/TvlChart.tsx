// Loaded on demand: recharts stays out of the initial bundle.
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TvlChartModel } from "./chartData.ts";
import { formatChartDate } from "../../lib/dates.ts";

const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumSignificantDigits: 3 });
const full = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const tooltip = { background: "var(--color-surface)", border: "1px solid var(--color-line)", borderRadius: 8, color: "var(--color-fg)" };

export default function TvlChart({ model, label, unit }: { model: TvlChartModel; label: string; unit: string }) {
  const { points, target, runs, start, end, now, domain } = model;
  return (
    <div className="h-56 w-full text-xs" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
          {runs.map((r) => (
            <ReferenceArea key={r.x1} x1={r.x1} x2={r.x2} ifOverflow="hidden" fill="var(--color-brand)" fillOpacity={r.long ? 0.3 : 0.12} stroke="none" />
          ))}
          <XAxis dataKey="t" type="number" scale="time" domain={domain} allowDataOverflow tickFormatter={(t: number) => formatChartDate(t)} stroke="var(--color-subtle)" minTickGap={40} />
          <YAxis stroke="var(--color-subtle)" domain={[0, "auto"]} width={44} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip labelFormatter={(t) => formatChartDate(Number(t))} formatter={(v) => `${full.format(Number(v))} ${unit}`} contentStyle={tooltip} />
          <ReferenceLine y={target} stroke="var(--color-danger)" strokeDasharray="6 4" label={{ value: "Target", position: "insideTopLeft", fill: "var(--color-subtle)" }} />
          {start !== undefined && <ReferenceLine x={start} stroke="var(--color-subtle)" />}
          {end !== undefined && <ReferenceLine x={end} stroke="var(--color-subtle)" label={{ value: "Window end", position: "insideTopRight", fill: "var(--color-subtle)" }} />}
          {end !== undefined && now < end && <ReferenceLine x={now} stroke="var(--color-subtle)" strokeDasharray="2 3" label={{ value: "Now", position: "insideBottomRight", fill: "var(--color-subtle)" }} />}
          <Line dataKey="v" name="TVL" stroke="var(--color-brand)" dot={false} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
