import type { Address } from "viem";
import { inTerm, type Member } from "../../domain/committee/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { shortAddress } from "../../lib/format.ts";

interface Props {
  members: readonly Member[];
  threshold: bigint;
  now: bigint;
  account?: Address;
}

export function Members({ members, threshold, now, account }: Props) {
  const active = members.filter((m) => m.termEnd > now).length;
  return (
    <section aria-labelledby="committee-members" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="committee-members" className="font-medium">
        Members
      </h2>
      <p data-testid="committee-threshold" className="mt-1 text-sm text-subtle">
        {members.length === 0
          ? "Governance has not elected any member yet."
          : `${threshold} of ${members.length} members must approve each decision (${active} in term).`}
      </p>
      {members.length > 0 && (
        <ul className="mt-3 divide-y divide-line">
          {members.map((m) => {
            const current = m.termEnd > now;
            const you = !!account && account.toLowerCase() === m.account.toLowerCase();
            return (
              <li
                key={m.account}
                data-testid="committee-member"
                className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm"
              >
                <span className="font-mono" title={m.account}>
                  {shortAddress(m.account)}
                </span>
                {you && <span className="rounded-full bg-muted px-2 py-0.5 text-xs">you</span>}
                <span className={current ? "text-subtle" : "text-danger"}>
                  {current ? `term ends ${formatDate(m.termEnd)}` : `term ended ${formatDate(m.termEnd)}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {account && members.length > 0 && !inTerm(members, account, now) && (
        <p className="mt-2 text-xs text-subtle">
          Your wallet is not a member in term: you can follow the decisions only.
        </p>
      )}
    </section>
  );
}
