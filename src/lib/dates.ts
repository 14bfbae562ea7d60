// Moments of chain time in one date format across the app: day, short month, full year, in UTC
// (the chain's clock has no time zone, and every viewer of a proposal should read the same date).

const day = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
const date = new Intl.DateTimeFormat("en-GB", day);
const dateTime = new Intl.DateTimeFormat("en-GB", {
  ...day,
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});

/** "24 Nov 2026, 05:00 UTC", from unix seconds. */
export const formatDateTime = (unixSeconds: bigint) => dateTime.format(new Date(Number(unixSeconds) * 1000));
/** "24 Nov 2026" (UTC), from unix seconds. */
export const formatDate = (unixSeconds: bigint) => date.format(new Date(Number(unixSeconds) * 1000));
/** The same date from a chart's time axis (milliseconds). */
export const formatChartDate = (ms: number) => date.format(ms);
