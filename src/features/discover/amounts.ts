import { formatTokenAmount, type AmountFormat } from "../../lib/format.ts";

// One place for how the Discover list shows amounts, shared with the end-to-end test.
export function formatTvl(value: bigint, decimals: number, symbol: string, locale?: string) {
  return formatTokenAmount(value, decimals, symbol, { locale, minimumFractionDigits: 2 });
}

const perShare: AmountFormat = { minimumFractionDigits: 4, maximumFractionDigits: 4 };

export function formatNavPerShare(value: bigint, decimals: number, symbol: string, locale?: string) {
  return formatTokenAmount(value, decimals, symbol, { ...perShare, locale });
}
