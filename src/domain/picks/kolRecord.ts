// A KOL's record over all of their picks that have a return: how many, how many went their way,
// the average and the median return. Every pick counts, so a KOL who calls both sides of an
// asset sees the two cancel instead of keeping only the winner.

export type KolRecord = {
  author: string;
  /** Every pick, scored or not (a deal pick, or one whose feed has no price yet, has no return). */
  picks: number;
  scored: number;
  /** Scored picks with a positive return. */
  hits: number;
  /** hits / scored in bps; undefined with nothing scored. */
  hitRateBps: bigint | undefined;
  averageBps: bigint | undefined;
  medianBps: bigint | undefined;
  /** Picks some fund acted on. */
  actedOn: number;
};

export type ScoredPick = { author: string; returnBps: bigint | undefined; actedOn: boolean };

/** The median of bigints (the lower middle's and upper middle's mean, truncated, for an even count). */
export function medianOf(values: readonly bigint[]): bigint | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2n;
}

export function kolRecord(author: string, picks: readonly ScoredPick[]): KolRecord {
  const own = picks.filter((p) => p.author.toLowerCase() === author.toLowerCase());
  const returns = own.map((p) => p.returnBps).filter((r): r is bigint => r !== undefined);
  const hits = returns.filter((r) => r > 0n).length;
  const n = BigInt(returns.length);
  return {
    author,
    picks: own.length,
    scored: returns.length,
    hits,
    hitRateBps: n === 0n ? undefined : (BigInt(hits) * 10_000n) / n,
    averageBps: n === 0n ? undefined : returns.reduce((a, b) => a + b, 0n) / n,
    medianBps: medianOf(returns),
    actedOn: own.filter((p) => p.actedOn).length,
  };
}

/** Every author's record, best average first (then more scored picks, then the address). */
export function leaderboard(picks: readonly ScoredPick[]): KolRecord[] {
  const authors = [...new Set(picks.map((p) => p.author.toLowerCase()))];
  const rank = (r: KolRecord) => r.averageBps ?? -(10n ** 30n);
  return authors
    .map((a) => kolRecord(picks.find((p) => p.author.toLowerCase() === a)!.author, picks))
    .sort((x, y) => {
      const d = rank(y) - rank(x);
      if (d !== 0n) return d > 0n ? 1 : -1;
      if (y.scored !== x.scored) return y.scored - x.scored;
      return x.author.toLowerCase() < y.author.toLowerCase() ? -1 : 1;
    });
}
