import { HoldingKind, impairment, perWholeToken } from "../../domain/valuation/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { shortAddress } from "../../lib/format.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { amount, moneyOf } from "./format.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

/**
 * Project tokens bought in VAM deals, at what they cost or marked down by governance, and what the deals still hold
 * in escrow.
 */
export function PrimaryPositions({ d, u }: { d: FundData; u: Unit }) {
  const token = (t: string) => d.tokens.get(t.toLowerCase());
  const asAsset = (v: bigint) => moneyOf(u.now(v));
  const primaries = d.snapshot.holdings.filter((h) => h.kind === HoldingKind.Primary);
  return (
    <section aria-labelledby="primary-title" className="space-y-2 text-sm">
      <h2 id="primary-title" className="font-medium">
        Primary market
      </h2>
      {primaries.length > 0 && (
        <p data-testid="primary-at-cost" className="text-subtle">
          Primary positions are valued at cost, no market price: each counts at what the fund paid, for the tokens its
          deals delivered, until governance marks it down (an impairment, which can only go lower) or gives it a price
          feed.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-2">
        {primaries.map((h) => {
          const info = token(h.token);
          // The fund's own cost basis of the token (`Fund.primaryCost`), kept as its deals settle.
          const cost = d.raw.primaries.find((x) => x.token.toLowerCase() === h.token.toLowerCase());
          const [paid, received] = [cost?.paid ?? 0n, cost?.received ?? 0n];
          const mark = cost?.mark;
          const below = cost && impairment(cost).belowCostBps;
          const perToken = mark && moneyOf(u.now(perWholeToken(mark.wad, info?.decimals ?? 18)));
          return (
            <article
              key={h.token}
              data-testid="primary-position"
              className="rounded-lg border border-line bg-surface p-3"
            >
              <h3 className="font-medium">{info ? `${info.name} (${info.symbol})` : shortAddress(h.token)}</h3>
              <dl className="mt-1">
                <div className="flex justify-between gap-3">
                  <dt className="text-subtle">Held</dt>
                  <dd className="font-mono">
                    {amount(h.balance, info?.decimals ?? 18)} {info?.symbol}
                  </dd>
                </div>
                <div className="flex justify-between gap-3">
                  <dt className="text-subtle">Cost: paid for {amount(received, info?.decimals ?? 18)}</dt>
                  <dd data-testid="primary-cost" className="text-right font-mono">
                    {asAsset(paid)}
                  </dd>
                </div>
                <div className="flex justify-between gap-3">
                  <dt className="text-subtle">{mark ? "Valued at" : "Valued at cost, no market price"}</dt>
                  <dd data-testid="primary-value" className="text-right font-mono">
                    {asAsset(h.value)}
                  </dd>
                </div>
                {mark && (
                  <p data-testid="primary-mark" className="mt-1 text-danger">
                    Marked down to {perToken} a token ({below === undefined ? "" : `−${bpsPercent(below)} of cost`}) by
                    governance on {formatDate(mark.at)}.
                  </p>
                )}
              </dl>
            </article>
          );
        })}
      </div>
      {d.raw.deals.length > 0 && (
        <>
          <h3 className="pt-2 font-medium">Escrowed in VAM deals</h3>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {d.raw.deals.map((x) => {
              const info = token(x.projectToken);
              return (
                <li
                  key={x.deal}
                  data-testid="vam-escrow"
                  className="flex flex-wrap justify-between gap-x-3 gap-y-1 p-3"
                >
                  <span>
                    Deal for{" "}
                    <span className="font-medium">
                      {info ? `${info.name} (${info.symbol})` : shortAddress(x.projectToken)}
                    </span>{" "}
                    <span className="font-mono text-xs text-subtle">{shortAddress(x.deal)}</span>
                  </span>
                  <span className="font-mono">
                    {x.fundEscrowed === 0n ? "nothing in escrow" : `${asAsset(x.fundEscrowed)} in escrow`}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="text-xs text-subtle">
            The fund's side of a deal stays in escrow until the project's second tranche is exercised or the deal
            expires; it counts at face value.
          </p>
        </>
      )}
    </section>
  );
}
