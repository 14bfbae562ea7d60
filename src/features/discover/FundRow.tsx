import { AppLink } from "../../components/AppLink.tsx";
import type { Denomination } from "../../lib/denomination.ts";
import { bpsPercent, ppmPercent } from "../../lib/percent.ts";
import { formatPerShareMoney, formatTvlMoney } from "./amounts.ts";
import { StaleMark } from "../../components/StaleFunds.tsx";
import { MechanismBadge } from "./MechanismBadge.tsx";
import type { Row } from "./rows.ts";
import { Sparkline } from "./Sparkline.tsx";
import type { Money } from "../../lib/units.ts";

// Each cell names itself on narrow screens, where the column headers are hidden.
const cell =
  "min-w-0 px-1 py-2.5 align-middle max-sm:p-0 max-sm:before:block max-sm:before:text-xs " +
  "max-sm:before:text-subtle max-sm:before:content-[attr(data-label)]";
const num = `${cell} sm:last:pr-3 text-right tabular-nums max-sm:break-words max-sm:text-left`;
// Percentages never wrap; an amount may put its symbol under its digits when the table is short of
// room (auto layout keeps it on one line otherwise), so that every column fits from 1024 px up.
const pct = `${num} sm:whitespace-nowrap`;

const NA = <span title="Not available: a price or a read is missing">—</span>;
const money = (m: Money | undefined, format: (m: Money) => string) => (m ? format(m) : NA);

function Return({ ppm }: { ppm: bigint | undefined }) {
  if (ppm === undefined) return <span title="The fund's history does not cover this period">—</span>;
  return (
    <span className={ppm > 0n ? "text-brand" : ppm < 0n ? "text-danger" : ""}>{ppmPercent(ppm, { signed: true })}</span>
  );
}

interface Props {
  row: Row;
  /** Position among all rows, the header's being 1 (aria-rowindex). */
  rowIndex: number;
  unit: Denomination;
  compared: boolean;
  compareFull: boolean;
  onCompare: (checked: boolean) => void;
}

export function FundRow({ row, rowIndex, unit, compared, compareFull, onCompare }: Props) {
  const { fund, returns } = row;
  const loading = row.returnsPending;
  const stale = !fund.pricesFresh;
  const ret = (r: bigint | undefined) => (loading ? <span className="text-subtle">…</span> : <Return ppm={r} />);
  return (
    <tr
      role="row"
      aria-rowindex={rowIndex}
      data-testid="fund-row"
      data-address={fund.address}
      className={
        "border-b border-line last:border-b-0 hover:bg-muted/50 max-sm:grid max-sm:grid-cols-2 " +
        "max-sm:gap-3 max-sm:rounded-xl max-sm:border max-sm:bg-surface max-sm:p-4 max-sm:last:border-b"
      }
    >
      <td role="cell" className="py-2.5 pl-3 pr-1.5 align-middle max-sm:order-last max-sm:col-span-2 max-sm:p-0">
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            data-testid="compare-toggle"
            checked={compared}
            disabled={!compared && compareFull}
            aria-describedby={!compared && compareFull ? "compare-limit" : undefined}
            onChange={(e) => onCompare(e.target.checked)}
            className="size-4 accent-(--color-brand) disabled:cursor-not-allowed"
          />
          <span className="sm:sr-only">Compare</span>
          <span className="sr-only"> {fund.name}</span>
        </label>
      </td>
      <th
        role="rowheader"
        scope="row"
        className="min-w-32 px-1 py-2.5 text-left font-normal max-sm:col-span-2 max-sm:p-0"
      >
        <AppLink
          to={`/fund/${fund.address}${unit === "asset" ? "" : `?in=${unit}`}`}
          data-testid="fund-name"
          className="block font-semibold hover:underline focus-visible:outline-2 focus-visible:outline-brand"
        >
          {fund.name}
        </AppLink>
        <span className="block text-xs text-subtle" title={fund.address}>
          {fund.symbol}
        </span>
      </th>
      <td role="cell" data-label="Trend, 1 y" className={`${cell} max-sm:col-span-2 sm:max-xl:hidden`}>
        <Sparkline series={row.series} />
      </td>
      <td role="cell" data-label="Decision" className={cell}>
        <MechanismBadge value={fund.mechanism} investorGoverned={fund.investorGoverned} />
      </td>
      <td role="cell" data-label="Asset" data-testid="fund-asset" className={cell}>
        {fund.asset.symbol}
      </td>
      <td role="cell" data-label="NAV / share" data-testid="fund-nav" data-stale={stale || undefined} className={num}>
        {money(row.nav, formatPerShareMoney)}
        {stale && <StaleMark />}
      </td>
      <td role="cell" data-label="TVL" data-testid="fund-tvl" data-stale={stale || undefined} className={num}>
        {money(row.tvl, formatTvlMoney)}
        {stale && <StaleMark />}
      </td>
      <td role="cell" data-label="7 d" data-testid="fund-r7" className={pct}>
        {ret(returns?.d7)}
      </td>
      <td role="cell" data-label="30 d" data-testid="fund-r30" className={pct}>
        {ret(returns?.d30)}
      </td>
      <td role="cell" data-label="1 y" data-testid="fund-r1y" className={pct}>
        {ret(returns?.y1)}
      </td>
      <td role="cell" data-label="Mgmt fee" data-testid="fund-mgmt" className={pct}>
        {bpsPercent(fund.fees.managementBps)}
      </td>
      <td role="cell" data-label="Perf. fee" data-testid="fund-perf" className={pct}>
        {bpsPercent(fund.fees.performanceBps)}
      </td>
      <td role="cell" data-label="Hurdle" data-testid="fund-hurdle" className={pct}>
        {bpsPercent(fund.fees.hurdleBps)}
      </td>
      <td role="cell" data-label="Mgr token" data-testid="fund-mt" className={num}>
        {fund.investorGoverned ? (
          <span title="This fund has no manager token: its investors vote with their shares" className="text-subtle">
            none
          </span>
        ) : fund.managerTokenSupply === 0n ? (
          <span title="This fund has no manager tokens">—</span>
        ) : (
          money(row.managerToken, formatPerShareMoney)
        )}
      </td>
    </tr>
  );
}
