import { describe, expect, it } from "vitest";
import { ADVANCE_STEP, EXERCISE_ADVANCE, feedSteps } from "./feed.ts";

describe("feedSteps", () => {
  it("leaves a backlog the exercise feeds itself alone", () => {
    expect(feedSteps(0n)).toEqual([]);
    expect(feedSteps(EXERCISE_ADVANCE)).toEqual([]);
  });

  it("feeds a longer backlog in block-sized steps that add up to it", () => {
    expect(feedSteps(EXERCISE_ADVANCE + 1n)).toEqual([EXERCISE_ADVANCE + 1n]);
    expect(feedSteps(ADVANCE_STEP)).toEqual([ADVANCE_STEP]);
    expect(feedSteps(2_500n)).toEqual([ADVANCE_STEP, ADVANCE_STEP, 500n]);
  });
});
