// A plain SVG line: the fund page's first view carries no chart library.
import { SvgLineChart } from "../../components/chart/SvgLineChart.tsx";

const num = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 6 });
const ticks = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4, notation: "compact" });

/** Points are already in display units (converted at the edge, for drawing only). */
export function NavChart(props: { points: { t: number; v: number }[]; label: string; symbol: string }) {
  const { points, label, symbol } = props;
  return (
    <SvgLineChart
      size="md"
      label={`${label} in ${symbol}`}
      name={label}
      points={points}
      formatValue={(v) => `${num.format(v)} ${symbol}`}
      formatTick={(v) => ticks.format(v)}
      stroke="var(--color-brand)"
    />
  );
}
