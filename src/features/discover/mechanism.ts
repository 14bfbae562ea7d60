// Fund.mechanism(): who takes the investment decisions (DESIGN §2, paper ch. 2.2).
const labels = ["Governance", "Institution", "Algorithm"] as const;

export type MechanismLabel = (typeof labels)[number] | "Unknown";

export function mechanismLabel(value: number): MechanismLabel {
  return labels[value] ?? "Unknown";
}
