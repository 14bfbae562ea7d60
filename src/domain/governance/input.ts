// Form input parsed from the strings people type: undefined-free results with the words to
// show at the field when the input is not usable.
import { getAddress, isAddress, parseUnits, zeroAddress, type Address } from "viem";
import { formatAmount } from "../../lib/format.ts";
import type { Parsed } from "./percent.ts";

/** A token amount with at most `decimals` decimals; `allowZero` for minimums. */
export function parseAmount(text: string, decimals: number, allowZero = false): Parsed<bigint> {
  const t = text
    .trim()
    .replace(/[\s_]/g, "")
    .replace(/,(?=\d{3}(\D|$))/g, "");
  if (t === "") return { ok: false, error: "Enter an amount." };
  const m = /^(\d+)(?:\.(\d*))?$/.exec(t);
  if (!m) return { ok: false, error: "Enter a number such as 1250.5." };
  if ((m[2] ?? "").length > decimals) return { ok: false, error: `At most ${decimals} decimals.` };
  const value = parseUnits(t, decimals);
  if (value === 0n && !allowZero) return { ok: false, error: "Enter an amount above zero." };
  if (value >= 2n ** 128n) return { ok: false, error: "That amount is too large." };
  return { ok: true, value };
}

/**
 * An amount as a form field starts from an exact one: six significant digits (two decimals at
 * least), never rounded up, in the digits `parseAmount` reads: 3240000.123456789012345678 DAI
 * shows as "3240000.12", 0.001234567 WETH as "0.00123456".
 */
export const amountInputText = (value: bigint, decimals: number) =>
  formatAmount(value, decimals, { locale: "en-US", maximumSignificantDigits: 6 }).replace(/,/g, "");

/**
 * The amount a field holds: the exact one it started from while its text is still that amount's
 * rounded text (a drafted amount keeps every wei), else what was typed.
 */
export function fieldAmount(text: string, decimals: number, exact: bigint | undefined, allowZero = false) {
  if (exact !== undefined && text === amountInputText(exact, decimals))
    return { ok: true, value: exact } as Parsed<bigint>;
  return parseAmount(text, decimals, allowZero);
}

export function parseAddress(text: string): Parsed<Address> {
  const t = text.trim();
  if (t === "") return { ok: false, error: "Enter an address (0x followed by 40 hex digits)." };
  if (!isAddress(t, { strict: false }))
    return { ok: false, error: "This is not an address: 0x followed by 40 hex digits." };
  if (/[a-f]/.test(t) && /[A-F]/.test(t.slice(2)) && !isAddress(t, { strict: true })) {
    return { ok: false, error: "The address's checksum (its upper and lower case) does not match: check for a typo." };
  }
  if (t.toLowerCase() === zeroAddress) return { ok: false, error: "The zero address cannot be used." };
  return { ok: true, value: getAddress(t) };
}

/** Whole days, 0 … `max`. */
export function parseDays(text: string, max = 3650): Parsed<bigint> {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t)) return { ok: false, error: "Enter a whole number of days." };
  const days = BigInt(t);
  if (days > BigInt(max)) return { ok: false, error: `At most ${max} days.` };
  return { ok: true, value: days };
}

/** A `YYYY-MM-DD` date (UTC midnight) in seconds. */
export function parseDate(text: string): Parsed<bigint> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).getUTCDate() !== +m[3])
    return { ok: false, error: "Enter a date as YYYY-MM-DD." };
  return { ok: true, value: BigInt(ms / 1000) };
}
