import { SUPPORT_LABEL } from "../../domain/governance/index.ts";
import { shortAddress } from "../../lib/format.ts";
import type { CastVote } from "./chain/readDetail.ts";
import { votesText } from "./format.ts";

/** Every vote cast, with the voter's reason as plain text. */
export function VoteList({ votes, decimals }: { votes: CastVote[]; decimals?: number }) {
  if (votes.length === 0) return <p className="text-sm text-subtle">No votes yet.</p>;
  return (
    <ul data-testid="vote-list" className="divide-y divide-line text-sm">
      {votes.map((v) => (
        <li key={v.voter} className="py-2">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span className="font-mono" title={v.voter}>
              {shortAddress(v.voter)}
            </span>
            <span>
              <span className={v.support === 1 ? "text-brand" : v.support === 0 ? "text-danger" : "text-subtle"}>
                {SUPPORT_LABEL[v.support]}
              </span>{" "}
              · <span className="font-mono">{votesText(v.weight, decimals)}</span>
            </span>
          </div>
          {v.reason && <p className="mt-0.5 text-subtle break-words">“{v.reason}”</p>}
        </li>
      ))}
    </ul>
  );
}
