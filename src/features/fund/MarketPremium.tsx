import { shortAddress } from "../../lib/format.ts";
import { marketQuotes } from "./market.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { moneyOf } from "./format.ts";
import type { FundData } from "./types.ts";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";
import type { Unit } from "./useUnit.ts";

const TOKEN = { investor: "Investor token", manager: "Manager token" } as const;
// What the market price is set against: a share's part of NAV; a manager token's part of the fee
// shares not yet credited to any holder (those already credited stay with their holders).
const INTRINSIC = {
  investor: "intrinsic value per share",
  manager: "value per token (fees not yet credited ÷ claiming supply)",
} as const;

/** Where a pool trades the fund's tokens: its price against intrinsic value (DESIGN §4). */
export function MarketPremium({ d, u }: { d: FundData; u: Unit }) {
  const quotes = marketQuotes(d);
  if (quotes.length === 0) {
    return (
      <p data-testid="fund-market" className="text-sm text-subtle">
        {isInvestorGoverned(d.set)
          ? "Market price: no market — the investor token trades in no pool (this fund has no manager token)."
          : "Market price: no market — neither the investor token nor the manager token trades in a pool."}
      </p>
    );
  }
  return (
    <ul data-testid="fund-market" aria-label="Market price against intrinsic value" className="space-y-1 text-sm">
      {quotes.map((q) => (
        <li
          key={q.pool}
          data-testid="market-quote"
          data-token={q.token}
          className="flex flex-wrap items-baseline gap-x-2"
        >
          <span className="text-subtle">
            {TOKEN[q.token]} in the {q.quoteSymbol} pool{" "}
            <span className="font-mono text-xs">{shortAddress(q.pool)}</span>:
          </span>
          <span className="font-mono">{q.price === undefined ? "no price" : moneyOf(u.now(q.price))}</span>
          <span className="text-subtle">
            vs {INTRINSIC[q.token]}{" "}
            <span data-testid="market-intrinsic" data-value={q.intrinsic.toString()} className="font-mono">
              {moneyOf(u.now(q.intrinsic))}
            </span>
          </span>
          {q.premiumPpm !== undefined && (
            <span
              data-testid="market-premium"
              data-value={q.premiumPpm.toString()}
              className={
                `rounded-full px-2 py-0.5 text-xs font-medium ` +
                `${q.premiumPpm < 0n ? "bg-danger/10 text-danger" : "bg-brand/10 text-fg"}`
              }
            >
              {ppmPercent(q.premiumPpm, { signed: true })} {q.premiumPpm < 0n ? "discount" : "premium"}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
