import { readErrorMessage } from "../../chain/index.ts";
import { useSearchParams } from "../../lib/router/index.ts";
import { AppLink } from "../../components/AppLink.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { durationText } from "../../domain/governance/index.ts";
import { setOf } from "./chain/readSets.ts";
import { CreateProposal } from "./CreateProposal.tsx";
import { DelegationPanel } from "./DelegationPanel.tsx";
import { votesText } from "./format.ts";
import { newProposalPath } from "../../lib/governancePaths.ts";
import { ProposalDetail } from "./ProposalDetail.tsx";
import { ListSkeleton, ProposalList } from "./ProposalList.tsx";
import { useFundContext, useFundSets, useProposals } from "./queries.ts";
import { buttonClass } from "./TxFeedback.tsx";

const message = readErrorMessage;

/** A fund's proposals, one proposal, or the form for a new one (`?proposal=`, `?new=`, `?draft=`). */
export function GovernanceTab({ fund }: FundSlotProps) {
  const [params] = useSearchParams();
  const sets = useFundSets();
  const set = sets.data && setOf(sets.data, fund);
  const proposals = useProposals(set ? [set.governor] : undefined, `governor:${fund}`);
  const ctx = useFundContext(set, proposals.data?.proposals);
  const failed = sets.error ?? proposals.error ?? ctx.error;
  if (failed) {
    return (
      <ErrorState
        title="The fund's governance could not be read."
        detail={message(failed)}
        onRetry={() => {
          void sets.refetch();
          void proposals.refetch();
          void ctx.refetch();
        }}
      />
    );
  }
  if (sets.data && !set) return <EmptyState title="This fund has no governance set in the registry." />;
  if (!proposals.data || !ctx.data) return <ListSkeleton />;
  const read = proposals.data;
  const c = ctx.data;

  const id = params.get("proposal");
  if (id !== null) {
    const p = /^\d{1,78}$/.test(id) ? read.proposals.find((x) => x.id === BigInt(id)) : undefined;
    if (!p)
      return (
        <EmptyState title="No such proposal in this fund.">
          Its governor has no proposal with the id {id.slice(0, 80)}.
        </EmptyState>
      );
    return <ProposalDetail p={p} ctx={c} read={read} />;
  }
  if (params.has("new") || params.has("draft")) return <CreateProposal ctx={c} read={read} />;
  const quorum = c.params.quorumPercent.toString();

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="proposals-title" className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="proposals-title" className="text-lg font-semibold">
            Proposals
          </h2>
          <AppLink to={newProposalPath(fund)} className={buttonClass}>
            New proposal
          </AppLink>
        </div>
        <p className="text-xs text-subtle">
          Voting opens {durationText(c.params.votingDelay)} after a proposal and lasts{" "}
          {durationText(c.params.votingPeriod)}; a passed proposal runs {durationText(c.params.timelockDelay)} after it
          is queued. Quorum: {quorum}% of the {c.managerToken.symbol} supply
          {c.investorGoverned ? " (the fund's shares, at each proposal's snapshot)" : ""}; proposing takes{" "}
          {votesText(c.params.threshold, c.managerToken.decimals)} votes.
        </p>
        {c.investorGoverned && (
          <p role="note" data-testid="investor-governed" className="rounded-lg bg-muted p-3 text-sm">
            This fund has no manager token: its investors govern it with their shares. Delegate your shares (to yourself
            or someone you trust) to vote; a proposal counts the shares delegated at its snapshot.
          </p>
        )}
        <ProposalList
          items={read.proposals.map((p) => ({ p, fund, decimals: c.managerToken.decimals }))}
          read={read}
          empty="No proposals yet."
        />
      </section>
      <aside className="min-w-0">
        <DelegationPanel ctx={c} />
      </aside>
    </div>
  );
}
