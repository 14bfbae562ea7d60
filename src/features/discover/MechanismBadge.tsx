import { mechanismLabel } from "./mechanism.ts";

export function MechanismBadge({ value }: { value: number }) {
  return (
    <span className="inline-block rounded-full border border-line bg-muted px-2 py-0.5 text-xs font-medium">
      {mechanismLabel(value)}
    </span>
  );
}
