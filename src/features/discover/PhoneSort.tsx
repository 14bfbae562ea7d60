// On phones the table becomes cards and its sortable headers are hidden: the same sorting as a
// select and a direction button, kept in the URL like the headers' (hidden from wider screens).
import { useId } from "react";
import { COLUMNS } from "./columns.ts";
import { defaultDir, SORT_KEYS, type SortKey, type View } from "./view.ts";

const control =
  "h-9 min-w-0 rounded-lg border border-line bg-surface px-3 text-sm text-fg focus-visible:outline-2 " +
  "focus-visible:outline-offset-1 focus-visible:outline-brand";

export function PhoneSort({ view, onView }: { view: View; onView: (patch: Partial<View>) => void }) {
  const id = useId();
  const label = (k: SortKey) => {
    const c = COLUMNS.find((x) => x.key === k);
    return c?.title ?? c?.label ?? k;
  };
  // Words sort A to Z by default, figures highest first.
  const words = view.sort !== undefined && defaultDir(view.sort) === "asc";
  const dir = view.dir === "asc" ? (words ? "A to Z" : "lowest first") : words ? "Z to A" : "highest first";
  return (
    <div className="flex items-end gap-2 sm:hidden" data-testid="phone-sort">
      <div className="flex min-w-0 grow flex-col gap-1 text-xs font-medium text-subtle">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          className={control}
          value={view.sort ?? ""}
          onChange={(e) => {
            const key = (e.target.value || undefined) as SortKey | undefined;
            onView({ sort: key, dir: key ? defaultDir(key) : "desc" });
          }}
        >
          <option value="">Registry order</option>
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {label(k)}
            </option>
          ))}
        </select>
      </div>
      {view.sort && (
        <button
          type="button"
          aria-label={`Order: ${dir}. Reverse`}
          className={`${control} font-medium hover:bg-muted`}
          onClick={() => onView({ dir: view.dir === "asc" ? "desc" : "asc" })}
        >
          {dir} <span aria-hidden="true">⇅</span>
        </button>
      )}
    </div>
  );
}
