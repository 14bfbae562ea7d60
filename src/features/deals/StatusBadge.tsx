import type { DealStatus } from "../../domain/vam/index.ts";
import { STATUS } from "./format.ts";

const TONE: Record<DealStatus, string> = {
  exercisable: "bg-brand text-brand-fg border-brand",
  active: "border-brand text-fg",
  "window-closed": "border-danger text-danger",
  pending: "border-dashed border-line text-subtle",
  lapsed: "border-dashed border-line bg-muted text-subtle",
  exercised: "border-line bg-muted text-fg",
  expired: "border-line bg-muted text-subtle",
};

export function StatusBadge({ status }: { status: DealStatus }) {
  return (
    <span
      data-testid="deal-status"
      data-status={status}
      className={
        `inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs ` +
        `font-medium ${TONE[status]}`
      }
    >
      {STATUS[status]}
    </span>
  );
}
