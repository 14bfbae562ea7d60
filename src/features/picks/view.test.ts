import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { readRewardPrefill } from "../../lib/governancePaths.ts";
import type { PickView } from "./readPicks.ts";
import { filterPicks, KOL_CATEGORY, readFilter, records, rewardFund, rewardPath, rewardPrefill } from "./view.ts";

const A = "0xAAaa000000000000000000000000000000000001" as Address;
const B = "0xbbbb000000000000000000000000000000000002" as Address;
const F1 = "0xf100000000000000000000000000000000000001" as Address;
const F2 = "0xf200000000000000000000000000000000000002" as Address;
const WETH = "0xe000000000000000000000000000000000000001" as Address;
const UNI = "0xe000000000000000000000000000000000000002" as Address;

const fund = (address: Address) => ({
  address,
  name: address === F1 ? "One" : "Two",
  denomination: address,
  denomSymbol: "USDC",
  assets: [],
});
const pick = (
  id: number,
  author: Address,
  subject: Address,
  f: Address,
  ret: bigint | undefined,
  acted: Address[] = [],
): PickView => ({
  id: BigInt(id),
  author,
  publishedAt: BigInt(1_000 + id),
  kind: 0,
  direction: 0,
  subject,
  symbol: subject === WETH ? "WETH" : "UNI",
  fund: fund(f),
  feed: f,
  thesis: "t",
  uri: "",
  contentHash: "0x",
  returnBps: ret,
  relativeBps: ret,
  series: [],
  actions: acted.map((x) => ({ fund: x, time: 2_000n, how: "bought" as const, name: fund(x).name })),
});
const picks = [
  pick(0, A, WETH, F1, 1_000n, [F2]),
  pick(1, A, UNI, F1, -500n),
  pick(2, B, WETH, F2, 300n, [F2]),
  pick(3, A, WETH, F1, 2_000n, [F2, F1]),
];

describe("the Picks page's view", () => {
  it("reads the filters from the URL, lower-cased, and the selected pick as a number", () => {
    expect(
      readFilter(new URLSearchParams(`fund=${F1}&asset=${WETH.toUpperCase().replace("0X", "0x")}&pick=3`)),
    ).toEqual({
      fund: F1,
      asset: WETH,
      kol: undefined,
      pick: 3n,
    });
    expect(readFilter(new URLSearchParams("pick=x")).pick).toBeUndefined();
  });

  it("filters by the fund that judged or acted on a pick, by asset and by KOL, newest first", () => {
    expect(filterPicks(picks, {}).map((p) => p.id)).toEqual([3n, 2n, 1n, 0n]);
    expect(filterPicks(picks, { fund: F2 }).map((p) => p.id)).toEqual([3n, 2n, 0n]);
    expect(filterPicks(picks, { asset: UNI }).map((p) => p.id)).toEqual([1n]);
    expect(filterPicks(picks, { kol: B.toLowerCase() }).map((p) => p.id)).toEqual([2n]);
  });

  it("ranks KOLs over the picks shown", () => {
    expect(records(picks).map((r) => [r.author, r.averageBps, r.actedOn])).toEqual([
      [A, 833n, 2],
      [B, 300n, 1],
    ]);
  });

  it("rewards through the filtered fund, else the fund that acted most on the KOL's picks", () => {
    expect(rewardFund(A, picks, F1)).toBe(F1);
    expect(rewardFund(A, picks)).toBe(F2);
    expect(rewardFund(B, [pick(9, B, UNI, F1, 1n)])).toBe(F1);
  });

  it("prefills the reward template with the KOL category and a memo that links the record", () => {
    const [rec] = records(picks);
    const url = `https://app.example/picks?kol=${A.toLowerCase()}`;
    const p = rewardPrefill(rec, picks, url);
    expect(p.category).toBe(KOL_CATEGORY);
    expect(p.contributor).toBe(A);
    expect(p.memo).toBe(`KOL record: ${url}`);
    expect(p.body).toContain("#3 long WETH: +20.00%, acted on by Two, One");
    expect(p.body).not.toContain("#1 long UNI");
    const back = readRewardPrefill(new URL(rewardPath(F2, p), "https://app.example").searchParams);
    expect(back).toEqual(p);
  });
});
