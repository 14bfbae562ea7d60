// Loaded on demand: recharts stays out of the initial bundle.
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../components/chart/ChartFrame.tsx";
import { axis, grid, line, margin, markLabel, timeAxis, timeTooltip } from "../../components/chart/layout.ts";
import type { TvlChartModel } from "./chartData.ts";

const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumSignificantDigits: 3 });
const full = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export default function TvlChart({ model, label, unit }: { model: TvlChartModel; label: string; unit: string }) {
  const { points, target, runs, start, end, now, domain } = model;
  // Close to the window's end, its label would be read as the Now line's: the Now label says both.
  const nearEnd = end !== undefined && end - now < (domain[1] - domain[0]) / 5;
  return (
    <ChartFrame size="md" label={label}>
      {/* Room above the lines for the target's label. */}
      <LineChart data={points} margin={{ ...margin, top: 16 }}>
        <CartesianGrid {...grid} />
        {runs.map((r) => (
          <ReferenceArea
            key={r.x1}
            x1={r.x1}
            x2={r.x2}
            ifOverflow="hidden"
            fill="var(--color-brand)"
            fillOpacity={r.long ? 0.3 : 0.12}
            stroke="none"
          />
        ))}
        <XAxis {...timeAxis} domain={domain} allowDataOverflow />
        <YAxis {...axis} domain={[0, "auto"]} width={44} tickFormatter={(v: number) => compact.format(v)} />
        <Tooltip {...timeTooltip} formatter={(v) => `${full.format(Number(v))} ${unit}`} />
        <ReferenceLine
          y={target}
          stroke="var(--color-danger)"
          strokeDasharray="6 4"
          label={markLabel("Target", "insideTopLeft")}
        />
        {start !== undefined && <ReferenceLine x={start} stroke="var(--color-subtle)" />}
        {end !== undefined && (
          <ReferenceLine
            x={end}
            stroke="var(--color-subtle)"
            label={nearEnd ? undefined : markLabel("Window end", "insideTopRight")}
          />
        )}
        {end !== undefined && now < end && (
          <ReferenceLine
            x={now}
            stroke="var(--color-subtle)"
            strokeDasharray="2 3"
            label={markLabel(nearEnd ? "Now, the window ends at the right edge" : "Now", "insideBottomRight")}
          />
        )}
        <Line {...line} dataKey="v" name="TVL" stroke="var(--color-brand)" />
      </LineChart>
    </ChartFrame>
  );
}
