// One time series as a plain SVG line, drawn with the page: the look of the recharts charts
// (grid, a dated time axis, a value axis, a tooltip with the point's date under the pointer)
// without recharts, which would be the largest download of a page that shows only this.
// The arrow keys walk the points too, and the point read is announced, so the tooltip is not
// only for a pointer.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { formatChartDate } from "../../lib/dates.ts";
import { CHART_HEIGHT, type ChartSize } from "./ChartSlot.tsx";
import { grid, margin, tooltip } from "./layout.ts";
import { nearestIndex, niceDomain, stepPoint, timeTicks } from "./scale.ts";

/** Room for the value axis on the left and the dates under the plot, as recharts' defaults. */
const Y_AXIS_WIDTH = 56;
const X_AXIS_HEIGHT = 30;
const TICK = 6;
/** About one date per this many pixels, so that the dates never touch. */
const PX_PER_DATE = 110;

interface Props {
  size: ChartSize;
  /** What the chart shows, in words, for screen readers. */
  label: string;
  /** The series' name in the tooltip. */
  name: string;
  /** Sorted by `t` (milliseconds), values in display units. */
  points: readonly { t: number; v: number }[];
  formatValue: (v: number) => string;
  formatTick: (v: number) => string;
  stroke: string;
}

export function SvgLineChart({ size, label, name, points, formatValue, formatTick, stroke }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [dims, setDims] = useState({ width: 0, height: 0 });
  const [hover, setHover] = useState(-1);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setDims({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const { width, height } = dims;
  const left = margin.left + Y_AXIS_WIDTH;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom - X_AXIS_HEIGHT;
  const drawable = points.length > 0 && right > left && bottom > top;

  const t0 = points[0]?.t ?? 0;
  const t1 = points.at(-1)?.t ?? 0;
  const y = niceDomain(points.map((p) => p.v));
  const xOf = (t: number) => (t1 === t0 ? (left + right) / 2 : left + ((t - t0) / (t1 - t0)) * (right - left));
  const yOf = (v: number) => bottom - ((v - y.min) / (y.max - y.min)) * (bottom - top);
  const dates = timeTicks(t0, t1, Math.max(2, Math.min(7, Math.floor((right - left) / PX_PER_DATE) + 1)));
  const path = points.map((p, i) => `${i ? "L" : "M"}${xOf(p.t).toFixed(1)},${yOf(p.v).toFixed(1)}`).join("");

  const onMove = (e: PointerEvent<SVGRectElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left + left;
    setHover(nearestIndex(points, t0 + ((x - left) / (right - left)) * (t1 - t0)));
  };
  const at = hover >= 0 ? points[hover] : undefined;
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    const next = stepPoint(e.key, hover, last, Math.max(1, Math.round(last / 10)));
    if (next === undefined || last < 0) return;
    e.preventDefault();
    setHover(next);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a chart is a group of points, not a form's fieldset
    <div
      ref={box}
      className={`${CHART_HEIGHT[size]} relative w-full rounded text-xs focus-visible:outline-2 focus-visible:outline-brand`}
      role="group"
      aria-roledescription="chart"
      aria-label={`${label}. Use the arrow keys to read its points.`}
      tabIndex={points.length > 0 ? 0 : undefined}
      onKeyDown={onKey}
      onBlur={() => setHover(-1)}
    >
      {drawable && (
        <svg width={width} height={height} className="block" aria-hidden="true">
          <g stroke={grid.stroke} strokeDasharray={grid.strokeDasharray}>
            {y.ticks.map((v) => (
              <line key={`y${v}`} x1={left} x2={right} y1={yOf(v)} y2={yOf(v)} />
            ))}
            {dates.map((t) => (
              <line key={`x${t}`} x1={xOf(t)} x2={xOf(t)} y1={top} y2={bottom} />
            ))}
          </g>
          <g stroke="var(--color-subtle)" fill="var(--color-subtle)">
            <line x1={left} x2={left} y1={top} y2={bottom} />
            {y.ticks.map((v) => (
              <g key={v}>
                <line x1={left - TICK} x2={left} y1={yOf(v)} y2={yOf(v)} />
                <text x={left - TICK - 2} y={yOf(v)} stroke="none" textAnchor="end" dominantBaseline="central">
                  {formatTick(v)}
                </text>
              </g>
            ))}
            <line x1={left} x2={right} y1={bottom} y2={bottom} />
            {dates.map((t, i) => (
              <g key={t}>
                <line x1={xOf(t)} x2={xOf(t)} y1={bottom} y2={bottom + TICK} />
                <text
                  x={xOf(t)}
                  y={bottom + TICK + 2}
                  stroke="none"
                  dominantBaseline="hanging"
                  textAnchor={i === 0 ? "start" : i === dates.length - 1 ? "end" : "middle"}
                >
                  {formatChartDate(t)}
                </text>
              </g>
            ))}
          </g>
          <path className="chart-line" d={path} fill="none" stroke={stroke} strokeWidth={2} />
          {at && (
            <g pointerEvents="none">
              <line x1={xOf(at.t)} x2={xOf(at.t)} y1={top} y2={bottom} stroke="var(--color-subtle)" />
              <circle cx={xOf(at.t)} cy={yOf(at.v)} r={4} fill={stroke} stroke="var(--color-surface)" strokeWidth={2} />
            </g>
          )}
          <rect
            x={left}
            y={top}
            width={right - left}
            height={bottom - top}
            fill="transparent"
            onPointerMove={onMove}
            onPointerDown={onMove}
            onPointerLeave={() => setHover(-1)}
          />
        </svg>
      )}
      {at && (
        <div
          className="pointer-events-none absolute whitespace-nowrap px-2.5 py-1.5"
          style={{
            ...tooltip.contentStyle,
            top,
            ...(xOf(at.t) > (left + right) / 2 ? { right: width - xOf(at.t) + 10 } : { left: xOf(at.t) + 10 }),
          }}
        >
          <p>{formatChartDate(at.t)}</p>
          <p style={{ color: stroke }}>
            {name} : {formatValue(at.v)}
          </p>
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {at ? `${formatChartDate(at.t)}: ${name} ${formatValue(at.v)}` : ""}
      </p>
    </div>
  );
}
