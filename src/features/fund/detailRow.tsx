/** One term and its value in a position card's list: the term on the left, the figure on the right. */
export function detailRow(k: string, v: string, id?: string) {
  return (
    <div className="flex flex-wrap justify-between gap-x-3 py-0.5">
      <dt className="text-subtle">{k}</dt>
      <dd data-testid={id} className="ml-auto text-right font-mono">
        {v}
      </dd>
    </div>
  );
}
