// An award's vesting exactly as ContributionRewards.vested computes it (floor division).

/** ContributionRewards.Award, as the contract returns it. */
export interface Award {
  contributor: `0x${string}`;
  category: number;
  amount: bigint;
  claimed: bigint;
  start: bigint;
  duration: bigint;
  memo: string;
}

/** ContributionRewards.vested at time `now`. */
export function vested(a: Pick<Award, "amount" | "start" | "duration">, now: bigint): bigint {
  if (now < a.start) return 0n;
  if (a.duration === 0n || now >= a.start + a.duration) return a.amount;
  return (a.amount * (now - a.start)) / a.duration;
}

export interface AwardStatus {
  vested: bigint;
  /** Vested and not claimed yet: what `claim` would mint now. */
  claimable: bigint;
  /** Not vested yet. */
  unvested: bigint;
  /** When the last token vests. */
  vestingEnd: bigint;
}

export function awardStatus(a: Award, now: bigint): AwardStatus {
  const v = vested(a, now);
  return { vested: v, claimable: v - a.claimed, unvested: a.amount - v, vestingEnd: a.start + a.duration };
}
