// Loaded on demand: recharts stays out of the initial bundle.
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../components/chart/ChartFrame.tsx";
import { axis, grid, line, margin, timeAxis, timeTooltip } from "../../components/chart/layout.ts";

const num = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 });
const ticks = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4, notation: "compact" });

/** Points are already in display units (converted at the edge, for drawing only). */
export default function NavChart(props: { points: { t: number; v: number }[]; label: string; symbol: string }) {
  const { points, label, symbol } = props;
  return (
    <ChartFrame size="md" label={`${label} in ${symbol}`}>
      <LineChart data={points} margin={margin}>
        <CartesianGrid {...grid} />
        <XAxis {...timeAxis} />
        <YAxis {...axis} domain={["auto", "auto"]} width={56} tickFormatter={(v: number) => ticks.format(v)} />
        <Tooltip {...timeTooltip} formatter={(v) => `${num.format(Number(v))} ${symbol}`} />
        <Line {...line} dataKey="v" name={label} stroke="var(--color-brand)" />
      </LineChart>
    </ChartFrame>
  );
}
