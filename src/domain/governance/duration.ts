// Durations and countdowns in words, in the app's one duration format (lib/durations).
import { formatDuration } from "../../lib/durations.ts";

/** 93_784 → "1 d 2 h"; the two largest non-zero units, whole seconds. */
export const durationText = (seconds: bigint | number): string => formatDuration(seconds);

/** Whole days as people say them: 1 → "1 day", 30 → "30 days"; other lengths as a duration. */
export function daysText(seconds: bigint): string {
  if (seconds % 86_400n !== 0n) return formatDuration(seconds);
  const days = seconds / 86_400n;
  return `${days} ${days === 1n ? "day" : "days"}`;
}
