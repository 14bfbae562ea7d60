import { exact, moneyOf } from "./format.ts";
import { ExcludedHolders } from "./ExcludedHolders.tsx";
import { YourValue } from "./YourValue.tsx";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

export function IntrinsicTab({ d, u }: { d: FundData; u: Unit }) {
  const i = d.snapshot.intrinsic;
  // No manager token: U is only the fee shares the pending accrual would mint for the fee recipient.
  const investorGoverned = isInvestorGoverned(d.set);
  const [nav, manager] = [u.now(i.nav), u.now(i.managerTotal)];
  // In another unit, investors get NAV less the manager tokens' share, so the terms still add up.
  const investor = nav && manager && { ...nav, value: nav.value - manager.value };
  const e = (m: typeof nav) => (m ? exact(m.value, m.decimals, m.symbol) : "—");
  const card = "rounded-lg border border-line bg-surface p-3";
  return (
    <div className="space-y-3">
      <dl className="grid gap-2 sm:grid-cols-3">
        <div className={card}>
          <dt className="text-xs text-subtle">NAV (A)</dt>
          <dd data-testid="iv-nav" className="break-all font-mono">
            {e(nav)}
          </dd>
        </div>
        <div className={card}>
          <dt className="text-xs text-subtle">Investor tokens, total: A × (S′ − U) / S′</dt>
          <dd data-testid="iv-investor" className="break-all font-mono">
            {e(investor)}
          </dd>
          <dd className="text-xs text-subtle">
            <span data-testid="iv-per-share" className="font-mono">
              {moneyOf(u.now(i.perShare))}
            </span>{" "}
            per share (A / S′)
          </dd>
        </div>
        {investorGoverned ? (
          <div className={card}>
            <dt className="text-xs text-subtle">Fees not yet minted: A × U / S′</dt>
            <dd data-testid="iv-manager" className="break-all font-mono">
              {e(manager)}
            </dd>
            <dd data-testid="iv-no-manager-token" className="text-xs text-subtle">
              This fund has no manager token: its investors govern it with their shares, and fee shares, once minted,
              are ordinary shares of the fee recipient.
            </dd>
          </div>
        ) : (
          <div className={card}>
            <dt className="text-xs text-subtle">Manager tokens, total: A × U / S′</dt>
            <dd data-testid="iv-manager" className="break-all font-mono">
              {e(manager)}
            </dd>
            <dd className="text-xs text-subtle">
              <span data-testid="iv-per-manager-token" className="font-mono">
                {moneyOf(u.now(i.perManagerToken))}
              </span>{" "}
              per claiming manager token (fee shares not yet credited × A / S′ / claiming supply)
            </dd>
          </div>
        )}
      </dl>
      {investorGoverned ? (
        <p className="text-sm text-subtle">
          S′ = {moneyOf({ value: i.supply, decimals: d.decimals, symbol: d.symbol })} (supply after the pending fee
          accrual); U = {moneyOf({ value: i.unclaimedFeeShares, decimals: d.decimals, symbol: d.symbol })} (the fee
          shares that accrual would mint).
        </p>
      ) : (
        <p className="text-sm text-subtle">
          S′ = {moneyOf({ value: i.supply, decimals: d.decimals, symbol: d.symbol })} (supply after the pending fee
          accrual); U = {moneyOf({ value: i.unclaimedFeeShares, decimals: d.decimals, symbol: d.symbol })} (fee shares
          not yet claimed by manager-token holders), of which{" "}
          <span data-testid="iv-uncredited">
            {moneyOf({
              value: d.snapshot.accrual.feeShares + d.raw.splitterUncredited,
              decimals: d.decimals,
              symbol: d.symbol,
            })}
          </span>{" "}
          not yet credited to any holder;{" "}
          {moneyOf({ value: d.raw.managerTokenSupply, decimals: 18, symbol: "manager tokens" })}, of which{" "}
          <span data-testid="iv-claiming-supply">{exact(d.raw.claimingSupply, 18, "")}</span> share the fees (the
          claiming supply).
        </p>
      )}
      <YourValue d={d} u={u} />
      {!investorGoverned && <ExcludedHolders d={d} />}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">How is this computed?</summary>
        <div className="mt-2 space-y-2 text-subtle">
          <p>
            A is the fund's gross asset value: every holding at its oracle price, LP positions at their fair value,
            primary-market tokens at cost (or lower, where governance marked them down) and VAM escrow at face value.
          </p>
          <p>
            Fees due since the last accrual are first minted as shares, as the next deposit or redemption would do: S′
            is the supply after that. U are the fee shares that belong to manager-token holders: those the fee splitter
            holds and those just minted.
          </p>
          <p>
            Each share is worth A / S′. The manager tokens together own U of the S′ shares, A × U / S′; the investors
            own the rest, so the two totals add up to NAV exactly. All amounts are integers rounded down, exactly as the
            contracts compute them.
          </p>
          <p>
            Fee shares already credited to past holders stay with them, so a manager token is worth to its buyer only
            the fee shares not yet credited, spread over the claiming supply: the manager tokens less the balances
            governance excluded from the fee distribution (pools and bridges, which cannot claim).
          </p>
          {u.unit !== "asset" && (
            <p>In {u.sample?.symbol ?? "another unit"}, each amount is converted at today's oracle prices.</p>
          )}
        </div>
      </details>
    </div>
  );
}
