import { durationText } from "../../domain/governance/index.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { chainNow, isoText, useTicker } from "./time.ts";

interface Props {
  /** Chain seconds. */
  at: bigint;
  read: { now: bigint; readAt: number };
}

/** "in 2 d 3 h", counting down every second; "now" once the time has come. */
export function Countdown({ at, read }: Props) {
  const now = chainNow(read, useTicker());
  const left = at - now;
  return (
    <time dateTime={isoText(at)} title={formatDateTime(at)} className="tabular-nums">
      {left > 0n ? `in ${durationText(left)}` : "now"}
    </time>
  );
}
