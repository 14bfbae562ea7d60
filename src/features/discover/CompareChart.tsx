// Loaded on demand: recharts stays out of the initial bundle.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../components/chart/ChartFrame.tsx";
import { axis, grid, line, margin, timeAxis, timeTooltip } from "../../components/chart/layout.ts";
import type { IndexedRow } from "../../domain/history/index.ts";

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

const index = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export default function CompareChart({ rows, series }: { rows: IndexedRow[]; series: ChartSeries[] }) {
  return (
    <ChartFrame size="lg" testId="compare-chart">
      <LineChart data={rows} margin={margin}>
        <CartesianGrid {...grid} />
        <XAxis {...timeAxis} />
        <YAxis {...axis} domain={["auto", "auto"]} width={52} tickFormatter={(v: number) => index.format(v)} />
        <Tooltip {...timeTooltip} formatter={(v) => index.format(Number(v))} />
        <Legend />
        {series.map((s) => (
          <Line {...line} key={s.key} dataKey={s.key} name={s.name} stroke={s.color} />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
