import { describe, expect, it } from "vitest";
import type { FundHolding } from "./readPortfolio.ts";
import { summarise } from "./summary.ts";

const usd = (answer: bigint, decimals: number) => ({ answer, feedDecimals: 8, decimals });
const holding = (
  asset: FundHolding["asset"],
  p: { value: bigint; mt?: bigint; cost: bigint; realised?: bigint; withdrawn?: bigint },
) =>
  ({
    asset,
    pricesFresh: true,
    value: p.value,
    managerTokenValue: p.mt ?? 0n,
    position: {
      shares: 1n,
      costBasis: p.cost,
      realised: p.realised ?? 0n,
      deposited: p.cost,
      withdrawn: p.withdrawn ?? 0n,
    },
  }) as FundHolding;
const usdc = { symbol: "USDC", decimals: 6, usd: usd(100_000_000n, 6) }; // $1
const weth = { symbol: "WETH", decimals: 18, usd: usd(2_000n * 10n ** 8n, 18) }; // $2,000
const eth = usd(2_000n * 10n ** 8n, 18);

describe("summarise", () => {
  const holdings = [
    holding(usdc, {
      value: 110_000_000n,
      mt: 5_000_000n,
      cost: 100_000_000n,
      realised: -2_000_000n,
      withdrawn: 8_000_000n,
    }), // $110 + $5, P&L +10 −2
    holding(weth, { value: 10n ** 18n, cost: 10n ** 18n }), // $2,000, flat
  ];

  it("sums funds of different assets in USD when the fund asset is chosen, and says which unit", () => {
    const s = summarise(holdings, "asset", { eth })!;
    expect(s.unit).toBe("usd");
    expect(s.total).toBe(2_115n * 10n ** 18n);
    expect(s.pnl).toBe(8n * 10n ** 18n);
    expect(s.invested).toBe(2_110n * 10n ** 18n); // 100 + (8 − −2) + 2,000
    expect(s.pnlPpm).toBe((8n * 1_000_000n) / 2_110n);
  });

  it("converts into ETH with ETH's decimals", () => {
    const s = summarise(holdings, "eth", { eth })!;
    expect([s.symbol, s.decimals]).toEqual(["ETH", 18]);
    expect(s.total).toBe((2_115n * 10n ** 18n) / 2_000n);
  });

  it("without the unit's price there is no total rather than a wrong one", () => {
    expect(summarise(holdings, "btc", { eth })).toBeUndefined();
  });
});
