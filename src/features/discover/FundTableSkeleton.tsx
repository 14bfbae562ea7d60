export function FundTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" data-testid="funds-loading" className="grid gap-3">
      <span className="sr-only">Loading funds…</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} aria-hidden className="flex animate-pulse items-center gap-4 rounded-xl bg-surface p-4">
          <div className="grow space-y-2">
            <div className="h-4 w-40 max-w-full rounded bg-muted" />
            <div className="h-3 w-24 rounded bg-muted" />
          </div>
          <div className="h-4 w-20 rounded bg-muted max-sm:hidden" />
          <div className="h-4 w-28 rounded bg-muted" />
        </div>
      ))}
    </div>
  );
}
