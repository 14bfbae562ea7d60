// The pools that trade the fund's tokens, each priced against the token's intrinsic value.
import { midPriceInAsset, premiumPpm, type UsdPrice } from "../../domain/valuation/index.ts";
import type { FundData } from "./types.ts";

/** The unit ("eth", "btc") a quote token stands for on the fund's chain, if any. */
const unitOf = (d: FundData, quote: string) =>
  (["eth", "btc"] as const).find((u) => d.unitSources[u].token.toLowerCase() === quote);
const MANAGER_TOKEN_DECIMALS = 18;

/** The quote token's USD price: the fund's own feed for a listed asset, else the unit feeds. */
function quotePrice(d: FundData, quote: string): UsdPrice | "asset" | undefined {
  if (quote === d.asset.address.toLowerCase()) return "asset";
  const a = d.raw.assets.find((x) => x.token.toLowerCase() === quote);
  if (a) return { answer: a.answer, feedDecimals: a.feedDecimals, decimals: a.decimals };
  const unit = unitOf(d, quote);
  return unit ? d.units[unit] : undefined;
}

export type MarketQuote = {
  pool: string;
  token: "investor" | "manager";
  quoteSymbol: string;
  /** Asset units per whole token at the pool's mid price. */
  price: bigint | undefined;
  intrinsic: bigint;
  premiumPpm: bigint | undefined;
};

export function marketQuotes(d: FundData): MarketQuote[] {
  const iv = d.snapshot.intrinsic;
  return d.pools.map((p) => {
    const investor = p.token === "investor";
    const intrinsic = investor ? iv.perShare : iv.perManagerToken;
    const quote = quotePrice(d, p.quote);
    const price =
      quote &&
      midPriceInAsset(
        {
          reserveToken: p.reserveToken,
          reserveQuote: p.reserveQuote,
          tokenDecimals: investor ? d.decimals : MANAGER_TOKEN_DECIMALS,
        },
        quote,
        d.asset.usd,
      );
    const unit = unitOf(d, p.quote);
    const quoteSymbol = d.tokens.get(p.quote)?.symbol ?? (unit === "eth" ? "WETH" : unit === "btc" ? "WBTC" : p.quote);
    return {
      pool: p.pool,
      token: p.token,
      quoteSymbol,
      price,
      intrinsic,
      premiumPpm: price === undefined ? undefined : premiumPpm(price, intrinsic),
    };
  });
}
