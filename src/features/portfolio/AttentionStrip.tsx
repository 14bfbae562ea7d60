// What needs the account's action, each linking to where it is done: the manager-token card, the
// proposal whose vote is about to close, or the deal's card on its fund's Deals tab.
import { AppLink } from "../../components/AppLink.tsx";
import { proposalTitle } from "../../domain/governance/index.ts";
import {
  attention,
  dealAttention,
  type AccountDeal,
  type AttentionItem,
  type DealAttention,
} from "../../domain/portfolio/index.ts";
import { dealPath } from "../../lib/dealPaths.ts";
import { formatDuration } from "../../lib/durations.ts";
import { proposalPath } from "../../lib/governancePaths.ts";
import { zeroAddress } from "viem";
import type { Denomination } from "../../lib/denomination.ts";
import { shown } from "./money.ts";
import type { FundHolding, Portfolio } from "./readPortfolio.ts";

export const managerCardId = (fund: string) => `manager-${fund.toLowerCase()}`;

const chip =
  "inline-block rounded-lg border border-amber-300 bg-surface " +
  "px-2.5 py-1 underline-offset-2 hover:underline dark:border-amber-800";

export function AttentionStrip({
  holdings,
  deals,
  account,
  unit,
  units,
  now,
}: {
  holdings: readonly FundHolding[];
  deals: readonly AccountDeal[];
  account: string;
  unit: Denomination;
  units: Portfolio["units"];
  /** The chain's clock at the read, which votes' closing times count from. */
  now: bigint;
}) {
  const items = attention(
    holdings.map((h) => ({
      fund: h.fund,
      claimableShares: h.claimableShares,
      managerTokens: h.managerTokens,
      ...(h.investorGoverned ? { shareVotes: { shares: h.shares } } : {}),
      delegated: h.delegate !== zeroAddress,
      votes: h.votes,
      proposals: h.proposals,
      voted: h.voted,
    })),
    now,
  );
  const held = holdings.filter((h) => h.shares > 0n || h.managerTokens > 0n).map((h) => h.fund);
  const dealItems = dealAttention(deals, account, held, now);
  if (items.length === 0 && dealItems.length === 0) return null;
  const of = (fund: string) => holdings.find((h) => h.fund.toLowerCase() === fund.toLowerCase())!;
  return (
    <section
      aria-labelledby="attention-title"
      data-testid="attention"
      className={
        "rounded-xl border border-amber-300 bg-amber-50 " +
        "p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
      }
    >
      <h2 id="attention-title" className="font-semibold">
        Needs your attention
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {items.map((i) => (
          <li
            key={i.kind === "vote" ? `vote-${i.fund}-${i.proposalId}` : `${i.kind}-${i.fund}`}
            data-testid="attention-item"
            data-kind={i.kind}
            data-fund={i.fund}
            data-proposal={i.kind === "vote" ? i.proposalId.toString() : undefined}
          >
            {i.kind === "vote" ? (
              <VoteEnding item={i} fundName={of(i.fund).name} />
            ) : i.kind === "delegate" && of(i.fund).investorGoverned ? (
              <AppLink to={`/fund/${i.fund}?tab=governance`} className={chip}>
                Delegate your {of(i.fund).name} shares: they carry no votes
              </AppLink>
            ) : (
              <a href={`#${managerCardId(i.fund)}`} className={chip}>
                {i.kind === "claim" ? (
                  <>
                    Claim <Figure value={shown(of(i.fund).claimableValue, of(i.fund), unit, units)} /> of fees in{" "}
                    {of(i.fund).name}
                  </>
                ) : (
                  <>Delegate your {of(i.fund).name} manager tokens: they carry no votes</>
                )}
              </a>
            )}
          </li>
        ))}
        {dealItems.map((i) => (
          <li
            key={`deal-${i.deal}-${i.action}`}
            data-testid="attention-item"
            data-kind="deal"
            data-action={i.action}
            data-fund={i.fund}
            data-deal={i.deal.toLowerCase()}
          >
            <AppLink to={dealPath(i.fund, i.deal)} className={chip}>
              {dealText(i, of(i.fund)?.name ?? i.fund)}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

const Figure = ({ value }: { value: string }) => <span className="font-mono">{value}</span>;

function VoteEnding({ item, fundName }: { item: Extract<AttentionItem, { kind: "vote" }>; fundName: string }) {
  return (
    <AppLink to={proposalPath(item.fund, item.proposalId)} className={chip}>
      Vote on “{proposalTitle(item.description)}” in {fundName} — ends in {formatDuration(item.endsIn)}
    </AppLink>
  );
}

/** The deal is named by its project, then its fund: the card it links to does the rest. */
function dealText(i: DealAttention, fundName: string) {
  const deal = `the ${i.name} deal of ${fundName}`;
  switch (i.action) {
    case "exercise":
      return `Exercise tranche 2 of ${deal}: its condition holds`;
    case "claim-fund":
      return `Claim ${fundName}'s leg of the ${i.name} deal for the fund`;
    case "claim-project":
      return `Claim what ${deal} owes your project`;
    case "withdraw":
      return `Withdraw your escrow from ${deal}: it can no longer start`;
    case "claim-assigned":
      return `Claim your part of ${deal}`;
  }
}
