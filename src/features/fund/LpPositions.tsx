import { ErrorState } from "../../components/ErrorState.tsx";
import { impermanentLoss, type UsdPrice } from "../../domain/valuation/index.ts";
import { FINE, ppmPercent } from "../../lib/percent.ts";
import { amount, moneyOf } from "./format.ts";
import type { FundData } from "./types.ts";
import { useLpBasis } from "./useLpBasis.ts";
import type { Unit } from "./useUnit.ts";
import { detailRow } from "./detailRow.tsx";

/** Each LP position against holding what was put in (DESIGN §3: impermanent loss since entry). */
export function LpPositions({ d, u }: { d: FundData; u: Unit }) {
  const basis = useLpBasis(d.set.fund, d.block);
  const price = (token: string): UsdPrice | undefined => {
    const a = d.raw.assets.find((x) => x.token.toLowerCase() === token.toLowerCase());
    return a && { answer: a.answer, feedDecimals: a.feedDecimals, decimals: a.decimals };
  };
  const sym = (t: string) => d.tokens.get(t.toLowerCase())?.symbol ?? t;
  return (
    <section aria-labelledby="lp-title" className="space-y-2">
      <h2 id="lp-title" className="font-medium">
        LP positions against holding
      </h2>
      {basis.error && !basis.data ? (
        <ErrorState
          title="The fund's liquidity history could not be read."
          detail={basis.error.message.split("\n")[0]}
          onRetry={() => void basis.refetch()}
        />
      ) : !basis.data ? (
        <div aria-busy="true" className="h-32 animate-pulse rounded-lg bg-muted" />
      ) : (
        <div className="grid gap-3 md:grid-cols-2">
          {d.raw.pairs
            .filter((p) => p.lpBalance > 0n)
            .map((p) => {
              const b = basis.data.get(p.pair.toLowerCase());
              const [p0, p1] = [price(p.token0), price(p.token1)];
              const il =
                b && b.liquidity > 0n && p0 && p1
                  ? impermanentLoss({
                      amount0: b.amount0,
                      amount1: b.amount1,
                      price0: p0,
                      price1: p1,
                      position: { lp: p.lpBalance, lpSupply: p.lpSupply, reserve0: p.reserve0, reserve1: p.reserve1 },
                    })
                  : undefined;
              return (
                <article
                  key={p.pair}
                  data-testid="lp-position"
                  data-pair={p.pair.toLowerCase()}
                  className="rounded-lg border border-line bg-surface p-3 text-sm"
                >
                  <h3 className="font-medium">
                    {sym(p.token0)}/{sym(p.token1)}
                  </h3>
                  {!b || !il ? (
                    <p className="mt-1 text-subtle">
                      The fund holds these LP tokens without a recorded deposit, so there is no entry to compare with.
                    </p>
                  ) : (
                    <dl className="mt-1">
                      {detailRow(
                        "Put in",
                        `${amount(b.amount0, d.tokens.get(p.token0.toLowerCase())?.decimals ?? 18)} ` +
                          `${sym(p.token0)} + ` +
                          `${amount(b.amount1, d.tokens.get(p.token1.toLowerCase())?.decimals ?? 18)} ${sym(p.token1)}`,
                      )}
                      {detailRow("Value in the pool now", moneyOf(u.usd(il.valueInPoolUsd)), "lp-value")}
                      {detailRow("Value if held instead", moneyOf(u.usd(il.valueIfHeldUsd)), "lp-held")}
                      {detailRow("Pool vs holding", ppmPercent(il.ilPpm, { signed: true, ...FINE }), "lp-vs-hold")}
                      {detailRow(
                        "Impermanent loss from price moves",
                        ppmPercent(il.priceIlPpm, { signed: true, ...FINE }),
                        "lp-il",
                      )}
                      {detailRow("Swap fees earned", moneyOf(u.usd(il.feesUsd < 0n ? 0n : il.feesUsd)), "lp-fees")}
                    </dl>
                  )}
                </article>
              );
            })}
        </div>
      )}
      <p className="text-xs text-subtle">
        Since the liquidity was added, at today's oracle prices. Pool vs holding includes the swap fees earned; the
        impermanent loss from price moves alone is 2√r/(1+r) − 1 for a price ratio change r.
      </p>
    </section>
  );
}
