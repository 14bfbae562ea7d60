// Where a chart goes on a page, before and around it: the same box while its data or its code
// (recharts loads on demand) is on the way, and one way of saying there is nothing to draw.
import { Suspense, type ReactNode } from "react";

export type ChartSize = "sm" | "md" | "lg";

/** The heights of the app's charts, so that a chart replaces its placeholder without a jump. */
export const CHART_HEIGHT: Record<ChartSize, string> = { sm: "h-48", md: "h-56", lg: "h-72" };

interface Props {
  size: ChartSize;
  /** The data is still being read. */
  loading?: boolean;
  /** Why there is nothing to draw, in words; the chart is drawn when this is absent. */
  empty?: string;
  /** The chart, a lazily loaded component. */
  children: ReactNode;
}

export function ChartSlot({ size, loading, empty, children }: Props) {
  const placeholder = <div aria-busy="true" className={`${CHART_HEIGHT[size]} animate-pulse rounded-lg bg-muted`} />;
  if (loading) return placeholder;
  if (empty !== undefined) {
    return <p className="rounded-lg border border-dashed border-line p-6 text-center text-sm text-subtle">{empty}</p>;
  }
  return <Suspense fallback={placeholder}>{children}</Suspense>;
}
