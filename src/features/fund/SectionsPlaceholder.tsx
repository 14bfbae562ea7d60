// The frame of the overview's benchmark, risk and track record while their code is not there, at
// the heights a seeded fund's have at each breakpoint (the column narrows at xl, where the invest
// panel sits beside it), so that what follows them does not move when they arrive.
export function SectionsPlaceholder({ loading }: { loading: boolean }) {
  const block = `rounded-lg bg-muted ${loading ? "animate-pulse" : ""}`;
  return (
    <div
      role={loading ? "status" : undefined}
      aria-busy={loading || undefined}
      aria-hidden={loading ? undefined : true}
      data-testid="overview-sections-placeholder"
      className="space-y-4"
    >
      {loading && <span className="sr-only">Loading the benchmark, risk and track record…</span>}
      <div aria-hidden="true" className={`h-[18rem] sm:h-[13.25rem] lg:h-[12.25rem] ${block}`} />
      <div aria-hidden="true" className={`h-[9.625rem] sm:h-[8.125rem] ${block}`} />
      <div aria-hidden="true" className={`h-[23.5rem] sm:h-[18.625rem] lg:h-[13.25rem] xl:h-[15.25rem] ${block}`} />
    </div>
  );
}
