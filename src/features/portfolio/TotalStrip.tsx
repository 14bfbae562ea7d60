// The portfolio in three figures: what it is worth, what it gained and by how much.
import { StaleMark } from "../../components/StaleFunds.tsx";
import type { Denomination } from "../../lib/denomination.ts";
import { formatTokenAmount } from "../../lib/format.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { tone } from "./money.ts";
import type { Summary } from "./summary.ts";

const opts = { maximumFractionDigits: 2, maximumSignificantDigits: 6 };

export function TotalStrip({ s, chosen, block }: { s: Summary; chosen: Denomination; block: bigint }) {
  const money = (v: bigint) =>
    `${v < 0n ? "−" : v > 0n ? "+" : ""}${formatTokenAmount(v < 0n ? -v : v, s.decimals, s.symbol, opts)}`;
  const pct = s.pnlPpm;
  const cell = "rounded-xl border border-line bg-surface p-4";
  return (
    <section aria-label="Portfolio total" className="grid gap-3 sm:grid-cols-2">
      <div className={cell}>
        <p className="text-sm text-subtle">
          Total value{chosen === "asset" && <span> (in USD: your funds hold different assets)</span>}
        </p>
        {/* data-value: the unit's integer amount, 18 decimals for USD and ETH, 8 for BTC (data-decimals). */}
        <p
          data-testid="portfolio-total"
          data-value={s.total.toString()}
          data-decimals={s.decimals}
          data-unit={s.unit}
          data-block={block.toString()}
          className="mt-1 text-2xl font-semibold tabular-nums"
        >
          {formatTokenAmount(s.total, s.decimals, s.symbol, opts)}
        </p>
        <p className="mt-1 text-xs text-subtle">
          Positions and manager tokens (their claimable fees included), at today’s prices.
        </p>
        {!s.pricesFresh && <StaleMark />}
      </div>
      <div className={cell}>
        <p className="text-sm text-subtle">Profit and loss, realised and unrealised</p>
        <p className="mt-1 text-2xl font-semibold tabular-nums">
          <span
            data-testid="portfolio-pnl"
            data-value={s.pnl.toString()}
            data-invested={s.invested.toString()}
            className={tone(s.pnl)}
          >
            {money(s.pnl)}
          </span>{" "}
          {pct !== undefined && (
            <span data-testid="portfolio-pnl-pct" data-value={pct.toString()} className={`text-base ${tone(pct)}`}>
              ({ppmPercent(pct, { signed: true })})
            </span>
          )}
        </p>
        <p className="mt-1 text-xs text-subtle">
          Against {formatTokenAmount(s.invested, s.decimals, s.symbol, opts)} paid for shares, those redeemed since
          included.
        </p>
      </div>
    </section>
  );
}
