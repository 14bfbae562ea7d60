import { describe, expect, it } from "vitest";
import { DealState, WHOLE } from "../vam/index.ts";
import { dealAttention, type AccountDeal } from "./dealAttention.ts";

const DAY = 86_400n;
const ME = "0x00000000000000000000000000000000000000Aa";
const PROJECT = "0x00000000000000000000000000000000000000Bb";
const FUND = "0x00000000000000000000000000000000000000F1";
const start = 1_000n * DAY;
const now = start + 10n * DAY;

const deal = (over: Partial<AccountDeal> = {}, claims: Partial<AccountDeal["claims"]> = {}): AccountDeal => {
  const state = over.terms?.state ?? DealState.Active;
  return {
    deal: "0x00000000000000000000000000000000000000D1",
    fund: FUND,
    project: PROJECT,
    name: "Orbit Lending",
    n1: 300n,
    p1: 1_500n,
    n2: 450n,
    p2: 1_500n,
    terms: { state, start, startBy: start - DAY, window: 100n * DAY },
    exercisable: false,
    projectEscrowed: true,
    assignedPart: 0n,
    ...over,
    claims: {
      state,
      fundPart: WHOLE,
      fundClaimed: false,
      projectAssetsClaimed: 300n,
      projectTokensClaimed: false,
      ...claims,
    },
  };
};
const actions = (deals: AccountDeal[], account = ME, held: string[] = [FUND.toLowerCase()]) =>
  dealAttention(deals, account, held, now).map((i) => i.action);
const settled = (state: number) => ({ terms: { state, start, startBy: start - DAY, window: 100n * DAY } });

describe("dealAttention", () => {
  it("names tranche 2 to exercise to a holder of the fund, and to no one else", () => {
    const d = deal({ exercisable: true });
    expect(dealAttention([d], ME, [FUND], now)).toEqual([
      { kind: "deal", action: "exercise", deal: d.deal, fund: FUND, name: "Orbit Lending" },
    ]);
    expect(actions([d], ME, [])).toEqual([]);
    // The deal's answer is taken as it is: not met, nothing to exercise.
    expect(actions([deal()])).toEqual([]);
  });

  it("leaves out an exercisable answer once the window closed, as the card does", () => {
    const d = deal({ exercisable: true });
    expect(dealAttention([d], ME, [FUND], start + 100n * DAY + 1n)).toEqual([]);
  });

  it("names the fund's leg once settled until the fund claimed it, to its holders", () => {
    expect(actions([deal(settled(DealState.Exercised))])).toEqual(["claim-fund"]);
    expect(actions([deal(settled(DealState.Expired))])).toEqual(["claim-fund"]);
    expect(actions([deal(settled(DealState.Exercised), { fundClaimed: true })])).toEqual([]);
    // Every part assigned away: the fund's own leg is nothing.
    expect(actions([deal(settled(DealState.Exercised), { fundPart: 0n })])).toEqual([]);
    expect(actions([deal(settled(DealState.Exercised))], ME, [])).toEqual([]);
  });

  it("names the project's own legs to the project only", () => {
    // Active with n1 claimed: nothing; with n1 unclaimed: n1.
    expect(actions([deal()], PROJECT, [])).toEqual([]);
    expect(actions([deal({}, { projectAssetsClaimed: 0n })], PROJECT, [])).toEqual(["claim-project"]);
    expect(actions([deal({}, { projectAssetsClaimed: 0n })], ME, [])).toEqual([]);
    // Exercised: n2 more; expired: p2 back, until claimed.
    expect(actions([deal(settled(DealState.Exercised), { fundClaimed: true })], PROJECT, [])).toEqual([
      "claim-project",
    ]);
    expect(
      actions([deal(settled(DealState.Exercised), { fundClaimed: true, projectAssetsClaimed: 750n })], PROJECT, []),
    ).toEqual([]);
    expect(
      actions([deal(settled(DealState.Expired), { fundClaimed: true, projectTokensClaimed: true })], PROJECT, []),
    ).toEqual([]);
    expect(actions([deal(settled(DealState.Expired), { fundClaimed: true })], PROJECT, [])).toEqual(["claim-project"]);
  });

  it("names the project's escrow in a deal that lapsed, not in one still waiting for the fund's vote", () => {
    const pending = { terms: { state: DealState.Pending, start: 0n, startBy: now + DAY, window: 100n * DAY } };
    const lapsed = { terms: { ...pending.terms, startBy: now - 1n } };
    expect(actions([deal(pending, { projectAssetsClaimed: 0n })], PROJECT)).toEqual([]);
    expect(dealAttention([deal({ terms: { ...pending.terms, startBy: now } })], PROJECT, [], now)).toEqual([]);
    expect(actions([deal(lapsed, { projectAssetsClaimed: 0n })], PROJECT)).toEqual(["withdraw"]);
    expect(actions([deal({ ...lapsed, projectEscrowed: false }, { projectAssetsClaimed: 0n })], PROJECT)).toEqual([]);
    expect(actions([deal(lapsed, { projectAssetsClaimed: 0n })], ME)).toEqual([]);
  });

  it("names a part assigned in an in-kind exit once settled, whether or not the account still holds the fund", () => {
    const part = WHOLE / 10n;
    expect(actions([deal({ assignedPart: part })], ME, [])).toEqual([]);
    expect(
      actions([deal({ ...settled(DealState.Exercised), assignedPart: part }, { fundClaimed: true })], ME, []),
    ).toEqual(["claim-assigned"]);
    // A part too small to pay a unit of either leg is nothing to claim.
    expect(actions([deal({ ...settled(DealState.Expired), assignedPart: 1n }, { fundClaimed: true })], ME, [])).toEqual(
      [],
    );
  });

  it("lists every action one account has in one deal, in the card's order", () => {
    const d = deal({ ...settled(DealState.Exercised), assignedPart: WHOLE / 4n });
    expect(actions([d], PROJECT, [FUND])).toEqual(["claim-fund", "claim-project", "claim-assigned"]);
  });
});
