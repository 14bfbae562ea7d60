// The fees of a year in the fund, in money, for an amount the investor types: what the terms
// mean for them, before they deposit.
import { useId, useState } from "react";
import { yearCost } from "../../domain/valuation/index.ts";
import { amountInputMessage, decimalSeparator, parseAmount } from "../../lib/units.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { exact } from "./format.ts";
import type { FundData } from "./types.ts";

const field =
  "w-full rounded-lg border border-line bg-bg px-3 py-2 font-mono aria-invalid:border-danger focus:outline-none " +
  "focus:ring-2 focus:ring-brand";

/** A yearly gain in percent, with a sign and at most two decimals, as basis points. */
function parseGain(text: string): { ok: true; bps: bigint } | { ok: false; message: string } {
  const t = text.trim().replace(/%$/, "").trim();
  const negative = /^[-−]/.test(t);
  const r = parseAmount(t.replace(/^[-−+]/, ""), 2, decimalSeparator());
  if (!r.ok)
    return {
      ok: false,
      message:
        r.error.kind === "empty"
          ? "Enter a yearly gain in percent (0 for none)."
          : amountInputMessage(r.error, "A gain"),
    };
  return { ok: true, bps: negative ? -r.value : r.value };
}

export function YearCost({ d }: { d: FundData }) {
  const id = useId();
  const [amountText, setAmount] = useState("10000");
  const [gainText, setGain] = useState("10");
  const { symbol, decimals } = d.asset;
  const amount = parseAmount(amountText, decimals, decimalSeparator());
  const gain = parseGain(gainText);
  const f = d.raw.fees;
  const c =
    amount.ok && gain.ok
      ? yearCost(amount.value, gain.bps, {
          entryBps: d.raw.entryBps,
          exitBps: d.raw.exitBps,
          managementBps: BigInt(f.managementBps),
          performanceBps: BigInt(f.performanceBps),
          hurdleBps: BigInt(f.hurdleBps),
        })
      : undefined;
  const show = (v: bigint) => exact(v, decimals, symbol);
  const share = c && amount.ok && amount.value > 0n ? ppmPercent((c.total * 1_000_000n) / amount.value) : undefined;
  const rows: [string, string, bigint | undefined][] = [
    ["Entry fee, at once", "cost-entry", c?.entry],
    ["Management fee, over the year", "cost-management", c?.management],
    ["Performance fee, on the gain above the hurdle", "cost-performance", c?.performance],
    ["Exit fee, when you leave", "cost-exit", c?.exit],
  ];
  return (
    <section aria-labelledby={`${id}-title`} data-testid="year-cost" className="space-y-2">
      <h2 id={`${id}-title`} className="font-medium">
        What a year costs you
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block space-y-1">
          <span className="text-subtle">If you invest ({symbol})</span>
          <input
            value={amountText}
            onChange={(e) => setAmount(e.target.value)}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={!amount.ok}
            aria-describedby={`${id}-amount-error`}
            data-testid="cost-amount"
            className={field}
          />
          {!amount.ok && (
            <span id={`${id}-amount-error`} className="block text-danger">
              {amountInputMessage(amount.error, symbol)}
            </span>
          )}
        </label>
        <label className="block space-y-1">
          <span className="text-subtle">and the fund gains, before fees (% a year)</span>
          <input
            value={gainText}
            onChange={(e) => setGain(e.target.value)}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={!gain.ok}
            aria-describedby={`${id}-gain-error`}
            data-testid="cost-gain"
            className={field}
          />
          {!gain.ok && (
            <span id={`${id}-gain-error`} className="block text-danger">
              {gain.message}
            </span>
          )}
        </label>
      </div>
      <dl className="grid gap-x-6 sm:grid-cols-2">
        {rows.map(([k, testId, v]) => (
          <div key={k} className="flex flex-wrap justify-between gap-x-4 border-b border-line py-1">
            <dt className="text-subtle">{k}</dt>
            <dd data-testid={testId} className="ml-auto text-right font-mono">
              {v === undefined ? "—" : show(v)}
            </dd>
          </div>
        ))}
        <div className="flex flex-wrap justify-between gap-x-4 border-b border-line py-1 font-medium">
          <dt>In all</dt>
          <dd data-testid="cost-total" className="ml-auto text-right font-mono">
            {c ? `${show(c.total)}${share ? ` (${share} of what you put in)` : ""}` : "—"}
          </dd>
        </div>
        <div className="flex flex-wrap justify-between gap-x-4 border-b border-line py-1">
          <dt className="text-subtle">You would leave with</dt>
          <dd data-testid="cost-end" className="ml-auto text-right font-mono">
            {c ? show(c.end) : "—"}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-subtle">
        At today's terms, with the fees charged once at the year's end from a high-water mark at today's price. The fund
        charges at each deposit and redemption, so what it takes compounds and differs slightly; the entry and exit fees
        stay in the fund for its investors, the others go to manager-token holders.
      </p>
    </section>
  );
}
