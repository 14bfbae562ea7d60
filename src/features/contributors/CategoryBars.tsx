// Awards by category as plain bars: readable at any width and by screen readers as a list.
import { categoryName } from "../../domain/contributions/index.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { share, tokens } from "./format.ts";
import type { FundContributions } from "./readContributions.ts";

export function CategoryBars({ f }: { f: FundContributions }) {
  const max = f.categories.reduce((m, c) => (c.awarded > m ? c.awarded : m), 0n);
  return (
    <ul className="space-y-2 text-sm" data-testid="by-category">
      {f.categories.map((c) => (
        <li key={c.category} data-testid="category" data-category={c.category}>
          <div className="flex flex-wrap justify-between gap-x-3">
            <span>{categoryName(c.category)}</span>
            <span className="font-mono text-subtle">
              <span data-testid="category-awarded">{tokens(c.awarded, f.token)}</span> ·{" "}
              {ppmPercent(share(c.awarded, f.totalAwarded))}
            </span>
          </div>
          <div aria-hidden="true" className="mt-1 h-1.5 w-full rounded-full bg-muted">
            <div
              className="h-full rounded-full bg-brand"
              style={{ width: `${Number(share(c.awarded, max)) / 1e4}%` }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
