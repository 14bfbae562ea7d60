import type { Address } from "viem";
import { useVaultRates } from "../../chain/vaultRates.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { HoldingKind, vaultRateBps } from "../../domain/valuation/index.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { amount, moneyOf } from "./format.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";
import { detailRow } from "./detailRow.tsx";

/**
 * Each yield position (an ERC-4626 vault governance listed): what it holds underneath, its yearly
 * rate over 7 and 30 days from the rates its guard accepted, its value and its share of the fund.
 */
export function YieldPositions({ d, u }: { d: FundData; u: Unit }) {
  const lines = d.snapshot.holdings.filter((h) => h.kind === HoldingKind.YieldVault && h.balance > 0n);
  const guard = d.vaultGuidelines.values().next().value?.guard as Address | undefined;
  const rates = useVaultRates(guard, d.block);
  const sym = (t: string) => d.tokens.get(t.toLowerCase())?.symbol ?? t;
  const rate = (vault: string, days: number) => {
    const bps = rates.data && vaultRateBps(rates.data.get(vault.toLowerCase()) ?? [], days);
    return bps === undefined ? "—" : bpsPercent(bps, { signed: true, minimumFractionDigits: 2 });
  };
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="yield-title" className="space-y-2">
      <h2 id="yield-title" className="font-medium">
        Yield positions
      </h2>
      {rates.error && !rates.data ? (
        <ErrorState
          title="The vaults' rate history could not be read."
          detail={rates.error.message.split("\n")[0]}
          onRetry={() => void rates.refetch()}
        />
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        {lines.map((h) => {
          const raw = d.raw.vaults?.find((v) => v.vault.toLowerCase() === h.token.toLowerCase());
          const g = d.vaultGuidelines.get(h.token.toLowerCase());
          const underlying = raw ? sym(raw.asset) : "?";
          return (
            <article
              key={h.token}
              data-testid="yield-position"
              data-vault={h.token.toLowerCase()}
              className="rounded-lg border border-line bg-surface p-3 text-sm"
            >
              <h3 className="font-medium">
                {sym(h.token)} <span className="font-normal text-subtle">· {underlying} underneath</span>
              </h3>
              <dl className="mt-1">
                {detailRow(
                  "Underlying",
                  `${amount(raw?.assets ?? 0n, d.tokens.get((raw?.asset ?? "").toLowerCase())?.decimals ?? 18)} ${underlying}`,
                  "yield-underlying",
                )}
                {detailRow("Rate, 7 days (a year)", rates.data ? rate(h.token, 7) : "…", "yield-rate-7")}
                {detailRow("Rate, 30 days (a year)", rates.data ? rate(h.token, 30) : "…", "yield-rate-30")}
                {detailRow("Value", moneyOf(u.now(h.value)), "yield-value")}
                {detailRow("Share of the fund", bpsPercent(h.weightBps, { minimumFractionDigits: 2 }), "yield-share")}
                {h.stale &&
                  detailRow("Status", "rate off its accepted value: priced entries and exits wait", "yield-stale")}
              </dl>
              {g && (
                <p className="mt-1 text-xs text-subtle">
                  Counts toward {underlying}'s weight. Priced operations stop while its rate is more than{" "}
                  {bpsPercent(g.maxMoveBps)} from the accepted one.
                </p>
              )}
            </article>
          );
        })}
      </div>
      <p className="text-xs text-subtle">
        Rates are simple yearly rates between the exchange rates the vault's guard accepted; a slashing shows as a
        negative rate. Valued at the vault's exchange rate and the underlying's oracle price, as the fund values it.
      </p>
    </section>
  );
}
