import { useState } from "react";
import { useTransaction } from "../../chain/tx/index.ts";
import { Segmented } from "../../components/Segmented.tsx";
import {
  ProposalState,
  type Support,
  SUPPORT_LABEL,
  votingPower,
  type ProposalState as State,
} from "../../domain/governance/index.ts";
import { governorAbi } from "./chain/abis.ts";
import type { FundContext } from "./chain/readContext.ts";
import type { ListedProposal, ProposalsRead } from "./chain/readProposals.ts";
import { ConnectPrompt } from "./ConnectPrompt.tsx";
import { Countdown } from "./Countdown.tsx";
import { votesText } from "./format.ts";
import { useProposalDetail, useStanding } from "./queries.ts";
import { busy, buttonClass, inputClass, TxFeedback } from "./TxFeedback.tsx";

interface Props {
  p: ListedProposal;
  ctx: FundContext;
  read: ProposalsRead;
}

const OPEN: State[] = [ProposalState.Pending, ProposalState.Active];

/** The account's votes on this proposal (and why there are none), and the ballot. */
export function VotePanel({ p, ctx, read }: Props) {
  if (!OPEN.includes(p.state)) return null;
  return (
    <section
      aria-labelledby="vote-title"
      data-testid="vote-panel"
      className="space-y-3 rounded-xl border border-line bg-surface p-4"
    >
      <h3 id="vote-title" className="text-sm font-medium">
        Your vote
      </h3>
      <Ballot p={p} ctx={ctx} read={read} />
    </section>
  );
}

function Ballot({ p, ctx, read }: Props) {
  const standing = useStanding(ctx.set, { id: p.id, snapshot: p.voteStart });
  const detail = useProposalDetail(p, read.block);
  const [support, setSupport] = useState<`${Support}`>("1");
  const [reason, setReason] = useState("");
  const { state, run } = useTransaction();
  if (!standing.account) return <ConnectPrompt to="to vote" />;
  const s = standing.data;
  if (!s)
    return standing.error ? (
      <p role="alert" className="text-sm text-danger">
        Your votes could not be read.
      </p>
    ) : (
      <div aria-busy="true" className="h-12 animate-pulse rounded bg-muted" />
    );
  const power = votingPower({
    account: standing.account,
    atSnapshot: s.atSnapshot,
    current: s.votes,
    balance: s.balance,
    delegate: s.delegate,
    snapshot: p.voteStart,
    decimals: ctx.managerToken.decimals,
    ...(ctx.investorGoverned ? { unit: "shares" } : {}),
  });
  const mine = detail.data?.votes.find((v) => v.voter.toLowerCase() === standing.account!.toLowerCase());
  const label = SUPPORT_LABEL[Number(support) as Support];

  const vote = () =>
    run({
      title: `Vote ${label}`,
      steps: [
        {
          label: `Vote ${label}`,
          request: reason.trim()
            ? {
                address: ctx.set.governor,
                abi: governorAbi,
                functionName: "castVoteWithReason",
                args: [p.id, Number(support), reason.trim()],
              }
            : { address: ctx.set.governor, abi: governorAbi, functionName: "castVote", args: [p.id, Number(support)] },
        },
      ],
    });

  return (
    <div className="space-y-3 text-sm">
      <p data-testid="voting-power">
        {power.provisional
          ? "Your votes if nothing changes before the snapshot: "
          : "Your voting power at the snapshot: "}
        <span className="font-mono font-medium">{votesText(power.votes, ctx.managerToken.decimals)}</span>
      </p>
      {power.whyZero && (
        <p role="note" data-testid="why-zero" className="rounded-lg bg-muted p-2 text-subtle">
          {power.whyZero}
        </p>
      )}
      {s.hasVoted ? (
        <p data-testid="voted" className="font-medium text-brand">
          You voted{" "}
          {mine
            ? `${SUPPORT_LABEL[mine.support]} with ${votesText(mine.weight, ctx.managerToken.decimals)} votes`
            : "on this proposal"}
          .
        </p>
      ) : p.state === ProposalState.Pending ? (
        <p className="text-subtle">
          Voting opens <Countdown at={p.voteStart + 1n} read={read} />.
        </p>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            void vote();
          }}
        >
          <Segmented
            legend="Your vote"
            name={`support-${p.id}`}
            value={support}
            onChange={setSupport}
            options={(["1", "0", "2"] as const).map((v) => ({ value: v, label: SUPPORT_LABEL[Number(v) as Support] }))}
          />
          <label className="block space-y-1">
            <span className="text-subtle">Reason (optional, public)</span>
            <textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              rows={2}
              maxLength={1000}
              className={inputClass}
            />
          </label>
          <button type="submit" className={`${buttonClass} w-full`} disabled={power.votes === 0n || busy(state)}>
            {power.votes === 0n
              ? "No votes to cast"
              : `Vote ${label} with ${votesText(power.votes, ctx.managerToken.decimals)} votes`}
          </button>
          <TxFeedback state={state} />
        </form>
      )}
    </div>
  );
}
