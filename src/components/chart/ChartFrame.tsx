// The box every chart draws in: its height, the axis text size, and recharts' responsive
// container. Import it only from a chart loaded on demand, as it brings recharts along.
import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { CHART_HEIGHT, type ChartSize } from "./ChartSlot.tsx";

interface Props {
  size: ChartSize;
  /** What the chart shows, in words, for screen readers; absent when the page says it beside the chart. */
  label?: string;
  testId?: string;
  children: ReactElement;
}

export function ChartFrame({ size, label, testId, children }: Props) {
  return (
    <div
      className={`${CHART_HEIGHT[size]} w-full text-xs`}
      role={label ? "img" : undefined}
      aria-label={label}
      data-testid={testId}
    >
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
