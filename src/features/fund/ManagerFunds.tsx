// The manager's other funds, under the track record: a manager outside the fund's governance (an
// institution, an algorithm's keeper) may run more funds of the registry, each a record of its
// own; a fund its own timelock manages has its holders' votes instead.
import { AppLink } from "../../components/AppLink.tsx";
import { managerFunds } from "../../domain/history/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { ppmPercent } from "../../lib/percent.ts";
import type { FundData } from "./types.ts";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";

export function ManagerFunds({ d }: { d: FundData }) {
  const line = "text-xs text-subtle";
  if (d.managed === null)
    return (
      <p data-testid="manager-funds" data-state="error" className={line}>
        The manager's other funds could not be read.
      </p>
    );
  const r = managerFunds(
    { fund: d.set.fund, manager: d.manager, timelock: d.set.timelock },
    d.managed?.funds ?? [],
    d.raw.timestamp,
    d.managed?.more,
  );
  if (r.kind === "governance")
    return (
      <p data-testid="manager-funds" data-state="governance" className={line}>
        {isInvestorGoverned(d.set)
          ? "Managed by its investors' governance, through its own timelock: no other funds."
          : "Managed by its manager-token holders' governance, through its own timelock: no other funds."}
      </p>
    );
  if (r.others.length === 0)
    return (
      <p data-testid="manager-funds" data-state="none" className={line}>
        Its manager runs no other fund in the registry.
      </p>
    );
  return (
    <div data-testid="manager-funds" data-state="list" className="space-y-1">
      <h3 className="text-xs text-subtle">
        Other funds of this manager (return since their first NAV, in their asset)
      </h3>
      <ul className="flex flex-wrap gap-2">
        {r.others.map((o) => (
          <li
            key={o.fund}
            data-testid="manager-fund"
            data-fund={o.fund.toLowerCase()}
            className="rounded-lg border border-line bg-surface px-2.5 py-1"
          >
            <AppLink to={`/fund/${o.fund}`} className="font-medium text-brand underline-offset-2 hover:underline">
              {o.name}
            </AppLink>{" "}
            {o.returnPpm !== undefined && o.inception !== undefined ? (
              <span className="text-subtle">
                <span data-testid="manager-fund-return" data-value={o.returnPpm.toString()} className="font-mono">
                  {ppmPercent(o.returnPpm, { signed: true })}
                </span>{" "}
                since {formatDate(o.inception)}
              </span>
            ) : (
              <span className="text-subtle">no NAV yet</span>
            )}
          </li>
        ))}
      </ul>
      {r.more && <p className={line}>More funds name this manager; only the first {r.others.length} are shown.</p>}
    </div>
  );
}
