// Several NAV-per-share histories on one chart: daily points from the start of their common
// range, each indexed to 100 there.
import { DAY, daily, type NavPoint } from "../valuation/returns.ts";

export type IndexedRow = { t: number } & Record<string, number>;

const SCALE = 1_000_000n; // index precision before the conversion to a chart coordinate

/** One row per day of the common range; `row[key]` is that series' index (100 at the start). */
export function indexedToCommonStart(series: Record<string, readonly NavPoint[]>): IndexedRow[] {
  const keys = Object.keys(series);
  const days = keys.map((k) => daily([...series[k]]).filter((p) => p.navPerShare > 0n));
  if (keys.length === 0 || days.some((d) => d.length === 0)) return [];
  const start = days.reduce((m, d) => (d[0].t / DAY > m ? d[0].t / DAY : m), 0n);
  const end = days.reduce(
    (m, d) => (d[d.length - 1].t / DAY < m ? d[d.length - 1].t / DAY : m),
    days[0][days[0].length - 1].t / DAY,
  );
  if (end < start) return [];
  const cursor = days.map(() => 0);
  const last: (NavPoint | undefined)[] = keys.map(() => undefined);
  const base: bigint[] = [];
  const rows: IndexedRow[] = [];
  for (let day = start; day <= end; day++) {
    const row: IndexedRow = { t: Number(day * DAY) * 1000 };
    keys.forEach((k, i) => {
      while (cursor[i] < days[i].length && days[i][cursor[i]].t / DAY <= day) last[i] = days[i][cursor[i]++];
      const v = last[i]!.navPerShare;
      base[i] ??= v;
      row[k] = Number((v * 100n * SCALE) / base[i]) / Number(SCALE);
    });
    rows.push(row);
  }
  return rows;
}
