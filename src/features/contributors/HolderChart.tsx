// Loaded on demand: recharts stays out of the initial bundle.
import { Cell, Pie, PieChart, Tooltip } from "recharts";
import { ChartFrame } from "../../components/chart/ChartFrame.tsx";
import { tooltip } from "../../components/chart/layout.ts";
import type { Slice } from "./holderSlices.ts";

export default function HolderChart({ slices, label }: { slices: Slice[]; label: string }) {
  return (
    <ChartFrame size="sm" label={label}>
      <PieChart>
        <Pie
          data={slices}
          dataKey="value"
          nameKey="name"
          innerRadius="55%"
          outerRadius="90%"
          isAnimationActive={false}
          stroke="var(--color-surface)"
        >
          {slices.map((s) => (
            <Cell key={s.name} fill={s.color} />
          ))}
        </Pie>
        <Tooltip {...tooltip} formatter={(_, __, item) => (item.payload as Slice).label} />
      </PieChart>
    </ChartFrame>
  );
}
