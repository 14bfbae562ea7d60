import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { DAY } from "../../domain/valuation/returns.ts";
import { buildRows, filterRows, sortRows } from "./rows.ts";
import type { DiscoverData, FundSummary } from "./readDiscover.ts";
import { parseView } from "./view.ts";

const fees = { managementBps: 100n, performanceBps: 1_000n, hurdleBps: 0n, hwm: 0n, hwmTime: 0n, lastAccrual: 0n };
const usdc = {
  address: "0x01" as Address,
  symbol: "USDC",
  decimals: 6,
  usd: { answer: 10n ** 8n, feedDecimals: 8, decimals: 6 },
  feed: "0x11" as Address,
};
const weth = {
  address: "0x02" as Address,
  symbol: "WETH",
  decimals: 18,
  usd: { answer: 2_000n * 10n ** 8n, feedDecimals: 8, decimals: 18 },
  feed: "0x12" as Address,
};
const fund = (i: number, name: string, mechanism: number, asset: typeof usdc, tvl: bigint): FundSummary => ({
  address: `0x${i.toString(16).padStart(40, "0")}` as Address,
  name,
  symbol: `eg${i}`,
  decimals: asset.decimals + 6,
  mechanism,
  asset,
  pricesFresh: true,
  managerTokenSupply: 0n,
  investorGoverned: false,
  fees: { ...fees, managementBps: BigInt(i) },
  tvl,
  navPerShare: 1n,
  perManagerToken: 0n,
  history: [],
  trend: [],
});
const data: DiscoverData = {
  block: 10n,
  timestamp: 400n * DAY,
  units: {},
  unitFeeds: { eth: "0x21" as Address, btc: "0x22" as Address },
  broken: [],
  pending: 0,
  funds: [
    fund(1, "Stable", 1, usdc, 5_000_000n * 10n ** 6n), // $5M
    fund(2, "Ether", 0, weth, 1_000n * 10n ** 18n), // $2M
    fund(3, "DeFi", 0, usdc, 3_000_000n * 10n ** 6n), // $3M
  ],
};
const rows = buildRows(data, "asset");
const names = (r: typeof rows) => r.map((x) => x.fund.name);
const view = (q: string) => parseView(new URLSearchParams(q));

describe("sortRows", () => {
  it("sorts TVL by its USD value across assets, both ways", () => {
    expect(names(sortRows(rows, view("sort=tvl&dir=desc")))).toEqual(["Stable", "DeFi", "Ether"]);
    expect(names(sortRows(rows, view("sort=tvl&dir=asc")))).toEqual(["Ether", "DeFi", "Stable"]);
  });
  it("keeps the registry order without a sort, and for ties", () => {
    expect(names(sortRows(rows, view("")))).toEqual(["Stable", "Ether", "DeFi"]);
    expect(names(sortRows(rows, view("sort=mechanism&dir=asc")))).toEqual(["Ether", "DeFi", "Stable"]);
  });
  it("puts rows without a value last", () => {
    expect(names(sortRows(rows, view("sort=r7&dir=asc")))).toEqual(["Stable", "Ether", "DeFi"]);
  });
});

describe("filterRows", () => {
  it("filters by mechanism, asset, minimum TVL in the unit shown, and name", () => {
    expect(names(filterRows(rows, view("mech=governance")))).toEqual(["Ether", "DeFi"]);
    expect(names(filterRows(rows, view("asset=usdc")))).toEqual(["Stable", "DeFi"]);
    expect(names(filterRows(rows, view("minTvl=3000000")))).toEqual(["Stable", "DeFi"]);
    expect(names(filterRows(buildRows(data, "usd"), view("minTvl=2500000")))).toEqual(["Stable", "DeFi"]);
    expect(names(filterRows(rows, view("q=ETH")))).toEqual(["Ether"]);
    expect(filterRows(rows, view("mech=algorithm"))).toEqual([]);
  });
});

describe("parseView", () => {
  it("falls back to defaults on invalid values", () => {
    expect(view("sort=evil&dir=up&mech=dictator&asset=%3Cscript%3E&minTvl=-5&compare=0x12,nope")).toEqual({
      sort: undefined,
      dir: "desc",
      mech: undefined,
      asset: undefined,
      minTvl: undefined,
      q: "",
      compare: [],
    });
  });
  it("keeps at most three distinct compared funds", () => {
    const a = (n: number) => `0x${n.toString(16).padStart(40, "0")}`;
    expect(view(`compare=${[1, 2, 1, 3, 4].map(a).join(",")}`).compare).toEqual([1, 2, 3].map(a));
  });
  it("defaults the direction by column type", () => {
    expect(view("sort=name").dir).toBe("asc");
    expect(view("sort=tvl").dir).toBe("desc");
  });
});
