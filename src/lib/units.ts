// Amounts as the app carries them to the screen, and amounts typed by a user.
import { asciiDigits } from "./digits.ts";

/** An amount with what it takes to show it; conversions between units live in domain/valuation. */
export type Money = { value: bigint; decimals: number; symbol: string };

// ───────────── amounts typed by a user ─────────────

export type AmountInputError =
  | { kind: "empty" }
  | { kind: "negative" }
  | { kind: "exponent" }
  | { kind: "invalid" }
  | { kind: "grouping" }
  | { kind: "ambiguous"; asGroup: string; asDecimal: string }
  | { kind: "decimals"; decimals: number }
  | { kind: "too-large" };

export type AmountInput = { ok: true; value: bigint } | { ok: false; error: AmountInputError };

const MAX_UINT256 = (1n << 256n) - 1n;
const SPACES = /[\s\u00a0\u202f\u2009']/g; // pasted amounts carry spaces, NBSPs, thin spaces or 1'000

/** The locale's decimal separator, "." or ",". */
export function decimalSeparator(locale?: string): "." | "," {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal");
  return part?.value === "," ? "," : ".";
}

/**
 * Parses an amount as typed or pasted, into token units with `decimals` decimals, from its
 * string (never through Number). Accepts `,` or `.` as the decimal separator and either as
 * a thousands separator when grouped by three; a lone separator followed by exactly three
 * digits that is not the locale's decimal separator is ambiguous (1,234 might be 1.234).
 * Arabic-Indic and full-width digits count as 0–9.
 */
export function parseAmount(text: string, decimals: number, localeDecimal: "." | "," = "."): AmountInput {
  const fail = (error: AmountInputError): AmountInput => ({ ok: false, error });
  const s = asciiDigits(text).replace(SPACES, "");
  if (s === "") return fail({ kind: "empty" });
  if (/^[-−–]/.test(s)) return fail({ kind: "negative" });
  if (/^[\d.,]*\d[eE][+-]?\d+$/.test(s)) return fail({ kind: "exponent" });
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail({ kind: "invalid" });

  const seps = [...s.matchAll(/[.,]/g)];
  let int = s;
  let frac = "";
  if (seps.length > 0) {
    const last = seps[seps.length - 1];
    const lastIsGroup = seps.length > 1 && seps.every((m) => m[0] === last[0]); // 1,234,567
    const digitsAfter = s.length - last.index - 1;
    if (!lastIsGroup) {
      int = s.slice(0, last.index);
      frac = s.slice(last.index + 1);
      const lone = seps.length === 1 && last[0] !== localeDecimal && digitsAfter === 3 && !/^0*$/.test(int);
      if (lone) return fail({ kind: "ambiguous", asGroup: int + frac, asDecimal: `${int}.${frac}` });
    }
    // Whatever separators are left group thousands: 1,234,567 or 1.234.567, never 1,23,4.
    const groups = int.split(/[.,]/);
    if (groups.length > 1) {
      const sep = lastIsGroup ? last[0] : int.match(/[.,]/)![0];
      if (
        int.includes(sep === "." ? "," : ".") ||
        groups[0].length === 0 ||
        groups[0].length > 3 ||
        groups.slice(1).some((g) => g.length !== 3)
      ) {
        return fail({ kind: "grouping" });
      }
      int = groups.join("");
    }
  }
  if (/[.,]/.test(frac)) return fail({ kind: "invalid" });
  if (int === "" && frac === "") return fail({ kind: "invalid" });
  const fracDigits = frac.replace(/0+$/, ""); // trailing zeros carry no value
  if (fracDigits.length > decimals) return fail({ kind: "decimals", decimals });
  if (int.replace(/^0+/, "").length > 78) return fail({ kind: "too-large" });
  const value = BigInt(int || "0") * 10n ** BigInt(decimals) + BigInt(fracDigits.padEnd(decimals, "0") || "0");
  return value > MAX_UINT256 ? fail({ kind: "too-large" }) : { ok: true, value };
}

/** What a parse error means, in words for the field that caused it. */
export function amountInputMessage(e: AmountInputError, symbol: string): string {
  switch (e.kind) {
    case "empty":
      return "Enter an amount.";
    case "negative":
      return "The amount can't be negative.";
    case "exponent":
      return "Write the amount out in digits; exponents like 1e18 are not accepted.";
    case "invalid":
      return "Use digits and one decimal separator only.";
    case "grouping":
      return "The thousands separators are misplaced: group digits by three, or leave them out.";
    case "ambiguous":
      return `Is that ${e.asGroup} or ${e.asDecimal}? Type it without the thousands separator.`;
    case "decimals":
      return e.decimals === 0 ? `${symbol} has no decimals.` : `${symbol} has at most ${e.decimals} decimals.`;
    case "too-large":
      return "That number is far too large.";
  }
}
