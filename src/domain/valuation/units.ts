// Amounts in the unit a page is shown in: a fund's own asset, USD, ETH or BTC, converted
// with the valuation engine exactly as the contracts price assets (bigint, floor).
import type { Denomination } from "../../lib/denomination.ts";
import type { Money } from "../../lib/units.ts";
import { gavUsdWad, usdIn, usdToDenom, type UsdPrice } from "./gav.ts";

export type UnitPrices = { eth?: UsdPrice; btc?: UsdPrice };
type FundAsset = { symbol: string; decimals: number; usd: UsdPrice };

const USD_DECIMALS = 18; // the engine's USD values are WAD

/** USD (WAD) value of `value` asset units; undefined without a usable asset price. */
export function usdValue(value: bigint, asset: FundAsset): bigint | undefined {
  return asset.usd.answer > 0n ? gavUsdWad(value, asset.usd) : undefined;
}

/** `value` asset units in `unit`; undefined when a price it needs is missing. */
export function inUnit(value: bigint, asset: FundAsset, unit: Denomination, prices: UnitPrices): Money | undefined {
  if (unit === "asset") return { value, decimals: asset.decimals, symbol: asset.symbol };
  const usd = usdValue(value, asset);
  if (usd === undefined) return undefined;
  if (unit === "usd") return { value: usd, decimals: USD_DECIMALS, symbol: "USD" };
  const price = prices[unit];
  return price && { value: usdIn(usd, price), decimals: price.decimals, symbol: unit.toUpperCase() };
}

/** A USD (WAD) value, such as an LP position's, in `unit`; undefined when a price it needs is missing. */
export function fromUsd(usd: bigint, asset: FundAsset, unit: Denomination, prices: UnitPrices): Money | undefined {
  if (unit === "usd") return { value: usd, decimals: USD_DECIMALS, symbol: "USD" };
  const price = unit === "asset" ? asset.usd : prices[unit];
  if (!price || price.answer <= 0n) return undefined;
  const value = usdToDenom(usd, price.answer, price.decimals, price.feedDecimals);
  return { value, decimals: price.decimals, symbol: unit === "asset" ? asset.symbol : unit.toUpperCase() };
}
