import { AppLink } from "../../components/AppLink.tsx";
import { nextStep, proposalTitle } from "../../domain/governance/index.ts";
import { shortAddress } from "../../lib/format.ts";
import type { ListedProposal } from "./chain/readProposals.ts";
import { Countdown } from "./Countdown.tsx";
import { StateBadge } from "./StateBadge.tsx";
import { TallyBar } from "./TallyBar.tsx";
import { proposalPath } from "../../lib/governancePaths.ts";

interface Props {
  p: ListedProposal;
  fund: string;
  /** The fund's name, on the cross-fund view. */
  fundName?: string;
  /** Decimals of the votes (the fund's shares when its investors vote); 18 when absent. */
  decimals?: number;
  read: { now: bigint; readAt: number };
}

export function ProposalCard({ p, fund, fundName, decimals, read }: Props) {
  const next = nextStep(p, read.now);
  return (
    <li
      data-testid="proposal-card"
      data-proposal={p.id.toString()}
      className="rounded-xl border border-line bg-surface p-4"
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          {fundName && <p className="text-xs text-subtle">{fundName}</p>}
          <h3 className="font-medium break-words">
            <AppLink
              to={proposalPath(fund, p.id)}
              className="hover:underline focus-visible:outline-2 focus-visible:outline-brand"
            >
              {proposalTitle(p.description)}
            </AppLink>
          </h3>
          <p className="mt-0.5 text-xs text-subtle">
            by{" "}
            <span className="font-mono" title={p.proposer}>
              {shortAddress(p.proposer)}
            </span>
            {next && (
              <>
                {" "}
                · {next.label} {next.at !== undefined ? <Countdown at={next.at} read={read} /> : null}
              </>
            )}
          </p>
        </div>
        <StateBadge state={p.state} />
      </div>
      <div className="mt-3">
        <TallyBar tally={p.tally} quorum={p.quorum} decimals={decimals} compact />
      </div>
    </li>
  );
}
