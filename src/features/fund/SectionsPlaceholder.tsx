// The frame of the overview's benchmark, risk, track record, exits and rules while their code is not
// there, at the heights the seeded Evergreen Stable Yield's have at 390, 640, 1024 and 1280 px (the
// column narrows at xl, where the invest panel sits beside it), so that what follows does not move
// when they arrive. Without the NAV history (`history` false) only the exits and rules are drawn.
export function SectionsPlaceholder({ loading, history }: { loading: boolean; history: boolean }) {
  const block = `rounded-lg bg-muted ${loading ? "animate-pulse" : ""}`;
  return (
    <div
      role={loading ? "status" : undefined}
      aria-busy={loading || undefined}
      aria-hidden={loading ? undefined : true}
      data-testid="overview-sections-placeholder"
      className="space-y-4"
    >
      {loading && <span className="sr-only">Loading the benchmark, risk, track record, exits and rules…</span>}
      {history && (
        <>
          <div aria-hidden="true" className={`h-[18.0625rem] sm:h-[13.3125rem] lg:h-[12.3125rem] ${block}`} />
          <div aria-hidden="true" className={`h-[9.625rem] sm:h-[8.125rem] ${block}`} />
          <div aria-hidden="true" className={`h-[23.5rem] sm:h-[18.625rem] lg:h-[13.25rem] xl:h-[16.5rem] ${block}`} />
        </>
      )}
      <div aria-hidden="true" className={`h-[12.75rem] sm:h-[10.25rem] lg:h-[9rem] xl:h-[10.25rem] ${block}`} />
      <div
        aria-hidden="true"
        className={`h-[44.6875rem] sm:h-[30.0625rem] lg:h-[24.3125rem] xl:h-[26.8125rem] ${block}`}
      />
    </div>
  );
}
