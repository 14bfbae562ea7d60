// Durations and countdowns in words, from whole seconds.

const UNITS = [
  [86_400, "d"],
  [3_600, "h"],
  [60, "min"],
  [1, "s"],
] as const;

/** 93_784 → "1 d 2 h"; the two largest non-zero units, whole seconds. */
export function durationText(seconds: bigint | number): string {
  let s = Number(seconds);
  if (s <= 0) return "0 s";
  const parts: string[] = [];
  for (const [size, unit] of UNITS) {
    if (s >= size) {
      parts.push(`${Math.floor(s / size)} ${unit}`);
      s %= size;
    } else if (parts.length) {
      // A zero after the first unit ends the pair: "2 d", not "2 d 0 h 5 min".
      break;
    }
    if (parts.length === 2) break;
  }
  return parts.join(" ");
}

/** Whole days as people say them: 1 → "1 day", 30 → "30 days"; other lengths as a duration. */
export function daysText(seconds: bigint): string {
  if (seconds % 86_400n !== 0n) return durationText(seconds);
  const days = seconds / 86_400n;
  return `${days} ${days === 1n ? "day" : "days"}`;
}
