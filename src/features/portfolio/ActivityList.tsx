// The account's own deposits, redemptions, fee claims and votes, newest first, each with its
// transaction. Amounts are as they were moved: asset units, fund shares or votes, not today's value.
import { useState } from "react";
import { explorerLink } from "../../chain/tx/index.ts";
import type { ActivityItem } from "../../domain/portfolio/index.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { formatTokenAmount, shortAddress } from "../../lib/format.ts";
import type { FundHolding } from "./readPortfolio.ts";
import { useBlockTimes } from "./useBlockTimes.ts";

const PAGE = 20;
const LABEL: Record<ActivityItem["kind"], string> = {
  deposit: "Deposit",
  redeem: "Redemption",
  "redeem-in-kind": "Exit in kind",
  claim: "Fees claimed",
  vote: "Vote",
};
const SUPPORT = ["against", "for", "abstain"];
const opts = { maximumFractionDigits: 4, maximumSignificantDigits: 8 };

function amount(i: ActivityItem, h: FundHolding | undefined): string {
  if (!h) return "";
  if (i.kind === "deposit" || i.kind === "redeem")
    return formatTokenAmount(i.amount, h.asset.decimals, h.asset.symbol, opts);
  if (i.kind === "vote")
    return (
      `${SUPPORT[i.support ?? -1] ?? ""} with ` +
      `${formatTokenAmount(i.amount, 18, "votes", { maximumFractionDigits: 2 })}`
    );
  return formatTokenAmount(i.amount, h.decimals, h.symbol, opts);
}

export function ActivityList({
  items,
  holdings,
  chainId,
  block,
}: {
  items: readonly ActivityItem[];
  holdings: readonly FundHolding[];
  chainId: number;
  /** The block the list was read at. */
  block: bigint;
}) {
  const [shown, setShown] = useState(PAGE);
  const page = items.slice(0, shown);
  const times = useBlockTimes(
    page.map((i) => i.blockNumber),
    block,
  );
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="activity-title" className="space-y-3">
      <h2 id="activity-title" className="text-lg font-semibold">
        Activity
      </h2>
      <ol data-testid="activity" className="divide-y divide-line rounded-xl border border-line bg-surface">
        {page.map((i) => {
          const h = holdings.find((x) => x.fund.toLowerCase() === i.fund.toLowerCase());
          const at = times.data?.get(i.blockNumber);
          const href = i.hash && explorerLink(chainId, i.hash as `0x${string}`);
          return (
            <li
              key={`${i.blockNumber}-${i.logIndex}`}
              data-testid="activity-item"
              data-kind={i.kind}
              data-hash={i.hash}
              data-value={i.amount.toString()}
              className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-0.5 px-4 py-2.5 text-sm"
            >
              <span className="col-span-2 min-w-0 truncate sm:col-span-1">
                <span className="font-medium">{LABEL[i.kind]}</span> · {h?.name ?? shortAddress(i.fund)}
              </span>
              <span className="col-span-2 font-mono sm:col-span-1 sm:text-right">{amount(i, h)}</span>
              <span
                data-testid="activity-time"
                aria-busy={at === undefined || undefined}
                className="whitespace-nowrap text-subtle"
              >
                {at === undefined ? "…" : formatDateTime(at)}
              </span>
              <span className="text-right text-subtle">
                {i.hash &&
                  (href ? (
                    <a href={href} target="_blank" rel="noreferrer" className="font-mono underline" title={i.hash}>
                      {shortAddress(i.hash)}
                    </a>
                  ) : (
                    <span className="font-mono" title={i.hash}>
                      {shortAddress(i.hash)}
                    </span>
                  ))}
              </span>
            </li>
          );
        })}
      </ol>
      {items.length > shown && (
        <button
          type="button"
          onClick={() => setShown((n) => n + PAGE)}
          className={
            "rounded-lg border border-line px-3 py-1.5 " +
            "text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-brand"
          }
        >
          Show more ({items.length - shown} older)
        </button>
      )}
    </section>
  );
}
