// The chain's clock on screen: it only moves when blocks are mined, so countdowns start from
// the chain time of the last read and follow the local clock from there.
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(l: () => void) {
  listeners.add(l);
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((x) => x());
  }, 1_000);
  return () => {
    listeners.delete(l);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Local milliseconds, re-rendering every second. */
export const useTicker = () => useSyncExternalStore(subscribe, () => now);

/** The chain's time now (seconds), from a read's chain time and when it was read. */
export function chainNow(read: { now: bigint; readAt: number }, localMs: number): bigint {
  return read.now + BigInt(Math.max(0, Math.floor((localMs - read.readAt) / 1000)));
}

/** The machine-readable moment of a `<time dateTime>`. */
export const isoText = (seconds: bigint) => new Date(Number(seconds) * 1000).toISOString();
