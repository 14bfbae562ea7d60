import type { Advice, Plan } from "../../domain/advisor/index.ts";
import { ratio } from "../../domain/advisor/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { percent } from "./format.ts";
import type { AdvisorRead } from "./readAdvisor.ts";

type Ok = Extract<Advice, { kind: "ok" }>;
const bps = (x: bigint | number) => percent(Number(x) / 1e4);

function note(a: Ok["sleeve"]["assets"][number]) {
  if (a.index === 0) return "the fund's unit";
  if (!a.tradable) return "no approved pair: kept as it is";
  if (!a.guideline.allowed) return "not allowed: sold";
  return undefined;
}

export function WeightsTable({ advice, read, plan }: { advice: Ok; read: AdvisorRead; plan?: Plan }) {
  const { sleeve, suggestion, model } = advice;
  const toGav = ratio(sleeve.value, sleeve.gav);
  const outside = 1 - toGav;
  const symbol = (t: string) => read.tokens.get(t.toLowerCase())?.symbol ?? shortAddress(t);
  const after = plan?.ok ? plan.afterBps : undefined;
  return (
    // Scrolls sideways on phones: focusable, so that the keyboard can scroll it too.
    <div
      className="overflow-x-auto rounded-xl border border-line bg-surface"
      role="region"
      aria-label="Weights"
      tabIndex={0}
    >
      <table className="w-full text-sm" data-testid="advisor-weights">
        <caption className="sr-only">Current and suggested weights, in share of the fund's gross asset value</caption>
        <thead className="text-left text-xs text-subtle">
          <tr>
            <th scope="col" className="px-2 py-1.5 sm:p-2">
              Asset
            </th>
            <th scope="col" className="px-2 py-1.5 sm:p-2 text-right">
              Current
            </th>
            <th scope="col" className="px-2 py-1.5 sm:p-2 text-right">
              Suggested
            </th>
            {after && (
              <th scope="col" className="px-2 py-1.5 sm:p-2 text-right">
                After the swaps
              </th>
            )}
            <th scope="col" className="px-2 py-1.5 sm:p-2 text-right">
              Limit
            </th>
            <th scope="col" className="px-2 py-1.5 sm:p-2 text-right">
              Exp. return (± 1 s.e.)
            </th>
            <th scope="col" className="px-2 py-1.5 sm:p-2 text-right">
              Volatility
            </th>
          </tr>
        </thead>
        <tbody>
          {sleeve.assets.map((a, i) => (
            <tr
              key={a.token}
              className="border-t border-line"
              data-testid="advisor-row"
              data-token={a.token.toLowerCase()}
              data-current-bps={a.weightBps.toString()}
              data-suggested={(suggestion.weights[i] * toGav).toString()}
              data-limit-bps={a.guideline.maxWeightBps}
            >
              <th scope="row" className="px-2 py-1.5 sm:p-2 text-left font-medium">
                {symbol(a.token)}
                {note(a) && <span className="block text-xs font-normal text-subtle">{note(a)}</span>}
              </th>
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{bps(a.weightBps)}</td>
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono font-medium">
                {percent(suggestion.weights[i] * toGav)}
              </td>
              {after && <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{bps(after[i])}</td>}
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono text-subtle">
                {a.guideline.allowed ? bps(a.guideline.maxWeightBps) : "—"}
              </td>
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono" data-testid="expected-return">
                {percent(model.mu[i])}
                {advice.assets[i].retSd > 0 && (
                  <span className="block text-xs text-subtle" data-testid="expected-range">
                    {percent(model.mu[i] - advice.assets[i].retSd)} to {percent(model.mu[i] + advice.assets[i].retSd)}
                  </span>
                )}
              </td>
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{percent(Math.sqrt(model.cov[i][i]))}</td>
            </tr>
          ))}
          {outside > 1e-6 && (
            <tr className="border-t border-line text-subtle">
              <th scope="row" className="px-2 py-1.5 sm:p-2 text-left font-normal">
                LP, primary and escrow<span className="block text-xs">held as they are</span>
              </th>
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{percent(outside)}</td>
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{percent(outside)}</td>
              {after && <td className="px-2 py-1.5 sm:p-2 text-right font-mono">—</td>}
              <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{bps(read.maxLpBps)} LP</td>
              <td className="px-2 py-1.5 sm:p-2" colSpan={2} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
