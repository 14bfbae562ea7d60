// The advice's settings live in the URL, so a link shows the same advice.
import { useSearchParams } from "../../lib/router/hooks.ts";
import { objectives, type Objective } from "../../domain/advisor/index.ts";

export const LOOKBACKS = [90, 180, 365] as const;

export function useAdvisorParams() {
  const [params, setParams] = useSearchParams();
  const goal = params.get("goal");
  const objective: Objective = objectives.includes(goal as Objective) ? (goal as Objective) : "max-sharpe";
  const lb = Number(params.get("lookback"));
  const lookbackDays = (LOOKBACKS as readonly number[]).includes(lb) ? lb : 365;
  const risk = Number(params.get("risk"));
  // Annualised volatility in percent, e.g. 30 for 30 %.
  const targetVol = Number.isFinite(risk) && risk > 0 ? risk / 100 : undefined;
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        p.set(key, value);
        return p;
      },
      { replace: true },
    );
  return {
    objective,
    lookbackDays,
    targetVol,
    setObjective: (o: Objective) => set("goal", o),
    setLookback: (d: number) => set("lookback", String(d)),
    setTargetVol: (v: number) => set("risk", (v * 100).toFixed(1)),
  };
}
