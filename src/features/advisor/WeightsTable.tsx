import type { Advice, Rebalance, VaultMove } from "../../domain/advisor/index.ts";
import { ratio } from "../../domain/advisor/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { formatTokenAmount } from "../../lib/format.ts";
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

/** The vault's move in a few words: "deposit 1.5 WETH", "redeem 3 stETH" or none. */
function moveText(m: VaultMove | undefined, read: AdvisorRead) {
  if (!m) return "no move";
  const t = read.tokens.get((m.into ? m.asset : m.vault).toLowerCase());
  return `${m.into ? "deposit" : "redeem"} ${formatTokenAmount(m.amount, t?.decimals ?? 18, t?.symbol ?? "")}`.trim();
}

/** Line `i`'s expected return with its likely range, and its volatility, as the model estimates them. */
function EstimateCells({ advice, i }: { advice: Ok; i: number }) {
  const { mu, cov } = advice.model;
  const sd = advice.assets[i].retSd;
  return (
    <>
      <td className="px-2 py-1.5 sm:p-2 text-right font-mono" data-testid="expected-return">
        {percent(mu[i])}
        {sd > 0 && (
          <span className="block text-xs text-subtle" data-testid="expected-range">
            {percent(mu[i] - sd)} to {percent(mu[i] + sd)}
          </span>
        )}
      </td>
      <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{percent(Math.sqrt(cov[i][i]))}</td>
    </>
  );
}

export function WeightsTable({ advice, read, plan }: { advice: Ok; read: AdvisorRead; plan?: Rebalance }) {
  const { sleeve, suggestion } = advice;
  const toGav = ratio(sleeve.value, sleeve.gav);
  const outside = 1 - toGav;
  const symbol = (t: string) => read.tokens.get(t.toLowerCase())?.symbol ?? shortAddress(t);
  const after = plan?.ok ? plan.afterBps : undefined;
  const n = sleeve.assets.length;
  return (
    // Scrolls sideways on phones: focusable, so that the keyboard can scroll it too.
    <div
      className="overflow-x-auto rounded-xl border border-line bg-surface"
      role="region"
      aria-label="Weights"
      tabIndex={0}
    >
      <table className="w-full text-sm" data-testid="advisor-weights">
        <caption className="sr-only">
          Current and suggested weights, in share of the fund's gross asset value; a vault counts toward its asset's
          limit
        </caption>
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
                After the calls
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
              data-min-variance={(advice.minVariance.weights[i] * toGav).toString()}
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
              <EstimateCells advice={advice} i={i} />
            </tr>
          ))}
          {sleeve.vaults.map((v, k) => {
            const i = n + k;
            const asset = symbol(read.raw.assets[v.asset].token);
            const g = sleeve.assets[v.asset].guideline;
            const move = plan?.ok ? plan.moves.find((m) => m.vault.toLowerCase() === v.token.toLowerCase()) : undefined;
            return (
              <tr
                key={v.token}
                className="border-t border-line"
                data-testid="advisor-row"
                data-kind="vault"
                data-token={v.token.toLowerCase()}
                data-asset={read.raw.assets[v.asset].token.toLowerCase()}
                data-current-bps={v.weightBps.toString()}
                data-suggested={(suggestion.weights[i] * toGav).toString()}
                data-min-variance={(advice.minVariance.weights[i] * toGav).toString()}
              >
                <th scope="row" className="px-2 py-1.5 sm:p-2 text-left font-medium">
                  {symbol(v.token)}
                  <span className="block text-xs font-normal text-subtle">
                    vault of {asset}
                    {v.movable ? "" : ": rate off its bound, kept as it is"}
                  </span>
                  {plan?.ok && (
                    <span className="block text-xs font-normal" data-testid="advisor-vault-move-short">
                      {moveText(move, read)}
                    </span>
                  )}
                </th>
                <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{bps(v.weightBps)}</td>
                <td className="px-2 py-1.5 sm:p-2 text-right font-mono font-medium">
                  {percent(suggestion.weights[i] * toGav)}
                </td>
                {after && plan?.ok && (
                  <td className="px-2 py-1.5 sm:p-2 text-right font-mono">{bps(plan.vaultAfterBps[k])}</td>
                )}
                <td className="px-2 py-1.5 sm:p-2 text-right text-xs text-subtle">
                  {g.allowed && g.maxWeightBps < 10_000 ? `${bps(g.maxWeightBps)} with ${asset}` : `with ${asset}`}
                </td>
                <EstimateCells advice={advice} i={i} />
              </tr>
            );
          })}
          {outside > 1e-6 && (
            <tr className="border-t border-line text-subtle">
              <th scope="row" className="px-2 py-1.5 sm:p-2 text-left font-normal">
                LP, primary, escrow, other vaults<span className="block text-xs">held as they are</span>
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
