// The efficient frontier in volatility–return space, with each asset, the fund today and the
// suggestion. Points are in display units (percent), converted here for drawing only.
import { CartesianGrid, ComposedChart, LabelList, Legend, Line, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "../../components/chart/ChartFrame.tsx";
import { axis, grid, line, margin, tooltip } from "../../components/chart/layout.ts";
import type { Portfolio } from "../../domain/advisor/index.ts";
import { percent, tickPercent } from "./format.ts";

interface Props {
  frontier: Portfolio[];
  assets: { name: string; ret: number; vol: number }[];
  current: Portfolio;
  suggestion: Portfolio;
}

const pt = (p: { ret: number; vol: number }) => ({ x: p.vol * 100, y: p.ret * 100 });
const CURRENT = "#d97706";

export default function FrontierChart({ frontier, assets, current, suggestion }: Props) {
  const label =
    `Efficient frontier from ${percent(frontier[0].vol)} to ${percent(frontier.at(-1)!.vol)} ` +
    `volatility; the fund today at ${percent(current.vol)} volatility and ${percent(current.ret)} expected ` +
    `return; the suggestion at ${percent(suggestion.vol)} and ${percent(suggestion.ret)}.`;
  return (
    <ChartFrame size="lg" label={label} testId="frontier-chart">
      {/* Room under the x axis for its title. */}
      <ComposedChart margin={{ ...margin, top: 12, bottom: 16 }}>
        <CartesianGrid {...grid} />
        <XAxis
          {...axis}
          type="number"
          dataKey="x"
          name="Volatility"
          tickFormatter={tickPercent}
          domain={[0, (max: number) => Math.ceil(max * 1.15)]}
          label={{ value: "Volatility a year", position: "insideBottom", offset: -10, fill: "var(--color-subtle)" }}
        />
        <YAxis
          {...axis}
          type="number"
          dataKey="y"
          name="Expected return"
          domain={["auto", "auto"]}
          tickFormatter={tickPercent}
          width={60}
        />
        <Tooltip {...tooltip} formatter={(v) => percent(Number(v) / 100)} cursor={{ strokeDasharray: "3 3" }} />
        <Legend verticalAlign="top" height={28} />
        <Line
          {...line}
          data={frontier.map(pt)}
          dataKey="y"
          name="Efficient frontier"
          stroke="var(--color-brand)"
          legendType="line"
        />
        <Scatter
          data={assets.map((a) => ({ ...pt(a), name: a.name }))}
          name="Assets"
          fill="var(--color-subtle)"
          isAnimationActive={false}
        >
          <LabelList dataKey="name" position="right" fill="var(--color-subtle)" />
        </Scatter>
        <Scatter
          data={[pt(current)]}
          name="Current"
          fill={CURRENT}
          shape="diamond"
          legendType="diamond"
          isAnimationActive={false}
        />
        <Scatter
          data={[pt(suggestion)]}
          name="Suggested"
          fill="var(--color-brand)"
          shape="star"
          legendType="star"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFrame>
  );
}
