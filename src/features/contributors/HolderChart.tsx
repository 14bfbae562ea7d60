// Loaded on demand: recharts stays out of the initial bundle.
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";

import type { Slice } from "./holderSlices.ts";

const tooltip = { background: "var(--color-surface)", border: "1px solid var(--color-line)", borderRadius: 8, color: "var(--color-fg)" };

export default function HolderChart({ slices, label }: { slices: Slice[]; label: string }) {
  return (
    <div className="h-48 w-full text-xs" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie data={slices} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="90%" isAnimationActive={false} stroke="var(--color-surface)">
            {slices.map((s) => <Cell key={s.name} fill={s.color} />)}
          </Pie>
          <Tooltip formatter={(_, __, item) => (item.payload as Slice).label} contentStyle={tooltip} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
