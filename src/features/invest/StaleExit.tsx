// When a price the fund needs is stale, a priced redemption would revert `StalePrice`: say so
// in words, name the prices, and offer the exit that needs none.
import { staleReason } from "../../components/stalePrices.ts";
import type { FundState } from "../../chain/useFundState.ts";

export function StaleExit({ d, onInKind }: { d: FundState; onInKind?: () => void }) {
  const which = staleReason(d);
  return (
    <div
      role="status"
      data-testid="stale-exit"
      className={
        "space-y-2 rounded-lg bg-amber-50 px-3 " +
        "py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
      }
    >
      <p>
        {which}. A cash redemption needs the value of everything the fund holds, so the fund refuses it for now. You can
        leave now in kind instead: you receive your share of every holding, which needs no price and pays no exit fee.
      </p>
      {onInKind && (
        <button
          type="button"
          onClick={onInKind}
          className={
            "rounded-lg border border-current px-3 py-1 " +
            "text-sm font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-brand " +
            "dark:hover:bg-amber-900/40"
          }
        >
          Redeem these shares in kind
        </button>
      )}
    </div>
  );
}
