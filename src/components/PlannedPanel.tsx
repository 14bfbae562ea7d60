/** An honest panel for a section of a fund's page that is not built yet: what it will show. */
export function PlannedPanel({ title, purpose }: { title: string; purpose: string }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-surface p-6 text-sm">
      <p className="font-medium">{title}: not available yet</p>
      <p className="mt-1 text-subtle">{purpose}</p>
    </div>
  );
}
