// What the page shows from the URL: the fund, asset and KOL filters and the selected pick, and
// the picks and records that pass them; and the reward proposal a KOL's record opens.
import { leaderboard, type KolRecord } from "../../domain/picks/index.ts";
import { rewardProposalPath, type RewardPrefill } from "../../lib/governancePaths.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { shortAddress } from "../../lib/format.ts";
import type { PickView } from "./readPicks.ts";

export type PicksFilter = { fund?: string; asset?: string; kol?: string; pick?: bigint };

/** The contribution category of a KOL (ContributionRewards' category 6). */
export const KOL_CATEGORY = 6;

export function readFilter(params: URLSearchParams): PicksFilter {
  const low = (k: string) => params.get(k)?.toLowerCase() || undefined;
  const pick = params.get("pick");
  return {
    fund: low("fund"),
    asset: low("asset"),
    kol: low("kol"),
    pick: pick && /^\d+$/.test(pick) ? BigInt(pick) : undefined,
  };
}

/** The picks that pass the fund (judging it or acting on it), asset and KOL filters, newest first. */
export function filterPicks(picks: readonly PickView[], f: PicksFilter): PickView[] {
  return picks
    .filter(
      (p) =>
        (!f.fund ||
          p.fund.address.toLowerCase() === f.fund ||
          p.actions.some((a) => a.fund.toLowerCase() === f.fund)) &&
        (!f.asset || p.subject.toLowerCase() === f.asset) &&
        (!f.kol || p.author.toLowerCase() === f.kol),
    )
    .sort((a, b) => (a.publishedAt === b.publishedAt ? Number(b.id - a.id) : a.publishedAt < b.publishedAt ? 1 : -1));
}

/** Each KOL's record over the picks shown (so a fund or asset filter gives the record there). */
export function records(picks: readonly PickView[]): KolRecord[] {
  return leaderboard(picks.map((p) => ({ author: p.author, returnBps: p.returnBps, actedOn: p.actions.length > 0 })));
}

const signed = (bps: bigint | undefined) =>
  bps === undefined ? "—" : bpsPercent(bps, { signed: true, minimumFractionDigits: 2 });

/**
 * The fund whose governance would reward the KOL: the one filtered on, else the fund that acted
 * on most of their picks, else the fund that judged their first pick.
 */
export function rewardFund(kol: string, picks: readonly PickView[], fund?: string): string | undefined {
  if (fund) return fund;
  const own = picks.filter((p) => p.author.toLowerCase() === kol.toLowerCase());
  const count = new Map<string, number>();
  for (const p of own)
    for (const a of p.actions) count.set(a.fund.toLowerCase(), (count.get(a.fund.toLowerCase()) ?? 0) + 1);
  const best = [...count].sort((x, y) => y[1] - x[1])[0];
  return best?.[0] ?? own[0]?.fund.address.toLowerCase();
}

/** The reward template prefilled from a KOL's record, its memo and description linking the record. */
export function rewardPrefill(r: KolRecord, picks: readonly PickView[], recordUrl: string): RewardPrefill {
  const own = picks.filter((p) => p.author.toLowerCase() === r.author.toLowerCase());
  const followed = own.filter((p) => p.actions.length > 0);
  const title = `Reward KOL ${shortAddress(r.author)}: ${r.picks} picks, ${signed(r.averageBps)} average`;
  const lines = followed.map(
    (p) =>
      `- #${p.id} ${p.direction === 1 ? "short" : "long"} ${p.symbol}: ${signed(p.returnBps)}, acted on by ${p.actions.map((a) => a.name).join(", ")}`,
  );
  const body = [
    `Labor voucher (category KOL) for ${r.author}, whose recommendations the fund followed.`,
    "",
    `Record: ${r.picks} picks, ${r.scored} with a price record, hit rate ${r.hitRateBps === undefined ? "—" : bpsPercent(r.hitRateBps)}, average ${signed(r.averageBps)}, median ${signed(r.medianBps)}, ${r.actedOn} acted on.`,
    ...(lines.length ? ["", "Picks a fund acted on:", ...lines] : []),
    "",
    `Full record: ${recordUrl}`,
  ].join("\n");
  const memo = `KOL record: ${recordUrl}`;
  return {
    contributor: r.author,
    category: KOL_CATEGORY,
    memo: memo.length > 280 ? memo.slice(0, 280) : memo,
    title,
    body,
  };
}

export const rewardPath = (fund: string, p: RewardPrefill) => rewardProposalPath(fund, p);
