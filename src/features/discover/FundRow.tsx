import { shortAddress } from "../../lib/format.ts";
import { formatNavPerShare, formatTvl } from "./amounts.ts";
import { MechanismBadge } from "./MechanismBadge.tsx";
import type { FundSummary } from "./useFundList.ts";

// Each cell names itself on narrow screens, where the column headers are hidden.
const cell =
  "min-w-0 px-4 py-3 align-middle max-sm:p-0 max-sm:before:block max-sm:before:text-xs max-sm:before:text-subtle max-sm:before:content-[attr(data-label)]";
const amountCell = `${cell} text-right tabular-nums sm:whitespace-nowrap max-sm:min-w-0 max-sm:break-words max-sm:text-left`;

type Format = typeof formatTvl;

function amount(value: bigint | undefined, fund: FundSummary, format: Format) {
  return value === undefined || !fund.asset ? (
    <span title="Not available: the read failed">—</span>
  ) : (
    format(value, fund.asset.decimals, fund.asset.symbol)
  );
}

export function FundRow({ fund }: { fund: FundSummary }) {
  return (
    <tr
      role="row"
      data-testid="fund-row"
      data-address={fund.address}
      className="border-b border-line last:border-b-0 hover:bg-muted/50 max-sm:grid max-sm:grid-cols-2 max-sm:gap-3 max-sm:rounded-xl max-sm:border max-sm:bg-surface max-sm:p-4 max-sm:last:border-b"
    >
      <th role="rowheader" scope="row" className="px-4 py-3 text-left font-normal max-sm:col-span-2 max-sm:p-0">
        <span data-testid="fund-name" className="block font-semibold">{fund.name}</span>
        <span className="block text-xs text-subtle">
          {fund.symbol} · <span className="font-mono" title={fund.address}>{shortAddress(fund.address)}</span>
        </span>
      </th>
      <td role="cell" data-label="Asset" className={cell}>{fund.asset?.symbol ?? "—"}</td>
      <td role="cell" data-label="Decision" className={cell}><MechanismBadge value={fund.mechanism} /></td>
      <td role="cell" data-label="TVL" data-testid="fund-tvl" className={amountCell}>{amount(fund.totalAssets, fund, formatTvl)}</td>
      <td role="cell" data-label="NAV / share" data-testid="fund-nav" className={amountCell}>{amount(fund.navPerShare, fund, formatNavPerShare)}</td>
    </tr>
  );
}
