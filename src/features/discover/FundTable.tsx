import { useRef } from "react";
import type { Denomination } from "../../lib/denomination.ts";
import { COLUMNS } from "./columns.ts";
import { FundRow } from "./FundRow.tsx";
import { PendingRow } from "./PendingRow.tsx";
import type { Row } from "./rows.ts";
import { SortHeader } from "./SortHeader.tsx";
import { useWindowedRows } from "./useWindowedRows.ts";
import { MAX_COMPARE, type View } from "./view.ts";

interface Props {
  rows: Row[];
  /** Funds after `rows` not read yet: placeholder rows keep their places. */
  pending?: number;
  unit: Denomination;
  view: View;
  onView: (patch: Partial<View>) => void;
}

// On narrow screens each row becomes a card; the explicit roles keep the table semantics that
// some browsers drop once `display` is changed. Wide tables scroll inside their frame. Beyond a
// page, only the rows in view are rendered; aria-rowcount and aria-rowindex tell screen readers
// where they are among all rows.
export function FundTable({ rows, pending = 0, unit, view, onView }: Props) {
  const body = useRef<HTMLTableSectionElement>(null);
  const total = rows.length + pending;
  const shown = useWindowedRows(total, body);
  const compared = new Set(view.compare.map((a) => a.toLowerCase()));
  const full = compared.size >= MAX_COMPARE;
  const toggle = (address: string, on: boolean) =>
    onView({
      compare: on
        ? [...view.compare, address.toLowerCase() as `0x${string}`]
        : view.compare.filter((a) => a.toLowerCase() !== address.toLowerCase()),
    });
  return (
    <div data-testid="fund-table" className="sm:overflow-x-auto sm:rounded-xl sm:border sm:border-line sm:bg-surface">
      <table
        role="table"
        aria-rowcount={total + 1}
        className="w-full border-collapse text-[13px] max-sm:block max-sm:text-sm"
      >
        <caption className="sr-only">
          Funds: decision mechanism, NAV per share, TVL, returns, fees and trend. Column headers sort.
        </caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" aria-rowindex={1} className="border-b border-line text-xs text-subtle">
            <th role="columnheader" scope="col" className="py-2 pl-3 pr-1.5 text-left font-medium">
              <span className="sr-only">Compare</span>
            </th>
            <SortHeader column={COLUMNS[0]} view={view} onSort={onView} />
            <th
              role="columnheader"
              scope="col"
              // Below 1280 px the 1 y return says what the trend draws, and the room goes to the amounts.
              className="px-1 py-2 text-left font-medium sm:max-xl:hidden"
              title="NAV per share over the last year"
            >
              Trend
            </th>
            {COLUMNS.slice(1).map((c) => (
              <SortHeader key={c.key} column={c} view={view} onSort={onView} />
            ))}
          </tr>
        </thead>
        <tbody ref={body} role="rowgroup" className="max-sm:grid max-sm:gap-3">
          {shown.before > 0 && <tr aria-hidden style={{ height: shown.before }} />}
          {rows.slice(shown.start, shown.end).map((r, i) => (
            <FundRow
              key={r.fund.address}
              row={r}
              rowIndex={shown.start + i + 2}
              unit={unit}
              compared={compared.has(r.fund.address.toLowerCase())}
              compareFull={full}
              onCompare={(on) => toggle(r.fund.address, on)}
            />
          ))}
          {Array.from({ length: Math.max(0, shown.end - Math.max(shown.start, rows.length)) }, (_, i) => (
            <PendingRow key={`pending-${i}`} rowIndex={Math.max(shown.start, rows.length) + i + 2} />
          ))}
          {shown.after > 0 && <tr aria-hidden style={{ height: shown.after }} />}
        </tbody>
      </table>
    </div>
  );
}
