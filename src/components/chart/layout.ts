// One look for the app's recharts charts: margins, grid, axes, tooltip and lines, spread into
// recharts' own components (`<XAxis {...timeAxis} />`), so that every chart reads the same way.
import { formatChartDate } from "../../lib/dates.ts";

/** Room around the plot; a chart with labels above its lines or under its axis adds to it. */
export const margin = { top: 8, right: 12, bottom: 0, left: 0 };

export const grid = { stroke: "var(--color-line)", strokeDasharray: "3 3" };

export const axis = { stroke: "var(--color-subtle)" };

/** A time axis over `t` in milliseconds, dated in the app's one date format. */
export const timeAxis = {
  ...axis,
  dataKey: "t",
  type: "number" as const,
  scale: "time" as const,
  domain: ["dataMin", "dataMax"] as [string, string],
  tickFormatter: (t: number) => formatChartDate(t),
  minTickGap: 40,
};

/** The tooltip box in the page's colours, light or dark. */
export const tooltip = {
  contentStyle: {
    background: "var(--color-surface)",
    border: "1px solid var(--color-line)",
    borderRadius: 8,
    color: "var(--color-fg)",
  },
};

/** A time chart's tooltip: the point's date as its heading. */
export const timeTooltip = { ...tooltip, labelFormatter: (t: unknown) => formatChartDate(Number(t)) };

/** A series drawn as a line: no dots, no animation (the page's figures are the point, not the motion). */
export const line = { dot: false, strokeWidth: 2, isAnimationActive: false };

/** A label inside the plot, in the axis colour. */
export const markLabel = (value: string, position: "insideTopLeft" | "insideTopRight" | "insideBottomRight") => ({
  value,
  position,
  fill: "var(--color-subtle)",
});
