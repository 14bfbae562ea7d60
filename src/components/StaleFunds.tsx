/**
 * Funds whose prices are out of date, named in one notice: their NAV and TVL are from the last
 * known prices, priced entries and exits wait, and the exit in kind stays open.
 */
export function StaleFunds({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  const which = names.length === 1 ? `${names[0]} has` : `${names.length} funds have`;
  return (
    <p
      role="status"
      data-testid="stale-funds"
      className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {which} prices out of date{names.length > 1 ? ` (${names.join(", ")})` : ""}: NAV and TVL are shown at the last
      known prices, marked “last known prices”; deposits and cash redemptions wait until the prices are fresh, and the
      exit in kind stays open.
    </p>
  );
}

/** The mark beside a figure computed from prices that are out of date. */
export function StaleMark() {
  return (
    <span data-testid="stale-mark" className="block whitespace-normal text-xs text-amber-700 dark:text-amber-300">
      last known prices
    </span>
  );
}
