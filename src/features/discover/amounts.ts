import { formatTokenAmount, type AmountFormat } from "../../lib/format.ts";
import type { Money } from "../../lib/units.ts";

// One place for how the Discover list shows amounts, shared with the end-to-end tests.
// TVL in whole units, or four significant digits when small (111.7 WBTC, 0.5321 ETH).
export function formatTvl(value: bigint, decimals: number, symbol: string, locale?: string) {
  return formatTokenAmount(value, decimals, symbol, { locale, maximumFractionDigits: 0 });
}

const perShare: AmountFormat = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

export function formatNavPerShare(value: bigint, decimals: number, symbol: string, locale?: string) {
  return formatTokenAmount(value, decimals, symbol, { ...perShare, locale });
}

export const formatTvlMoney = (m: Money, locale?: string) => formatTvl(m.value, m.decimals, m.symbol, locale);
export const formatPerShareMoney = (m: Money, locale?: string) =>
  formatNavPerShare(m.value, m.decimals, m.symbol, locale);
