// The committee's view on a committee fund's page: members and terms, the threshold, every
// decision with its state and approvals, and for a member in term the trade form and actions.
import { useAccount } from "../../chain/account.ts";
import { readErrorMessage, useAppChainId } from "../../chain/index.ts";
import { useReadClient } from "../../chain/readClient.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { decisionRows, inTerm } from "../../domain/committee/index.ts";
import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { shortAddress } from "../../lib/format.ts";
import { DecisionCard, type Row } from "./DecisionCard.tsx";
import { Members } from "./Members.tsx";
import { ProposeTrade } from "./ProposeTrade.tsx";
import { useCommittee } from "./useCommittee.ts";

function Loading() {
  return (
    <div role="status" aria-busy="true" data-testid="committee-loading" className="space-y-3 pt-2">
      <span className="sr-only">Loading the committee…</span>
      <div className="h-32 animate-pulse rounded-xl bg-muted" />
      <div className="h-24 animate-pulse rounded-xl bg-muted" />
    </div>
  );
}

export function CommitteeTab({ fund }: FundSlotProps) {
  const q = useCommittee(fund);
  const { address: account } = useAccount();
  const client = useReadClient({ chainId: useAppChainId() });
  if (q.error && !q.data)
    return (
      <ErrorState
        title="The committee could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  if (!q.data) return <Loading />;
  const c = q.data;
  if (c.kind === "not-committee")
    return (
      <EmptyState title="This fund is not managed by a committee.">
        Its manager takes decisions alone or by governance.
      </EmptyState>
    );
  const rows = decisionRows(c.decisions, c.members, c.threshold, c.now) as Row[];
  const member = inTerm(c.members, account, c.now);
  return (
    <div className="space-y-4 pt-2" data-testid="committee">
      <p className="max-w-3xl text-sm text-subtle">
        The fund's manager is its investment committee{" "}
        <span className="font-mono" title={c.address}>
          {shortAddress(c.address)}
        </span>
        . Manager-token holders elect its members by proposal; each trade needs the approval of members in term, and the
        fund refuses any trade that breaks its guidelines or loses value against the oracles.
      </p>
      <Members members={c.members} threshold={c.threshold} now={c.now} account={account} />
      {member && client && c.pairs.length > 0 && (
        <ProposeTrade committee={c.address} pairs={c.pairs} tokens={c.tokens} client={client} />
      )}
      <section aria-labelledby="committee-decisions" className="space-y-2">
        <h2 id="committee-decisions" className="font-medium">
          Decisions
        </h2>
        {rows.length === 0 ? (
          <EmptyState title="No decision yet.">A member proposes a trade; others approve it.</EmptyState>
        ) : (
          <ul className="space-y-2">
            {rows.map((d) => (
              <DecisionCard
                key={String(d.id)}
                d={d}
                committee={c.address}
                members={c.members}
                threshold={c.threshold}
                now={c.now}
                account={account}
                pairs={c.pairs}
                tokens={c.tokens}
              />
            ))}
          </ul>
        )}
        {c.count > BigInt(c.decisions.length) && (
          <p className="text-xs text-subtle">
            The {c.decisions.length} latest of {String(c.count)} decisions.
          </p>
        )}
      </section>
    </div>
  );
}
