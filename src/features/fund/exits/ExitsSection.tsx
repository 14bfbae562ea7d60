// How investors get value back besides redeeming (DESIGN §4): distributions of exit proceeds.
import type { FundData } from "../types.ts";
import { DistributionsList } from "./DistributionsList.tsx";

export function ExitsSection({ d }: { d: FundData }) {
  return (
    <section aria-labelledby="exits-title" data-testid="exits" className="space-y-2">
      <h2 id="exits-title" className="text-sm font-medium">
        Exits
      </h2>
      <DistributionsList d={d} />
    </section>
  );
}
