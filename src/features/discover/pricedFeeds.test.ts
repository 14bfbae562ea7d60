import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { pricedFeeds } from "./pricedFeeds.ts";
import type { DiscoverData, FundSummary } from "./readDiscover.ts";

const asset = (feed: string, decimals: number) => ({
  address: "0x01" as Address,
  symbol: "T",
  decimals,
  usd: { answer: 10n ** 8n, feedDecimals: 8, decimals },
  feed: feed as Address,
});
const fund = (feed: string, times: bigint[] | undefined) =>
  ({ asset: asset(feed, 6), history: times?.map((t) => ({ t, navPerShare: 1n })) }) as unknown as FundSummary;
const data = (funds: FundSummary[], eth?: boolean): DiscoverData => ({
  block: 9n,
  timestamp: 1_000n,
  units: eth ? { eth: { answer: 3_000n * 10n ** 8n, feedDecimals: 8, decimals: 18 } } : {},
  unitFeeds: { eth: "0xE7" as Address, btc: "0xB7" as Address },
  broken: [],
  pending: 0,
  funds,
});

describe("pricedFeeds", () => {
  it("asks each asset feed for its funds' return points, once each, in order, with its answer now", () => {
    const d = data([
      fund("0xA1", [500n, 100n]),
      fund("0xa1", [100n, 700n]),
      fund("0xB2", [300n]),
      fund("0xC3", undefined),
    ]);
    expect(pricedFeeds(d, "asset")).toEqual([]);
    const usd = pricedFeeds(d, "usd");
    expect(usd.map((f) => [f.feed.toLowerCase(), f.times])).toEqual([
      ["0xa1", [100n, 500n, 700n]],
      ["0xb2", [300n]],
    ]);
    expect(usd[0]).toMatchObject({ feedDecimals: 8, decimals: 6, latest: 10n ** 8n });
  });

  it("asks the unit's feed for every fund's times, with the unit's decimals", () => {
    const eth = pricedFeeds(data([fund("0xA1", [100n]), fund("0xB2", [300n])], true), "eth");
    const latest = 3_000n * 10n ** 8n;
    expect(eth.at(-1)).toEqual({ feed: "0xE7", feedDecimals: 8, decimals: 18, latest, times: [100n, 300n] });
    // Without the unit's price, no fund can be shown in it: its feed is not asked.
    expect(pricedFeeds(data([fund("0xA1", [100n])]), "eth").map((f) => f.feed)).toEqual(["0xA1"]);
  });
});
