import { exact, money } from "./format.ts";
import type { FundData } from "./types.ts";

export function IntrinsicTab({ d }: { d: FundData }) {
  const i = d.snapshot.intrinsic;
  const a = d.asset;
  const m = (v: bigint) => money(v, a.decimals, a.symbol);
  const e = (v: bigint) => exact(v, a.decimals, a.symbol);
  return (
    <div className="space-y-3">
      <dl className="grid gap-2 sm:grid-cols-3">
        <div className="rounded-lg border border-line bg-surface p-3"><dt className="text-xs text-subtle">NAV (A)</dt><dd data-testid="iv-nav" className="font-mono">{e(i.nav)}</dd></div>
        <div className="rounded-lg border border-line bg-surface p-3"><dt className="text-xs text-subtle">Investor tokens, total: A × (S′ − U) / S′</dt><dd data-testid="iv-investor" className="font-mono">{e(i.investorTotal)}</dd><dd className="text-xs text-subtle">{m(i.perShare)} per share</dd></div>
        <div className="rounded-lg border border-line bg-surface p-3"><dt className="text-xs text-subtle">Manager tokens, total: A × U / S′</dt><dd data-testid="iv-manager" className="font-mono">{e(i.managerTotal)}</dd><dd className="text-xs text-subtle">{m(i.perManagerToken)} per manager token</dd></div>
      </dl>
      <p className="text-sm text-subtle">S′ = {money(i.supply, d.decimals, d.symbol)} (supply after the pending fee accrual); U = {money(i.unclaimedFeeShares, d.decimals, d.symbol)} (fee shares not yet claimed by manager-token holders).</p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">How is this computed?</summary>
        <p className="mt-2 text-subtle">A is the fund's gross asset value from its oracle prices. Fees due since the last accrual are minted as shares first (S′). The unclaimed fee shares U belong to the manager-token holders; the rest of A belongs to investors, so the two totals add up to NAV exactly.</p>
      </details>
    </div>
  );
}
