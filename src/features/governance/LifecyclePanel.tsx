import type { ReactNode } from "react";
import { useAccount } from "../../chain/account.ts";
import { useTransaction } from "../../chain/tx/index.ts";
import {
  descriptionHash,
  durationText,
  majorityFor,
  ProposalState,
  quorumReached,
} from "../../domain/governance/index.ts";
import { governorAbi } from "./chain/abis.ts";
import type { FundContext } from "./chain/readContext.ts";
import type { ListedProposal, ProposalsRead } from "./chain/readProposals.ts";
import { ConnectPrompt } from "./ConnectPrompt.tsx";
import { Countdown } from "./Countdown.tsx";
import { formatDateTime } from "../../lib/dates.ts";
import { chainNow, useTicker } from "./time.ts";
import { busy, buttonClass, TxFeedback } from "./TxFeedback.tsx";

interface Props {
  p: ListedProposal;
  ctx: FundContext;
  read: ProposalsRead;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** After the vote: why it failed, or queue and execute, open to anyone once allowed. */
export function LifecyclePanel({ p, ctx, read }: Props) {
  const { address } = useAccount();
  const { state, run } = useTransaction();
  const now = chainNow(read, useTicker());
  const delay = durationText(ctx.params.timelockDelay);
  const args = [p.targets, p.values, p.calldatas, descriptionHash(p.description)] as const;
  const actions = plural(p.targets.length, "action");
  let body: ReactNode;
  switch (p.state) {
    case ProposalState.Defeated: {
      const why =
        p.quorum !== undefined && !quorumReached(p.tally, p.quorum)
          ? "the quorum was not reached"
          : !majorityFor(p.tally)
            ? "more votes were against than for"
            : "it did not pass";
      body = <p>Defeated: {why}. Its actions will not run.</p>;
      break;
    }
    case ProposalState.Succeeded:
      body = (
        <>
          <p>
            The vote passed. Queueing hands its {actions} to the timelock, which holds them for {delay} before anyone
            can execute them.
          </p>
          {address ? (
            <button
              type="button"
              className={`${buttonClass} w-full`}
              disabled={busy(state)}
              onClick={() =>
                void run({
                  title: "Queue the proposal",
                  steps: [
                    {
                      label: "Queue",
                      request: { address: ctx.set.governor, abi: governorAbi, functionName: "queue", args },
                    },
                  ],
                })
              }
            >
              Queue: executable in {delay}
            </button>
          ) : (
            <ConnectPrompt to="to queue it (anyone may)" />
          )}
        </>
      );
      break;
    case ProposalState.Queued: {
      const early = now < p.eta;
      body = (
        <>
          <p>
            Queued in the timelock.{" "}
            {early ? (
              <>
                Executable from {formatDateTime(p.eta)} (<Countdown at={p.eta} read={read} />
                ); the delay leaves holders who disagree time to leave the fund.
              </>
            ) : (
              "The delay has passed: anyone may execute it."
            )}
          </p>
          {address ? (
            <button
              type="button"
              className={`${buttonClass} w-full`}
              disabled={early || busy(state)}
              onClick={() =>
                void run({
                  title: "Execute the proposal",
                  steps: [
                    {
                      label: "Execute",
                      request: { address: ctx.set.governor, abi: governorAbi, functionName: "execute", args },
                    },
                  ],
                })
              }
            >
              {early ? "Execute: not before the timelock delay" : `Execute: run its ${actions} now`}
            </button>
          ) : (
            <ConnectPrompt to="to execute it (anyone may)" />
          )}
        </>
      );
      break;
    }
    case ProposalState.Executed:
      body = <p>Executed: its {actions} ran through the timelock.</p>;
      break;
    case ProposalState.Canceled:
      body = <p>Canceled by its proposer: its actions will not run.</p>;
      break;
    case ProposalState.Expired:
      body = <p>Expired: it was not executed in time.</p>;
      break;
    default:
      body = <p>If the vote passes with the quorum, anyone can queue it; it can be executed {delay} later.</p>;
  }
  return (
    <section
      aria-labelledby="lifecycle-title"
      data-testid="lifecycle"
      className="space-y-3 rounded-xl border border-line bg-surface p-4 text-sm"
    >
      <h3 id="lifecycle-title" className="font-medium">
        Queue and execute
      </h3>
      {body}
      <TxFeedback state={state} />
    </section>
  );
}
