// The market price of a fund's investor or manager token in a constant-product pool, against
// its intrinsic value (DESIGN §4): the pool's mid price, in the fund's asset, and the premium.
import { convert, type UsdPrice } from "./gav.ts";
import { ratioPpm } from "./impermanentLoss.ts";
import { mulDiv, pow10 } from "./math.ts";

export type PoolReserves = { reserveToken: bigint; reserveQuote: bigint; tokenDecimals: number };

/**
 * Asset units per whole token at the pool's mid price `reserveQuote / reserveToken`. The quote
 * side is converted to the fund's asset at the feeds' prices, as the fund values holdings;
 * `"asset"` when the pool quotes the fund's asset itself. Undefined for an empty pool or a
 * missing price.
 */
export function midPriceInAsset(p: PoolReserves, quote: UsdPrice | "asset", asset: UsdPrice): bigint | undefined {
  if (p.reserveToken === 0n) return undefined;
  if (quote !== "asset" && (quote.answer <= 0n || asset.answer <= 0n)) return undefined;
  const quoteInAsset =
    quote === "asset"
      ? p.reserveQuote
      : convert(
          p.reserveQuote,
          quote.answer,
          quote.decimals,
          quote.feedDecimals,
          asset.answer,
          asset.decimals,
          asset.feedDecimals,
        );
  return mulDiv(quoteInAsset, pow10(p.tokenDecimals), p.reserveToken);
}

/** Market price over intrinsic value − 1, in ppm (negative: a discount); undefined without a value. */
export const premiumPpm = (market: bigint, intrinsic: bigint) =>
  intrinsic === 0n ? undefined : ratioPpm(market, intrinsic);
