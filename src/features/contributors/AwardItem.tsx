import { AppLink } from "../../components/AppLink.tsx";
import { useAccount } from "../../chain/account.ts";

import { TxButton } from "../../components/TxButton.tsx";
import { categoryName } from "../../domain/contributions/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { formatDuration } from "../../lib/durations.ts";
import { shortAddress } from "../../lib/format.ts";
import { proposalPath } from "../../lib/governancePaths.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { share, tokens } from "./format.ts";
import type { AwardRow, FundContributions } from "./readContributions.ts";
import { contributionRewardsAbi } from "../../chain/deployments/abis/ContributionRewards.ts";

const rewardsAbi = contributionRewardsAbi;

function vestingText({ start, duration }: AwardRow["award"]) {
  return duration === 0n
    ? `all at once on ${formatDate(start)}`
    : `linearly over ${formatDuration(duration)} from ${formatDate(start)} to ${formatDate(start + duration)}`;
}

export function AwardItem({ row, f }: { row: AwardRow; f: FundContributions }) {
  const { address } = useAccount();
  const { award: a, status: s } = row;
  const mine = !!address && address.toLowerCase() === a.contributor.toLowerCase();
  const t = f.token;
  return (
    <li
      data-testid="award"
      data-award={row.id.toString()}
      className={`space-y-2 rounded-lg border p-3 text-sm ${mine ? "border-brand/60" : "border-line"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="font-medium">{categoryName(a.category)}</p>
        <p className="font-mono" data-testid="award-amount">
          {tokens(a.amount, t)}
        </p>
      </div>
      <p>{a.memo || <span className="text-subtle">No memo</span>}</p>
      <dl className="grid gap-x-4 gap-y-1 text-xs sm:grid-cols-2">
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-subtle">Contributor</dt>
          <dd className="font-mono" title={a.contributor}>
            {shortAddress(a.contributor)}
            {mine && <span className="ml-1 font-sans text-brand">(you)</span>}
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-subtle">Approved by</dt>
          <dd data-testid="award-proposal">
            {row.proposal ? (
              <AppLink
                to={proposalPath(f.fund.address, row.proposal.id)}
                className="text-brand underline underline-offset-2"
              >
                “{row.proposal.title}”
              </AppLink>
            ) : (
              "no matching proposal found"
            )}
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2 sm:col-span-2">
          <dt className="text-subtle">Vesting</dt>
          <dd>{vestingText(a)}</dd>
        </div>
      </dl>
      <div className="space-y-1">
        <div aria-hidden="true" className="relative h-1.5 w-full overflow-hidden rounded-full bg-muted">
          <div
            className="absolute inset-y-0 left-0 bg-brand/40"
            style={{ width: `${Number(share(s.vested, a.amount)) / 1e4}%` }}
          />
          <div
            className="absolute inset-y-0 left-0 bg-brand"
            style={{ width: `${Number(share(a.claimed, a.amount)) / 1e4}%` }}
          />
        </div>
        <p className="flex flex-wrap gap-x-3 text-xs text-subtle">
          <span>
            Vested{" "}
            <span className="font-mono text-fg" data-testid="award-vested">
              {tokens(s.vested, t)}
            </span>{" "}
            ({ppmPercent(share(s.vested, a.amount))})
          </span>
          <span>
            Claimed{" "}
            <span className="font-mono text-fg" data-testid="award-claimed">
              {tokens(a.claimed, t)}
            </span>
          </span>
          <span>
            Claimable{" "}
            <span className="font-mono text-fg" data-testid="award-claimable">
              {tokens(s.claimable, t)}
            </span>
          </span>
        </p>
      </div>
      {mine && s.claimable > 0n && (
        <TxButton
          testId="claim"
          label={`Claim ${tokens(s.claimable, t)}`}
          connectLabel="Connect a wallet to claim"
          plan={() => ({
            title: `Claim ${t.symbol} for award #${row.id}`,
            steps: [
              {
                label: "Claim",
                request: { address: f.rewards, abi: rewardsAbi, functionName: "claim", args: [row.id] },
              },
            ],
          })}
        />
      )}
    </li>
  );
}
