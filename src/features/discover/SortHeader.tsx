import type { Column } from "./columns.ts";
import { defaultDir, type View } from "./view.ts";

interface Props {
  column: Column;
  view: View;
  onSort: (patch: Pick<View, "sort" | "dir">) => void;
}

const ARROW = { ascending: "↑", descending: "↓", none: "↕" } as const;

/** A column header that sorts by its column; a second activation reverses the order. */
export function SortHeader({ column, view, onSort }: Props) {
  const active = view.sort === column.key;
  const state = active ? (view.dir === "asc" ? "ascending" : "descending") : "none";
  const next = active ? (view.dir === "asc" ? "desc" : "asc") : defaultDir(column.key);
  return (
    <th
      role="columnheader"
      scope="col"
      aria-sort={state}
      className={`px-1 py-2 font-medium last:pr-3 ${column.numeric ? "text-right" : "text-left"}`}
    >
      <button
        type="button"
        title={column.title}
        onClick={() => onSort({ sort: column.key, dir: next })}
        className={
          `inline-flex items-center gap-0.5 rounded text-left whitespace-nowrap hover:text-fg ` +
          `focus-visible:outline-2 focus-visible:outline-brand ${active ? "text-fg" : ""}`
        }
      >
        {column.label}
        {column.title && <span className="sr-only"> ({column.title})</span>}
        <span aria-hidden className={active ? "" : "opacity-40"}>
          {ARROW[state]}
        </span>
      </button>
    </th>
  );
}
