// Spans and moments of chain time (unix seconds as bigint) in words.

const UNITS = [["d", 86_400n], ["h", 3_600n], ["min", 60n], ["s", 1n]] as const;

/** "31 d 4 h": the two largest non-zero units, rounded down; "0 s" for nothing. Each number
 * stays on one line with its unit (a no-break space between them). */
export function formatDuration(seconds: bigint): string {
  const parts: string[] = [];
  let rest = seconds < 0n ? -seconds : seconds;
  for (const [name, size] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${rest / size}\u00a0${name}`);
      rest %= size;
    } else if (parts.length) break;
  }
  return parts.length ? parts.join(" ") : "0\u00a0s";
}

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "24 Nov 2026, 05:00 UTC" */
export const formatDateTime = (unixSeconds: bigint) => dateTime.format(new Date(Number(unixSeconds) * 1000));
/** "24 Nov 2026" (UTC) */
export const formatDate = (unixSeconds: bigint) => date.format(new Date(Number(unixSeconds) * 1000));
/** The same date from a chart's time axis (milliseconds): one date format across the app. */
export const formatChartDate = (ms: number) => date.format(ms);
