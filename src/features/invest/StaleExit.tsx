// When a price the fund needs is stale, a priced redemption would revert `StalePrice`: say so
// in words, name the prices, and offer the exit that needs none.
import { HoldingKind } from "../../domain/valuation/index.ts";
import type { FundView } from "./useFundRead.ts";

const when = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

/** The stale prices among the fund's listed assets, those it holds first. */
export function staleNames(d: FundView): string[] {
  const lines = d.snapshot.holdings.filter((h) => h.kind === HoldingKind.Asset && h.stale);
  const held = lines.filter((h) => h.balance > 0n);
  return (held.length ? held : lines).map((h) => {
    const symbol = d.tokens.get(h.token.toLowerCase())?.symbol ?? "an asset";
    return h.updatedAt > 0n ? `${symbol} (last update ${when.format(Number(h.updatedAt) * 1000)})` : symbol;
  });
}

export function StaleExit({ d, onInKind }: { d: FundView; onInKind?: () => void }) {
  const names = staleNames(d);
  const which = names.length ? `The price of ${names.join(" and ")} is out of date` : "A price this fund needs is out of date";
  return (
    <div role="status" data-testid="stale-exit" className="space-y-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
      <p>
        {which}. A cash redemption needs every price the fund uses, so the fund would refuse it until the oracle reports again.
        You can leave now in kind instead: you receive your share of every holding, which needs no price and pays no exit fee.
      </p>
      {onInKind && (
        <button type="button" onClick={onInKind} className="rounded-lg border border-current px-3 py-1 text-sm font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-brand dark:hover:bg-amber-900/40">
          Redeem these shares in kind
        </button>
      )}
    </div>
  );
}
