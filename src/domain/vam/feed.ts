// How a page feeds a deal's stored condition before exercising it: VamDeal.exercise feeds at
// most EXERCISE_ADVANCE reports itself, so a longer backlog goes in through `advance` first,
// in steps small enough for a block.

/** VamDeal.EXERCISE_ADVANCE. */
export const EXERCISE_ADVANCE = 16n;
/** Reports per `advance` step: about 10 M gas. */
export const ADVANCE_STEP = 1_000n;

/** The `advance(n)` calls to send before `exercise` when `unfed` reports wait: none for a short backlog. */
export function feedSteps(unfed: bigint): bigint[] {
  if (unfed <= EXERCISE_ADVANCE) return [];
  const steps: bigint[] = [];
  for (let left = unfed; left > 0n; ) {
    const n = left < ADVANCE_STEP ? left : ADVANCE_STEP;
    steps.push(n);
    left -= n;
  }
  return steps;
}
