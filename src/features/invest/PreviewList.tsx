// The terms of a deposit or redemption before it is sent, as a labelled list.
import type { ReactNode } from "react";

/** `raw` is the exact amount behind the shown one, for tests that compare with the chain. */
export type PreviewRow = { id: string; label: string; value: ReactNode; raw?: bigint; note?: string };

export function PreviewList({ rows, label }: { rows: PreviewRow[]; label: string }) {
  return (
    <dl aria-label={label} className="divide-y divide-line rounded-lg border border-line text-sm">
      {rows.map((r) => (
        <div key={r.id} className="flex flex-wrap items-baseline justify-between gap-x-4 px-3 py-1.5">
          <dt className="text-subtle">{r.label}</dt>
          <dd
            data-testid={`preview-${r.id}`}
            data-value={r.raw?.toString()}
            className="min-w-0 text-right font-mono [overflow-wrap:anywhere]"
          >
            {r.value}
            {r.note && <span className="block font-sans text-xs text-subtle">{r.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
