// The frame of the overview's sections below the charts while their code is not there: the
// benchmark table, the risk figures, the track record and the decisions and guidelines, at about
// the heights they have, so that the page below them does not move when they arrive.
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
      <div aria-hidden="true" className={`h-56 ${block}`} />
      <div aria-hidden="true" className={`h-40 ${block}`} />
      <div aria-hidden="true" className={`h-64 ${block}`} />
      <div aria-hidden="true" className={`h-72 ${block}`} />
    </div>
  );
}
