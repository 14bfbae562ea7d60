// Risk beside the returns: volatility, the worst fall and the Sharpe ratio over the past year,
// from the same NAV series as the chart, in the unit shown.
import { yearRisk } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/returns.ts";
import { ppmPercent } from "../../lib/percent.ts";
import type { Unit } from "./useUnit.ts";

const ratio = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const stat = "min-w-0 rounded-lg border border-line bg-surface p-2 sm:p-3";

export function RiskStats({ nav, now, u }: { nav: NavPoint[] | undefined; now: bigint; u: Unit }) {
  const valued = nav && u.series(nav.map((p) => ({ t: p.t, v: p.navPerShare })));
  const risk =
    valued &&
    yearRisk(
      valued.map((p) => ({ t: p.t, navPerShare: p.v })),
      now,
    );
  const loading = !valued && !u.historyError;
  return (
    <section
      aria-labelledby="risk-title"
      data-testid="fund-risk"
      aria-busy={loading || undefined}
      className="space-y-2 text-sm"
    >
      <h2 id="risk-title" className="font-medium">
        Risk over the past year{u.sample ? ` (in ${u.sample.symbol})` : ""}
      </h2>
      {loading ? (
        <div className="h-16 animate-pulse rounded-lg bg-muted" />
      ) : !risk ? (
        <p data-testid="risk-none" className="text-subtle">
          Not enough movement or history yet to measure it (at least two weeks of NAV that changed).
        </p>
      ) : (
        <>
          <dl className="grid grid-cols-3 gap-2">
            <div className={stat}>
              <dt className="text-xs text-subtle">Volatility</dt>
              <dd data-testid="risk-volatility" className="font-mono">
                {ppmPercent(risk.volatilityPpm)}
              </dd>
            </div>
            <div className={stat}>
              <dt className="text-xs text-subtle">Max drawdown</dt>
              <dd data-testid="risk-drawdown" className="font-mono">
                {ppmPercent(-risk.maxDrawdownPpm)}
              </dd>
            </div>
            <div className={stat}>
              <dt className="text-xs text-subtle">Sharpe ratio</dt>
              <dd data-testid="risk-sharpe" className="font-mono">
                {ratio.format(risk.sharpe)}
              </dd>
            </div>
          </dl>
          <p className="text-xs text-subtle">
            Over {risk.days.toString()} days of NAV per share: volatility of daily returns, annualised; the largest fall
            from a peak; and the annualised return (
            <span data-testid="risk-annual">{ppmPercent(risk.annualReturnPpm, { signed: true })}</span>) per unit of
            volatility, with no risk-free rate deducted.
          </p>
        </>
      )}
    </section>
  );
}
