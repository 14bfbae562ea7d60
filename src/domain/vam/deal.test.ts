import { describe, expect, it } from "vitest";
import { DealState, dealStatus, dealView, type DealTerms } from "./deal.ts";

const DAY = 86_400n;
const TARGET = 100n;
const terms: DealTerms = {
  state: DealState.Active,
  start: 1_000n * DAY,
  startBy: 990n * DAY,
  window: 100n * DAY,
  duration: 10n * DAY,
  maxGap: 3n * DAY,
  target: TARGET,
};
const daily = (fromDay: bigint, toDay: bigint, tvl: bigint) =>
  Array.from({ length: Number(toDay - fromDay) + 1 }, (_, i) => ({
    time: terms.start + (fromDay + BigInt(i)) * DAY,
    tvl,
  }));

describe("dealView", () => {
  it("is exercisable once a run reaches the duration, until the deadline", () => {
    const reports = [...daily(0n, 4n, 50n), ...daily(5n, 15n, 150n)];
    const now = terms.start + 15n * DAY + 60n;
    const v = dealView(terms, reports, now);
    expect(v.status).toBe("exercisable");
    expect(v.exercisable).toBe(true);
    expect(v.scan.longest).toBe(10n * DAY);
    expect(v.currentRun).toEqual({ start: terms.start + 5n * DAY, end: terms.start + 15n * DAY, reports: 11 });
    expect(v.timeLeft).toBe(terms.start + terms.window - now);
    expect(v.reportAge).toBe(60n);

    const late = dealView(terms, reports, terms.start + terms.window + 1n);
    expect(late.status).toBe("window-closed");
    expect(late.exercisable).toBe(false);
    expect(late.timeLeft).toBe(0n);
  });

  it("stays active short of the duration and says when the condition could hold at the earliest", () => {
    const reports = daily(5n, 12n, 150n);
    const v = dealView(terms, reports, terms.start + 12n * DAY);
    expect(v.status).toBe("active");
    expect(v.scan.longest).toBe(7n * DAY);
    expect(v.earliestMet).toBe(terms.start + 15n * DAY);
  });

  it("drops the run in progress once the oracle has been silent for longer than the gap", () => {
    const reports = daily(5n, 12n, 150n);
    const now = terms.start + 16n * DAY;
    const v = dealView(terms, reports, now);
    expect(v.reportStale).toBe(true);
    expect(v.currentRun).toBeUndefined();
    expect(v.earliestMet).toBe(now + terms.duration);
  });

  it("has no earliest time when not even a run from now could fit in the window", () => {
    const v = dealView(terms, [], terms.start + 95n * DAY);
    expect(v.earliestMet).toBeUndefined();
  });

  it("reports the final states and a pending deal without a scan", () => {
    const reports = daily(0n, 20n, 150n);
    expect(dealView({ ...terms, state: DealState.Exercised }, reports, terms.start).status).toBe("exercised");
    expect(dealView({ ...terms, state: DealState.Expired }, reports, terms.start).exercisable).toBe(false);
    const pending = dealView(
      { ...terms, state: DealState.Pending, start: 0n, startBy: terms.start + DAY },
      reports,
      terms.start,
    );
    expect(pending.status).toBe("pending");
    expect(pending.startTimeLeft).toBe(DAY);
    expect(pending.scan.longestEnd).toBe(0n);
    expect(pending.deadline).toBeUndefined();
    expect(pending.lastReport).toEqual(reports.at(-1));
  });

  it("lapses a pending deal one second after its start deadline, as VamDeal.lapsed() does", () => {
    const pending = { ...terms, state: DealState.Pending, start: 0n, startBy: 2_000n };
    expect(dealView(pending, [], 2_000n)).toMatchObject({ status: "pending", startTimeLeft: 0n, exercisable: false });
    expect(dealView(pending, [], 2_001n)).toMatchObject({ status: "lapsed", startTimeLeft: 0n, exercisable: false });
    // Once started the deadline no longer matters.
    expect(dealView({ ...terms, startBy: 0n }, [], terms.start).status).toBe("active");
  });
});

describe("dealStatus", () => {
  const deadline = terms.start + terms.window;
  it("answers as dealView does at every state and time, the condition held or not", () => {
    const met = [...daily(0n, 4n, 50n), ...daily(5n, 15n, 150n)];
    const short = daily(5n, 8n, 150n);
    const pending = { ...terms, state: DealState.Pending, start: 0n };
    const cases: [DealTerms, bigint][] = [
      [pending, terms.startBy],
      [pending, terms.startBy + 1n],
      [terms, terms.start + 15n * DAY],
      [terms, deadline],
      [terms, deadline + 1n],
      [{ ...terms, state: DealState.Exercised }, deadline + 1n],
      [{ ...terms, state: DealState.Expired }, terms.start + DAY],
    ];
    for (const [t, now] of cases)
      for (const reports of [met, short]) {
        const v = dealView(t, reports, now);
        expect(dealStatus(t, v.exercisable, now), `${t.state} at ${now}`).toBe(v.status);
      }
  });

  it("takes the deal's own exercisable() answer: false after the deadline, when the window closed", () => {
    expect(dealStatus(terms, true, deadline)).toBe("exercisable");
    expect(dealStatus(terms, false, deadline)).toBe("active");
    expect(dealStatus(terms, false, deadline + 1n)).toBe("window-closed");
    expect(dealStatus({ ...terms, state: DealState.Pending }, false, terms.startBy + 1n)).toBe("lapsed");
  });
});
