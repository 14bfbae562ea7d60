import { sharpe, type Estimate, type Portfolio } from "../../domain/advisor/index.ts";
import { PRIOR_SHARPE } from "../../domain/advisor/index.ts";
import { percent, ratioText } from "./format.ts";

const Row = ({ label, now, next, testId }: { label: string; now: string; next: string; testId: string }) => (
  <tr className="border-t border-line">
    <th scope="row" className="py-1.5 pr-2 text-left font-normal text-subtle">
      {label}
    </th>
    <td className="py-1.5 text-right font-mono">{now}</td>
    <td className="py-1.5 text-right font-mono font-medium" data-testid={testId}>
      {next}
    </td>
  </tr>
);

export function Summary({
  current,
  suggestion,
  net,
  model,
  unit,
}: {
  current: Portfolio;
  suggestion: Portfolio;
  /** The suggestion with the trades' cost against the feeds taken off its first year. */
  net?: Portfolio;
  model: Estimate;
  unit: string;
}) {
  return (
    <section aria-labelledby="advisor-summary" className="rounded-xl border border-line bg-surface p-4">
      <h3 id="advisor-summary" className="text-sm font-medium">
        Expected, a year ahead
      </h3>
      <table className="mt-2 w-full text-sm">
        <thead className="text-xs text-subtle">
          <tr>
            <th className="text-left font-normal">
              <span className="sr-only">Measure</span>
            </th>
            <th className="text-right font-normal">Current</th>
            <th className="text-right font-normal">Suggested</th>
          </tr>
        </thead>
        <tbody>
          <Row label="Return" now={percent(current.ret)} next={percent(suggestion.ret)} testId="suggested-return" />
          <Row label="Range (± 1 s.e.)" now={range(current)} next={range(suggestion)} testId="suggested-return-range" />
          {net && (
            <Row label="After trading cost" now={percent(current.ret)} next={percent(net.ret)} testId="net-return" />
          )}
          <Row label="Volatility" now={percent(current.vol)} next={percent(suggestion.vol)} testId="suggested-vol" />
          <Row
            label="Sharpe ratio"
            now={ratioText(sharpe(current))}
            next={ratioText(sharpe(suggestion))}
            testId="suggested-sharpe"
          />
        </tbody>
      </table>
      <p className="mt-3 text-xs text-subtle">
        In {unit}, from {model.days} daily returns. Covariances shrunk {percent(model.covShrinkage)} towards constant
        correlation (Ledoit–Wolf). Expected returns shrunk {percent(model.meanShrinkage)} towards zero: the prior is
        that nothing beats holding {unit}, give or take a Sharpe ratio of {PRIOR_SHARPE} a year; the range is one
        standard error of what is left. Holding {unit} is the riskless choice here, so the Sharpe ratio is return over
        volatility.
      </p>
    </section>
  );
}

/** "−3.10% to 14.94%": one standard error either side of the estimate. */
const range = (p: Portfolio) => `${percent(p.ret - p.retSd)} to ${percent(p.ret + p.retSd)}`;
