import type { Denomination } from "../../lib/denomination.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { formatTvlMoney } from "./amounts.ts";
import type { Row } from "./rows.ts";
import { inUnit, type UnitPrices } from "../../domain/valuation/index.ts";
import { useHoldings } from "./useHoldings.ts";

interface Props {
  rows: Row[];
  unit: Denomination;
  prices: UnitPrices;
  colors: string[];
}

/** What each compared fund holds: token, value in the unit shown, weight. */
export function CompareHoldings({ rows, unit, prices, colors }: Props) {
  const { data, error } = useHoldings(rows.map((r) => r.fund.address));
  if (error)
    return (
      <p role="alert" className="text-sm text-danger">
        Could not read the holdings: {error.message}
      </p>
    );
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {rows.map((r, i) => {
        const list = data?.get(r.fund.address);
        return (
          <div key={r.fund.address} data-testid="compare-holdings" className="min-w-0">
            <table className="w-full text-sm">
              <caption className="mb-1 text-left font-semibold">
                <span
                  aria-hidden
                  className="mr-1.5 inline-block size-2.5 rounded-full"
                  style={{ background: colors[i] }}
                />
                Holdings of {r.fund.name}
              </caption>
              <thead>
                <tr className="border-b border-line text-xs text-subtle">
                  <th scope="col" className="py-1.5 text-left font-medium">
                    Token
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    Value
                  </th>
                  <th scope="col" className="py-1.5 pl-2 text-right font-medium">
                    Weight
                  </th>
                </tr>
              </thead>
              <tbody>
                {!list ? (
                  <tr>
                    <td colSpan={3} className="py-2">
                      <div className="h-4 animate-pulse rounded bg-muted" />
                    </td>
                  </tr>
                ) : (
                  list.map((h) => {
                    const m = inUnit(h.value, r.fund.asset, unit, prices);
                    return (
                      <tr key={h.token} className="border-b border-line last:border-b-0">
                        <th scope="row" className="py-1.5 text-left font-normal break-all">
                          {h.label}
                        </th>
                        <td className="py-1.5 text-right tabular-nums">{m ? formatTvlMoney(m) : "—"}</td>
                        <td className="py-1.5 pl-2 text-right tabular-nums">
                          {bpsPercent(h.weightBps, { minimumFractionDigits: 2 })}
                        </td>
                      </tr>
                    );
                  })
                )}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
