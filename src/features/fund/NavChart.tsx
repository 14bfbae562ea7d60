// Loaded on demand: recharts stays out of the initial bundle.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatChartDate } from "../../lib/dates.ts";

const num = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 });
const axis = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4, notation: "compact" });

/** Points are already in display units (converted at the edge, for drawing only). */
export default function NavChart({ points, label, symbol }: { points: { t: number; v: number }[]; label: string; symbol: string }) {
  return (
    <div className="h-56 w-full text-xs" aria-label={`${label} in ${symbol}`} role="img">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--color-line)" strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => formatChartDate(t)} stroke="var(--color-subtle)" minTickGap={40} />
          <YAxis stroke="var(--color-subtle)" domain={["auto", "auto"]} width={56} tickFormatter={(v: number) => axis.format(v)} />
          <Tooltip labelFormatter={(t) => formatChartDate(Number(t))} formatter={(v) => `${num.format(Number(v))} ${symbol}`}
            contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-line)", borderRadius: 8, color: "var(--color-fg)" }} />
          <Line dataKey="v" name={label} stroke="var(--color-brand)" dot={false} strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
