import { COLUMNS } from "./columns.ts";

/** The place of a fund not read yet (its page is still coming): as tall as a fund's row, or card on a phone. */
export function PendingRow({ rowIndex }: { rowIndex: number }) {
  return (
    <tr
      role="row"
      aria-rowindex={rowIndex}
      aria-busy="true"
      data-testid="fund-row-pending"
      className="border-b border-line last:border-b-0 max-sm:block max-sm:rounded-xl max-sm:border max-sm:bg-surface max-sm:p-4"
    >
      {/* The compare box, the trend and every sorted column. */}
      <td role="cell" colSpan={COLUMNS.length + 2} className="py-2.5 pl-3 pr-3 max-sm:block max-sm:p-0">
        <span className="sr-only">Reading this fund…</span>
        <div
          aria-hidden
          className="flex h-7 animate-pulse items-center gap-4 max-sm:h-[26rem] max-sm:flex-col max-sm:items-start"
        >
          <div className="h-4 w-48 max-w-full rounded bg-muted" />
          <div className="h-4 w-24 rounded bg-muted sm:ml-auto" />
          <div className="h-4 w-32 rounded bg-muted" />
        </div>
      </td>
    </tr>
  );
}
