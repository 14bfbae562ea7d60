// Loaded on demand: recharts stays out of the initial bundle.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { IndexedRow } from "../../domain/history/index.ts";
import { formatChartDate } from "../../lib/dates.ts";

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

const index = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export default function CompareChart({ rows, series }: { rows: IndexedRow[]; series: ChartSeries[] }) {
  return (
    <div data-testid="compare-chart" className="h-72 w-full text-xs">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => formatChartDate(t)}
            stroke="var(--color-subtle)" minTickGap={40} />
          <YAxis stroke="var(--color-subtle)" domain={["auto", "auto"]} width={52} tickFormatter={(v: number) => index.format(v)} />
          <Tooltip
            labelFormatter={(t) => formatChartDate(Number(t))}
            formatter={(v) => index.format(Number(v))}
            contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-line)", borderRadius: 8, color: "var(--color-fg)" }}
          />
          <Legend />
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
