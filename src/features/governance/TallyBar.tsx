import { quorumReached, quorumVotes, type Tally } from "../../domain/governance/index.ts";
import { pctOf, votesText } from "./format.ts";

interface Props {
  tally: Tally;
  quorum?: bigint;
  compact?: boolean;
  /** Decimals of the votes: 18 for manager tokens (the default), the share's when investors vote. */
  decimals?: number;
}

/** For / Against / Abstain with their shares and whether the quorum (For + Abstain) is reached. */
export function TallyBar({ tally, quorum, compact, decimals }: Props) {
  const text = (v: bigint) => votesText(v, decimals);
  const total = tally.for + tally.against + tally.abstain;
  const rows = [
    ["For", tally.for, "bg-brand"],
    ["Against", tally.against, "bg-danger"],
    ["Abstain", tally.abstain, "bg-subtle"],
  ] as const;
  const reached = quorum !== undefined && quorumReached(tally, quorum);
  return (
    <div className="space-y-1.5 text-xs" data-testid="tally">
      <div className="flex h-2 overflow-hidden rounded-full bg-muted" aria-hidden="true">
        {rows.map(([k, v, color]) => (
          <div key={k} className={color} style={{ width: `${pctOf(v, total)}%` }} />
        ))}
      </div>
      <dl className="flex flex-wrap gap-x-4 gap-y-1">
        {rows.map(([k, v]) => (
          <div key={k} className="flex gap-1">
            <dt className="text-subtle">{k}</dt>
            <dd className="font-mono tabular-nums" data-testid={`votes-${k.toLowerCase()}`}>
              {text(v)}
            </dd>
          </div>
        ))}
        <div className="flex gap-1">
          {/* Against votes do not count towards the quorum: say so wherever the figure stands beside them. */}
          <dt className="text-subtle">Quorum{compact ? "" : ", For + Abstain"}</dt>
          <dd data-testid="quorum" className={reached ? "text-brand" : ""}>
            {quorum === undefined
              ? "set at the snapshot"
              : `${text(quorumVotes(tally))} of ${text(quorum)}${compact ? " For + Abstain" : ""} · ` +
                `${reached ? "reached" : "not reached"}`}
          </dd>
        </div>
      </dl>
    </div>
  );
}
