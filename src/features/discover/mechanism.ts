// Fund.mechanism(): who takes the investment decisions (DESIGN §2, paper ch. 2.2).
const labels = ["Governance", "Institution", "Algorithm", "Committee"] as const;

export type MechanismLabel = (typeof labels)[number] | "Unknown";

/** The slugs the URL uses (`?mech=governance`), by mechanism value. */
export const MECHANISM_SLUGS = ["governance", "institution", "algorithm", "committee"] as const;
export type MechanismSlug = (typeof MECHANISM_SLUGS)[number];

export function mechanismLabel(value: number): MechanismLabel {
  return labels[value] ?? "Unknown";
}
