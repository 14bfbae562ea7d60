import { useId } from "react";
import { AppLink } from "../../components/AppLink.tsx";
import type { Address } from "viem";
import { sharpe, type Breach, type LeftOut, type Portfolio, type Rebalance } from "../../domain/advisor/index.ts";
import { formatTokenAmount } from "../../lib/format.ts";
import { shortAddress } from "../../lib/format.ts";
import { encodeDraft, type RebalanceDraft } from "../../lib/rebalanceDraft.ts";
import { percent, ratioText } from "./format.ts";
import { leftOutText, lossOf, swapCostText, swapText, vaultMoveText, type Token } from "./draft.ts";

const MECHANISM = ["governance", "an institution", "an algorithm", "an investment committee"];

interface Props {
  fund: Address;
  fundName: string;
  mechanism: number;
  plan: Rebalance;
  /** Set when the trades would cost more than they are expected to bring: nothing is drafted. */
  notWorth?: { cost: bigint; net: Portfolio; current: Portfolio };
  /** Trades the model wanted that would lose more than the slippage rule allows. */
  leftOut: LeftOut[];
  maxSlippageBps: bigint;
  assetToken: (i: number) => string;
  draft?: RebalanceDraft;
  slippage: string;
  slippageError?: string;
  onSlippage: (text: string) => void;
  token: (a: string) => Token;
}

export function DraftPanel({
  fund,
  fundName,
  mechanism,
  plan,
  notWorth,
  leftOut,
  maxSlippageBps,
  assetToken,
  draft,
  slippage,
  slippageError,
  onSlippage,
  token,
}: Props) {
  const id = useId();
  const governed = mechanism === 0;
  const unit = token(assetToken(0));
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-xl border border-line bg-surface p-4"
      data-testid="advisor-draft"
    >
      <h3 id={`${id}-title`} className="font-medium">
        {governed ? "The rebalance as a proposal" : "The trades"}
      </h3>
      {!plan.ok ? (
        <p role="alert" className="text-sm text-danger">
          These swaps cannot be ordered within the guidelines:{" "}
          {breachText(plan.breach, token(plan.breach.asset).symbol ?? shortAddress(plan.breach.asset))}
        </p>
      ) : notWorth ? (
        <p className="text-sm" data-testid="advisor-not-worth">
          {`Nothing drafted: the swaps would lose ${formatTokenAmount(notWorth.cost, unit.decimals, unit.symbol)} ` +
            `against the feeds' prices, and net of that the suggestion's Sharpe ratio ` +
            `(${ratioText(sharpe(notWorth.net))}) is no better than holding on (${ratioText(sharpe(notWorth.current))}).`}
        </p>
      ) : plan.calls.length === 0 ? (
        <p className="text-sm text-subtle">
          The fund already holds the suggestion: no trade would move more than 0.1% of its value.
        </p>
      ) : (
        <ol className="space-y-1.5 text-sm" data-testid="advisor-swaps">
          {plan.calls.map((c, i) => (
            <li key={i} className="grid grid-cols-[1.5rem_1fr] items-baseline">
              <span className="font-mono text-xs text-subtle">{i + 1}.</span>
              {c.kind === "swap" ? (
                <span
                  data-testid="advisor-swap"
                  data-pair={c.swap.pair}
                  data-token-in={c.swap.tokenIn}
                  data-amount-in={c.swap.amountIn.toString()}
                >
                  {swapText(c.swap, token)}{" "}
                  <span
                    className={`text-xs ${lossOf(c.swap).bps * 2n > maxSlippageBps ? "text-danger" : "text-subtle"}`}
                  >
                    ({swapCostText(c.swap, unit)})
                  </span>
                </span>
              ) : (
                <span
                  data-testid="advisor-vault-move"
                  data-vault={c.move.vault.toLowerCase()}
                  data-into={String(c.move.into)}
                  data-amount={c.move.amount.toString()}
                >
                  {vaultMoveText(c.move, token)}{" "}
                  <span className="text-xs text-subtle">
                    (at the rate its guard accepted, less the allowance; no pool, no price impact)
                  </span>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {leftOut.length > 0 && (
        <div className="space-y-1.5 text-sm">
          <h4 className="font-medium">Left out</h4>
          <ul className="list-disc space-y-1.5 pl-5" data-testid="advisor-left-out">
            {leftOut.map((l, i) => (
              <li key={i} data-testid="left-out" data-reason={l.reason} data-loss-bps={l.lossBps.toString()}>
                {leftOutText(l, token, assetToken(l.asset), unit)}
              </li>
            ))}
          </ul>
          <p className="text-xs text-subtle">
            No drafted trade loses more than {percent(Number(maxSlippageBps) / 1e4)} of its value against the feeds'
            prices, the fund's slippage rule: the suggestion above is what the pools allow within it.
          </p>
        </div>
      )}
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <div className="text-sm">
          <label htmlFor={`${id}-slip`} className="block text-xs text-subtle">
            Minimum-out allowance (%)
          </label>
          <input
            id={`${id}-slip`}
            inputMode="decimal"
            value={slippage}
            onChange={(e) => onSlippage(e.target.value)}
            aria-invalid={!!slippageError}
            aria-describedby={`${id}-slip-help`}
            className={
              "mt-1 w-24 rounded-lg border border-line " +
              "bg-canvas px-2 py-1 font-mono aria-[invalid=true]:border-danger"
            }
          />
          <p
            id={`${id}-slip-help`}
            className={`mt-1 max-w-md text-xs ${slippageError ? "text-danger" : "text-subtle"}`}
          >
            {slippageError ??
              "Each swap reverts if the pool pays less than today's quote minus this, each vault move if the vault " +
                "pays less than its accepted rate minus this. A proposal executes " +
                "about a week after it is drafted: too tight and it reverts, too loose and it can be front-run."}
          </p>
        </div>
        <div className="max-w-md space-y-2 text-sm">
          {governed ? (
            draft && plan.ok && plan.calls.length > 0 && !slippageError ? (
              <AppLink
                to={`/fund/${fund}?tab=governance&draft=${encodeDraft(draft)}`}
                data-testid="draft-proposal"
                className={
                  "inline-block rounded-lg bg-brand px-4 py-2 " +
                  "font-medium text-brand-fg hover:opacity-90 focus-visible:outline-2 " +
                  "focus-visible:outline-offset-2 focus-visible:outline-brand"
                }
              >
                Draft the rebalance proposal
              </AppLink>
            ) : (
              <button type="button" disabled className="rounded-lg bg-muted px-4 py-2 font-medium text-subtle">
                Draft the rebalance proposal
              </button>
            )
          ) : (
            <>
              <button
                type="button"
                disabled
                aria-describedby={`${id}-why`}
                className="rounded-lg bg-muted px-4 py-2 font-medium text-subtle"
              >
                Draft the rebalance proposal
              </button>
              <p id={`${id}-why`} className="text-xs text-subtle" data-testid="draft-not-governed">
                {fundName} is run by {MECHANISM[mechanism] ?? "its manager"}: its manager trades directly within the
                guidelines, without a vote. Only funds governed by their manager-token holders decide by proposal.
              </p>
            </>
          )}
          {governed && (
            <p className="text-xs text-subtle">
              Opens the governance tab's proposal form with these calls as the fund's timelock would make them, ready to
              submit.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

/** What a refused step would do, in words, by the rule it breaks. */
function breachText(b: Breach, symbol: string) {
  const [at, limit] = [percent(Number(b.weightBps) / 1e4), percent(Number(b.limitBps) / 1e4)];
  if (b.rule === "loss")
    return `a swap of ${symbol} would lose ${at} against the feeds' prices, above the fund's ${limit} slippage rule.`;
  if (b.rule === "value")
    return (
      `selling ${symbol} would lose ${at} of its value at the feeds' prices, above the fund's ${limit} ` +
      `slippage limit.`
    );
  if (b.rule === "cash") return `a step would leave ${at} of the fund in ${symbol}, below its ${limit} minimum cash.`;
  return `a step would leave ${symbol} at ${at}, above its ${limit} limit and higher than before.`;
}
