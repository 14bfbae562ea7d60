import { useMemo } from "react";
import { AppLink } from "../../components/AppLink.tsx";
import { actionsOf, descriptionBody, ProposalState, proposalTitle } from "../../domain/governance/index.ts";
import { shortAddress } from "../../lib/format.ts";
import type { FundContext } from "./chain/readContext.ts";
import type { ListedProposal, ProposalsRead } from "./chain/readProposals.ts";
import { ActionList } from "./ActionList.tsx";
import { LifecyclePanel } from "./LifecyclePanel.tsx";
import { tabPath } from "../../lib/governancePaths.ts";
import { useProposalDetail } from "./queries.ts";
import { SafeDescription } from "./SafeDescription.tsx";
import { StateBadge } from "./StateBadge.tsx";
import { TallyBar } from "./TallyBar.tsx";
import { Timeline } from "./Timeline.tsx";
import { VoteList } from "./VoteList.tsx";
import { VotePanel } from "./VotePanel.tsx";
import { ShareButton } from "../../components/share/ShareButton.tsx";
import { STATE_LABEL } from "../../domain/governance/index.ts";
import { votesText } from "./format.ts";

interface Props {
  p: ListedProposal;
  ctx: FundContext;
  read: ProposalsRead;
}

export function ProposalDetail({ p, ctx, read }: Props) {
  const detail = useProposalDetail(p, read.block);
  const actions = useMemo(() => actionsOf(p), [p]);
  // An executed proposal's changes are in the fund's settings already: word it without them.
  const describe = useMemo(
    () => (p.state === ProposalState.Executed ? { ...ctx.describe, current: undefined } : ctx.describe),
    [p.state, ctx.describe],
  );
  return (
    <article data-testid="proposal-detail" aria-labelledby="proposal-title" className="space-y-4">
      <AppLink to={tabPath(ctx.set.fund)} className="text-sm text-brand hover:underline">
        ← All proposals
      </AppLink>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id="proposal-title" className="text-xl font-semibold break-words">
            {proposalTitle(p.description)}
          </h2>
          <p className="mt-1 text-xs text-subtle">
            Proposed by{" "}
            <span className="font-mono" title={p.proposer}>
              {shortAddress(p.proposer)}
            </span>{" "}
            · id{" "}
            <span className="font-mono" title={p.id.toString()}>
              {shortId(p.id)}
            </span>
          </p>
        </div>
        <div className="flex items-center gap-2">
          <StateBadge state={p.state} />
          <ShareButton
            target={{ kind: "proposal", fund: ctx.set.fund, id: p.id }}
            label="Share this proposal"
            testId="share-proposal"
            card={() => ({
              kicker: "Proposal",
              title: proposalTitle(p.description),
              subtitle: `${STATE_LABEL[p.state]} · ${actions.length} action${actions.length === 1 ? "" : "s"}`,
              figures: [
                { label: "For", value: votesText(p.tally.for, ctx.managerToken.decimals) },
                { label: "Against", value: votesText(p.tally.against, ctx.managerToken.decimals) },
                { label: "Abstain", value: votesText(p.tally.abstain, ctx.managerToken.decimals) },
              ],
            })}
          />
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <ActionList actions={actions} ctx={describe} label="What executing it does" />
          <section className="space-y-2">
            <h3 className="text-sm font-medium">Description</h3>
            <SafeDescription text={descriptionBody(p.description)} />
          </section>
          <section className="space-y-2">
            <h3 className="text-sm font-medium">Votes</h3>
            {detail.data ? (
              <VoteList votes={detail.data.votes} decimals={ctx.managerToken.decimals} />
            ) : (
              <div aria-busy="true" className="h-16 animate-pulse rounded bg-muted" />
            )}
          </section>
        </div>
        <aside className="min-w-0 space-y-4">
          <section className="space-y-2 rounded-xl border border-line bg-surface p-4">
            <h3 className="text-sm font-medium">Result</h3>
            <TallyBar tally={p.tally} quorum={p.quorum} decimals={ctx.managerToken.decimals} />
          </section>
          <VotePanel p={p} ctx={ctx} read={read} />
          <LifecyclePanel p={p} ctx={ctx} read={read} />
          <section className="space-y-2 rounded-xl border border-line bg-surface p-4">
            <h3 className="text-sm font-medium">Timeline</h3>
            <Timeline
              proposal={p}
              read={read}
              createdAt={detail.data?.createdAt}
              executedAt={detail.data?.executedAt}
              timelockDelay={ctx.params.timelockDelay}
            />
          </section>
        </aside>
      </div>
    </article>
  );
}

const shortId = (id: bigint) => {
  const s = id.toString();
  return s.length > 12 ? `${s.slice(0, 6)}…${s.slice(-4)}` : s;
};
