// The list's rows in the unit shown, filtered and sorted as the view asks (pure).
import { parseUnits } from "viem";
import { returnsToNow, type Point, type WindowReturns } from "../../domain/history/index.ts";
import { inUnit, usdValue, type NavPoint } from "../../domain/valuation/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { MECHANISM_SLUGS } from "./mechanism.ts";
import type { DiscoverData, FundSummary } from "./readDiscover.ts";
import type { Money } from "../../lib/units.ts";
import type { SortKey, View } from "./view.ts";

export interface Row {
  fund: FundSummary;
  /** Position in the registry: the default order and the tie-breaker. */
  index: number;
  nav?: Money;
  tvl?: Money;
  managerToken?: Money;
  /** USD values, so that funds in different assets sort against each other. */
  usd: { nav?: bigint; tvl?: bigint; managerToken?: bigint };
  /** The trend drawn (thinned, for drawing only). */
  series?: NavPoint[];
  returns?: WindowReturns;
  /** The prices that value the history in the unit are still loading. */
  returnsPending: boolean;
}

/** Values a fund's NAV series (asset units) in the unit shown; undefined while its prices load. */
export type ToUnit = (fund: FundSummary) => (points: Point[]) => Point[] | undefined;

export function buildRows(data: DiscoverData, unit: Denomination, toUnit: ToUnit = () => (points) => points): Row[] {
  return data.funds.map((fund, index) => {
    const money = (v: bigint) => inUnit(v, fund.asset, unit, data.units);
    return {
      fund,
      index,
      nav: money(fund.navPerShare),
      tvl: money(fund.tvl),
      managerToken: fund.managerTokenSupply > 0n ? money(fund.perManagerToken) : undefined,
      usd: {
        nav: usdValue(fund.navPerShare, fund.asset),
        tvl: usdValue(fund.tvl, fund.asset),
        managerToken: fund.managerTokenSupply > 0n ? usdValue(fund.perManagerToken, fund.asset) : undefined,
      },
      series: fund.trend,
      ...returnsOf(fund.history, { t: data.timestamp, navPerShare: fund.navPerShare }, toUnit(fund)),
    };
  });
}

/** Returns from the checkpoints the windows start from; none (not pending) without a history. */
function returnsOf(
  history: NavPoint[] | undefined,
  now: NavPoint,
  convert: (points: Point[]) => Point[] | undefined,
): { returns?: WindowReturns; returnsPending: boolean } {
  const returns = history && returnsToNow(history, now, convert);
  return { returns, returnsPending: history !== undefined && returns === undefined };
}

function atLeast(m: Money | undefined, min: string) {
  if (!m) return false;
  try {
    return m.value >= parseUnits(min, m.decimals);
  } catch {
    return true; // not a number: no filter
  }
}

/** Rows that pass the view's filters. `view.asset` must be one the funds have (else ignored). */
export function filterRows(rows: Row[], view: View): Row[] {
  const q = view.q.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!view.mech || MECHANISM_SLUGS[r.fund.mechanism] === view.mech) &&
      (!view.asset || r.fund.asset.symbol.toLowerCase() === view.asset.toLowerCase()) &&
      (!view.minTvl || atLeast(r.tvl, view.minTvl)) &&
      (!q || r.fund.name.toLowerCase().includes(q) || r.fund.symbol.toLowerCase().includes(q)),
  );
}

const sortValue: Record<SortKey, (r: Row) => bigint | string | undefined> = {
  name: (r) => r.fund.name.toLowerCase(),
  mechanism: (r) => BigInt(r.fund.mechanism),
  asset: (r) => r.fund.asset.symbol.toLowerCase(),
  nav: (r) => r.usd.nav,
  tvl: (r) => r.usd.tvl,
  r7: (r) => r.returns?.d7,
  r30: (r) => r.returns?.d30,
  r1y: (r) => r.returns?.y1,
  mgmt: (r) => r.fund.fees.managementBps,
  perf: (r) => r.fund.fees.performanceBps,
  hurdle: (r) => r.fund.fees.hurdleBps,
  mt: (r) => r.usd.managerToken,
};

/** Sorted by the view's column; rows without a value last in either direction; ties in registry order. */
export function sortRows(rows: Row[], view: Pick<View, "sort" | "dir">): Row[] {
  const { sort, dir } = view;
  if (!sort) return rows;
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue[sort](a), sortValue[sort](b)];
    if (x === undefined || y === undefined) return x === y ? a.index - b.index : x === undefined ? 1 : -1;
    return x === y ? a.index - b.index : (x < y ? -1 : 1) * sign;
  });
}
