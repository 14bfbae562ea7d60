// Values of the past shown in another unit: each point converted with the feed answers that were
// in force at its time, by the same bigint arithmetic the contracts use for today's prices.
import { gavUsdWad, usdIn } from "../valuation/gav.ts";

/** A feed round: its answer and when it was recorded. */
export type Round = { answer: bigint; updatedAt: bigint };
/** A token's USD feed history: rounds in id order, the feed's and the token's decimals. */
export type FeedHistory = { rounds: readonly Round[]; feedDecimals: number; decimals: number };
export type Point = { t: bigint; v: bigint };

/**
 * The answer in force at `t`: that of the last round recorded at or before `t` (rounds are in id
 * order, their times never decrease). Undefined before the first round or when not positive,
 * since no price can be derived from it.
 */
export function answerAt(rounds: readonly Round[], t: bigint): bigint | undefined {
  let [lo, hi] = [0, rounds.length]; // first round after t
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rounds[mid].updatedAt <= t) lo = mid + 1;
    else hi = mid;
  }
  const answer = lo === 0 ? undefined : rounds[lo - 1].answer;
  return answer !== undefined && answer > 0n ? answer : undefined;
}

/**
 * Points valued in the fund's asset, converted to USD (WAD, `to` omitted) or to units of the
 * token `to` prices, at each point's time. Points without a usable price on either side are
 * left out rather than drawn at a made-up value.
 */
export function convertSeries(points: readonly Point[], asset: FeedHistory, to?: FeedHistory): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const pa = answerAt(asset.rounds, p.t);
    if (pa === undefined) continue;
    const usd = gavUsdWad(p.v, { answer: pa, feedDecimals: asset.feedDecimals, decimals: asset.decimals });
    if (!to) {
      out.push({ t: p.t, v: usd });
      continue;
    }
    const pt = answerAt(to.rounds, p.t);
    if (pt !== undefined)
      out.push({ t: p.t, v: usdIn(usd, { answer: pt, feedDecimals: to.feedDecimals, decimals: to.decimals }) });
  }
  return out;
}

/**
 * A feed history of only the answers in force at `times` (ascending), as a lens gives them: each
 * answer counts as a round recorded at its time, so `answerAt` at any of those times finds it,
 * as it would find the real round in the whole history. The lens's 0 for "no round yet" gives no
 * price there, as the whole history would not.
 */
export function historyAtTimes(
  times: readonly bigint[],
  answers: readonly bigint[],
  decimals: Pick<FeedHistory, "feedDecimals" | "decimals">,
): FeedHistory {
  return { rounds: times.map((t, i) => ({ answer: answers[i], updatedAt: t })), ...decimals };
}
