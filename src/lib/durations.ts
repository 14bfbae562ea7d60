// Spans of chain time (seconds) in words: the app's one duration format.

const UNITS = [
  ["d", 86_400n],
  ["h", 3_600n],
  ["min", 60n],
  ["s", 1n],
] as const;

/**
 * "31 d 4 h": the `parts` largest units from the first that is not zero, rounded down, zeros left
 * out ("2 d", not "2 d 0 h"); "0 s" for nothing. Each number stays on one line with its unit (a
 * no-break space between them). A negative span reads as its length.
 */
export function formatDuration(seconds: bigint | number, parts = 2): string {
  const out: string[] = [];
  let rest = BigInt(seconds);
  if (rest < 0n) rest = -rest;
  let left = parts;
  for (const [name, size] of UNITS) {
    if (left === 0) break;
    if (rest >= size) out.push(`${rest / size}\u00a0${name}`);
    if (rest >= size || out.length) left--;
    rest %= size;
  }
  return out.length ? out.join(" ") : "0\u00a0s";
}
