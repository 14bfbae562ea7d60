import { lazy } from "react";
import { ChartSlot } from "../../components/chart/ChartSlot.tsx";
import { useAccount } from "../../chain/account.ts";
import { CapMeter } from "./CapMeter.tsx";
import { CategoryBars } from "./CategoryBars.tsx";
import { holderSlices } from "./holderSlices.ts";
import type { FundContributions } from "./readContributions.ts";

const HolderChart = lazy(() => import("./HolderChart.tsx"));

export function Distribution({ f }: { f: FundContributions }) {
  const { address } = useAccount();
  const slices = holderSlices(f.holders, f.token);
  const contributors = new Set(f.awards.map((a) => a.award.contributor.toLowerCase()));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section
        aria-labelledby={`cat-${f.fund.address}`}
        className="space-y-3 rounded-xl border border-line bg-surface p-4"
      >
        <h3 id={`cat-${f.fund.address}`} className="font-medium">
          Awards by category
        </h3>
        <CapMeter f={f} />
        <CategoryBars f={f} />
      </section>
      <section
        aria-labelledby={`hold-${f.fund.address}`}
        className="space-y-2 rounded-xl border border-line bg-surface p-4"
      >
        <h3 id={`hold-${f.fund.address}`} className="font-medium">
          {f.token.symbol} by holder
        </h3>
        {slices.length === 0 ? (
          <p className="text-sm text-subtle">No {f.token.symbol} has been minted yet.</p>
        ) : (
          <>
            <ChartSlot size="sm">
              <HolderChart
                slices={slices}
                label={
                  `${f.token.symbol} held by ${f.holders.length} addresses: ` +
                  `${slices.map((s) => `${s.name} ${s.label}`).join("; ")}`
                }
              />
            </ChartSlot>
            <ul className="space-y-1 text-sm" data-testid="holders">
              {slices.map((s) => (
                <li
                  key={s.name}
                  data-testid="holder"
                  data-holder={s.holder?.toLowerCase()}
                  className="flex flex-wrap items-center justify-between gap-x-3"
                >
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ background: s.color }} />
                    <span className={s.holder ? "font-mono" : ""} title={s.holder}>
                      {s.name}
                    </span>
                    {s.holder && address?.toLowerCase() === s.holder.toLowerCase() && (
                      <span className="text-xs text-brand">you</span>
                    )}
                    {s.holder && contributors.has(s.holder.toLowerCase()) && (
                      <span className="text-xs text-subtle">contributor</span>
                    )}
                  </span>
                  <span className="font-mono text-subtle" data-testid="holder-balance">
                    {s.label}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
