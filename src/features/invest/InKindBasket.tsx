// The basket an in-kind exit pays: each token with its amount, LP tokens by their pair, and
// the parts of VAM deals assigned to the leaver (claimed from the deal once it settles).
import { type BasketLine, partText } from "./basket.ts";
import { amount as fmt } from "./format.ts";

export function InKindBasket({ lines, loading }: { lines: BasketLine[] | undefined; loading: boolean }) {
  if (loading || !lines)
    return <div aria-busy="true" data-testid="basket-loading" className="h-24 animate-pulse rounded-lg bg-muted" />;
  if (lines.length === 0)
    return <p className="text-sm text-subtle">These shares are too few to carry a whole unit of any holding.</p>;
  return (
    <ul
      aria-label="What you receive in kind"
      data-testid="inkind-basket"
      className="divide-y divide-line rounded-lg border border-line text-sm"
    >
      {lines.map((l) => (
        <li
          key={l.token}
          data-testid="basket-line"
          data-kind={l.kind}
          data-token={l.token}
          data-value={l.kind === "deal" ? l.part.toString() : l.amount.toString()}
          className="flex flex-wrap items-baseline justify-between gap-x-4 px-3 py-1.5"
        >
          <span className="text-subtle">{l.label}</span>
          {l.kind === "deal" ? (
            <span className="min-w-0 text-right">
              <span className="font-mono">{partText(l.part)}</span> of its second tranche
              <span className="block text-xs text-subtle">
                the {l.projectSymbol} it buys, or the cash back if it expires; claim it from the deal once it settles
              </span>
            </span>
          ) : (
            <span className="min-w-0 text-right font-mono [overflow-wrap:anywhere]">
              {fmt(l.amount, l.decimals, l.symbol)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
