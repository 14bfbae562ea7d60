// Total return through distributions: a distribution lowers the NAV per share by the cash it
// returns to holders, which is not a loss. Each NAV point counts as if every later distribution had
// been reinvested at the NAV per share after it: `⌊nav × g / gNow⌋`, with `g` the growth index in
// force at the point and `gNow` the latest. The index follows Distributor.nextGrowth to the wei, so
// a series adjusted here from the events equals the one FundListLens adjusts from its checkpoints.
import { navPerShare, type NavRecord } from "./navSeries.ts";
import type { NavPoint } from "../valuation/returns.ts";

export const GROWTH_UNIT = 10n ** 18n;
const MAX_GROWTH = (1n << 192n) - 1n;

/** The index after a distribution that took the NAV per share from `before` to `after`. */
export function nextGrowth(g: bigint, before: bigint, after: bigint): bigint {
  if (after === 0n || before / after >= MAX_GROWTH / g) return MAX_GROWTH;
  const next = (g * before) / after;
  return next < MAX_GROWTH ? next : MAX_GROWTH;
}

/** `nav` under index `g` as a total return to the time of index `gNow` (at least 1). */
export function reinvested(nav: bigint, g: bigint, gNow: bigint): bigint {
  if (g === gNow) return nav;
  const v = (nav * g) / gNow;
  return v > 0n ? v : 1n;
}

/** A fund's history in chain order: its NAV records and its distributions' NAV per share before and after. */
export type HistoryEntry =
  | { kind: "nav"; record: NavRecord }
  | { kind: "distribution"; navBefore: bigint; navAfter: bigint };

/**
 * The NAV-per-share series of `entries` as a total return to the last entry (records without
 * shares are skipped), and how many distributions it went through.
 */
export function totalReturnSeries(
  entries: readonly HistoryEntry[],
  shareDecimals: number,
): { nav: NavPoint[]; distributions: number } {
  let g = GROWTH_UNIT;
  let distributions = 0;
  const raw: { t: bigint; nav: bigint; g: bigint }[] = [];
  for (const e of entries) {
    if (e.kind === "distribution") {
      g = nextGrowth(g, e.navBefore, e.navAfter);
      distributions++;
      continue;
    }
    const nav = navPerShare(e.record, shareDecimals);
    if (nav !== undefined) raw.push({ t: e.record.timestamp, nav, g });
  }
  return { nav: raw.map((p) => ({ t: p.t, navPerShare: reinvested(p.nav, p.g, g) })), distributions };
}

/** A log as viem gives it: its place in the chain and its (possibly partial) arguments. */
export type LogAt<A> = { blockNumber: bigint | null; logIndex: number | null; args: Partial<A> };
type Paid = { navPerShareBefore: bigint; navPerShareAfter: bigint };

/** A fund's NavRecorded and its distributor's Distributed logs, read apart, merged in chain order. */
export function historyEntries(nav: readonly LogAt<NavRecord>[], paid: readonly LogAt<Paid>[]): HistoryEntry[] {
  const at = (l: LogAt<unknown>) => [l.blockNumber ?? 0n, BigInt(l.logIndex ?? 0)] as const;
  const tagged = [
    ...nav.map((l) => ({ at: at(l), e: { kind: "nav", record: l.args as NavRecord } as HistoryEntry })),
    ...paid.map((l) => ({
      at: at(l),
      e: { kind: "distribution", navBefore: l.args.navPerShareBefore!, navAfter: l.args.navPerShareAfter! } as const,
    })),
  ];
  tagged.sort((a, b) => (a.at[0] !== b.at[0] ? (a.at[0] < b.at[0] ? -1 : 1) : a.at[1] < b.at[1] ? -1 : 1));
  return tagged.map((x) => x.e);
}
