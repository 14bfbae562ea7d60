import { Segmented } from "../../components/Segmented.tsx";
import type { Objective } from "../../domain/advisor/index.ts";
import { percent } from "./format.ts";
import { LOOKBACKS } from "./params.ts";

// Short labels on phones, so that the switch fits beside its legend.
const label = (short: string, long: string) => (
  <>
    <span className="sm:hidden">{short}</span>
    <span className="hidden sm:inline">{long}</span>
  </>
);
const OBJECTIVES = [
  { value: "min-variance", label: label("Min. variance", "Minimum variance"), name: "Minimum variance" },
  { value: "max-sharpe", label: label("Max. Sharpe", "Maximum Sharpe"), name: "Maximum Sharpe" },
  { value: "target-risk", label: "Target risk", name: "Target risk" },
] as const;

interface Props {
  objective: Objective;
  onObjective: (o: Objective) => void;
  lookbackDays: number;
  onLookback: (d: number) => void;
  /** Volatility range of the frontier, and the chosen target. */
  risk: { min: number; max: number; value: number };
  onRisk: (v: number) => void;
}

export function Controls({ objective, onObjective, lookbackDays, onLookback, risk, onRisk }: Props) {
  const step = Math.max(0.001, (risk.max - risk.min) / 200);
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <Segmented
        legend="Goal"
        showLegend
        name="advisor-objective"
        value={objective}
        options={OBJECTIVES}
        onChange={onObjective}
      />
      <Segmented
        legend="Lookback"
        showLegend
        name="advisor-lookback"
        value={String(lookbackDays)}
        options={LOOKBACKS.map((d) => ({ value: String(d), label: d === 365 ? "1 y" : `${d} d` }))}
        onChange={(v) => onLookback(Number(v))}
      />
      {objective === "target-risk" && (
        <label className="flex min-w-0 flex-1 basis-64 items-center gap-3 text-xs text-subtle">
          <span className="whitespace-nowrap">Target volatility</span>
          <input
            type="range"
            min={risk.min}
            max={risk.max}
            step={step}
            value={Math.min(risk.max, Math.max(risk.min, risk.value))}
            onChange={(e) => onRisk(Number(e.target.value))}
            className="min-w-0 flex-1 accent-[var(--color-brand)]"
            aria-valuetext={`${percent(risk.value)} a year`}
          />
          <output className="w-20 whitespace-nowrap text-right font-mono text-fg" data-testid="target-vol">
            {percent(risk.value)} / y
          </output>
        </label>
      )}
    </div>
  );
}
