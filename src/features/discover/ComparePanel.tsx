import { lazy } from "react";
import { ChartSlot } from "../../components/chart/ChartSlot.tsx";
import { indexedToCommonStart } from "../../domain/history/index.ts";
import { inUnit, mulDiv, WAD, type UnitPrices } from "../../domain/valuation/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { formatPerShareMoney } from "./amounts.ts";
import { CompareHoldings } from "./CompareHoldings.tsx";
import type { Row } from "./rows.ts";

const CompareChart = lazy(() => import("./CompareChart.tsx"));
const COLORS = ["var(--color-brand)", "#3b82f6", "#f59e0b"];

interface Props {
  rows: Row[];
  unit: Denomination;
  prices: UnitPrices;
}

/** The compared funds side by side: NAV curves indexed to 100, fees and holdings. */
export function ComparePanel({ rows, unit, prices }: Props) {
  const ready = rows.every((r) => r.series);
  const chartRows = ready ? indexedToCommonStart(Object.fromEntries(rows.map((r) => [r.fund.address, r.series!]))) : [];
  const series = rows.map((r, i) => ({ key: r.fund.address, name: r.fund.name, color: COLORS[i] }));
  // The HWM is kept per share unit in WAD; shown per whole share like the NAV.
  const hwm = (r: Row) => {
    const perShare = mulDiv(r.fund.fees.hwm, 10n ** BigInt(r.fund.decimals), WAD);
    const m = perShare > 0n ? inUnit(perShare, r.fund.asset, unit, prices) : undefined;
    return m ? formatPerShareMoney(m) : "—";
  };
  const feeRows: [string, (r: Row) => string][] = [
    ["Management fee", (r) => bpsPercent(r.fund.fees.managementBps)],
    ["Performance fee", (r) => bpsPercent(r.fund.fees.performanceBps)],
    ["Hurdle", (r) => bpsPercent(r.fund.fees.hurdleBps)],
    ["High-water mark", hwm],
  ];
  return (
    <section
      aria-labelledby="compare-title"
      data-testid="compare-panel"
      className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-6"
    >
      <h2 id="compare-title" className="text-lg font-semibold">
        Compare
      </h2>
      <figure className="space-y-2">
        <figcaption className="text-sm text-subtle">
          NAV per share, indexed to 100 at the start of the common history
        </figcaption>
        <ChartSlot
          size="lg"
          loading={!ready}
          empty={chartRows.length === 0 ? "These funds have no history in common yet." : undefined}
        >
          <CompareChart rows={chartRows} series={series} />
        </ChartSlot>
      </figure>
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="compare-fees">
          <caption className="sr-only">Fees of the compared funds</caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-2 pr-3 font-medium text-subtle">
                Fees
              </th>
              {rows.map((r, i) => (
                <th key={r.fund.address} scope="col" className="px-3 py-2 text-right font-semibold">
                  <span
                    aria-hidden
                    className="mr-1.5 inline-block size-2.5 rounded-full"
                    style={{ background: COLORS[i] }}
                  />
                  {r.fund.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {feeRows.map(([label, value]) => (
              <tr key={label} className="border-b border-line last:border-b-0">
                <th scope="row" className="py-2 pr-3 text-left font-normal text-subtle">
                  {label}
                </th>
                {rows.map((r) => (
                  <td key={r.fund.address} className="px-3 py-2 text-right tabular-nums">
                    {value(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CompareHoldings rows={rows} unit={unit} prices={prices} colors={COLORS} />
    </section>
  );
}
