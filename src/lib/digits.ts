// Digits as people type them on Arabic, Persian and East Asian keyboards, read as 0–9: the
// amount is the same number whichever script wrote it.

// Each script's zero; its nine successors follow it in Unicode order.
const ZEROS = [0x0660, 0x06f0, 0xff10]; // Arabic-Indic ٠, Extended Arabic-Indic ۰, full-width ０
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;
// The Arabic decimal and thousands separators, and the full-width ones.
const SEPARATORS: Record<string, string> = {
  "\u066b": ".",
  "\u066c": ",",
  "\uff0e": ".",
  "\uff0c": ",",
  "\u060c": ",",
};

/** `text` with every Arabic-Indic, Extended Arabic-Indic and full-width digit (and their separators) as ASCII. */
export function asciiDigits(text: string): string {
  return text
    .replace(OTHER_DIGITS, (c) => {
      const code = c.charCodeAt(0);
      const zero = ZEROS.find((z) => code >= z && code <= z + 9)!;
      return String(code - zero);
    })
    .replace(/[\u066b\u066c\uff0e\uff0c\u060c]/g, (c) => SEPARATORS[c]);
}
