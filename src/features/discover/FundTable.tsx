import type { FundSummary } from "./useFundList.ts";
import { FundRow } from "./FundRow.tsx";

const columns = ["Fund", "Asset", "Decision", "TVL", "NAV / share"] as const;

// On narrow screens each row becomes a card; the explicit roles keep the table semantics that
// some browsers drop once `display` is changed.
export function FundTable({ funds }: { funds: FundSummary[] }) {
  return (
    <div className="sm:overflow-hidden sm:rounded-xl sm:border sm:border-line sm:bg-surface">
      <table role="table" className="w-full border-collapse text-sm max-sm:block">
        <caption className="sr-only">Funds, with their total value locked and net asset value per share</caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" className="border-b border-line text-left text-xs uppercase tracking-wide text-subtle">
            {columns.map((c, i) => (
              <th role="columnheader" key={c} scope="col" className={`px-4 py-3 font-medium ${i >= 3 ? "text-right" : ""}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-sm:grid max-sm:gap-3">
          {funds.map((f) => (
            <FundRow key={f.address} fund={f} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
