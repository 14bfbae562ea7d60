// Formatting shared by the fund page and its tests.
import { formatAmount, formatTokenAmount } from "../../lib/format.ts";
import type { Money } from "../../lib/units.ts";

/** A money amount as the page shows it: up to 4 fraction digits. */
export const money = (value: bigint, decimals: number, symbol: string) =>
  formatTokenAmount(value, decimals, symbol, { maximumFractionDigits: 4, maximumSignificantDigits: 6 });

/** `money` of an amount in the page's unit; a dash when a price it needs is missing. */
export const moneyOf = (m: Money | undefined) => (m ? money(m.value, m.decimals, m.symbol) : "—");

/** Every digit, for totals that must add up exactly on screen. */
export const exact = (value: bigint, decimals: number, symbol: string) =>
  formatTokenAmount(value, decimals, symbol, {
    maximumFractionDigits: Math.min(decimals, 20),
    maximumSignificantDigits: 21,
  });

/** A token count without a symbol, e.g. a balance. */
export const amount = (value: bigint, decimals: number) =>
  formatAmount(value, decimals, { maximumFractionDigits: 4, maximumSignificantDigits: 6 });
