import { mechanismLabel } from "./mechanism.ts";

/** Who decides; for a fund without a manager token, also that its investors vote with their shares. */
export function MechanismBadge({ value, investorGoverned }: { value: number; investorGoverned?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className="inline-block rounded-full border border-line bg-muted px-2 py-0.5 text-xs font-medium">
        {mechanismLabel(value)}
      </span>
      {investorGoverned && (
        <span
          data-testid="share-votes"
          title="No manager token: investors vote with their shares"
          className="inline-block rounded-full border border-brand/40 px-2 py-0.5 text-xs font-medium text-brand"
        >
          Share votes
        </span>
      )}
    </span>
  );
}
