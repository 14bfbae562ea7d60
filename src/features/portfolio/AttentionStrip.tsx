// What needs the account's action, each linking to the card where it is done.
import { attention } from "../../domain/portfolio/index.ts";
import { zeroAddress } from "viem";
import type { FundHolding } from "./readPortfolio.ts";

export const managerCardId = (fund: string) => `manager-${fund.toLowerCase()}`;

export function AttentionStrip({ holdings }: { holdings: readonly FundHolding[] }) {
  const items = attention(holdings.map((h) => ({ fund: h.fund, claimableShares: h.claimableShares, managerTokens: h.managerTokens, delegated: h.delegate !== zeroAddress })));
  if (items.length === 0) return null;
  const name = (fund: string) => holdings.find((h) => h.fund === fund)?.name ?? fund;
  return (
    <section aria-labelledby="attention-title" data-testid="attention" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      <h2 id="attention-title" className="font-semibold">Needs your attention</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((i) => (
          <li key={`${i.kind}-${i.fund}`} data-testid="attention-item" data-kind={i.kind} data-fund={i.fund}>
            <a href={`#${managerCardId(i.fund)}`} className="underline underline-offset-2">
              {i.kind === "claim" ? `Fees to claim in ${name(i.fund)}` : `${name(i.fund)} manager tokens carry no votes: delegate them`}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
