// One fund the account holds shares of: value, cost basis and profit and loss.
import { AppLink } from "../../components/AppLink.tsx";
import { StaleMark } from "../../components/StaleFunds.tsx";
import { unrealised } from "../../domain/portfolio/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { formatTokenAmount } from "../../lib/format.ts";
import { shown, signed, tone } from "./money.ts";
import type { FundHolding, Portfolio } from "./readPortfolio.ts";

export function PositionCard({ h, unit, units }: { h: FundHolding; unit: Denomination; units: Portfolio["units"] }) {
  const gain = unrealised(h.position, h.value);
  const row = "flex items-baseline justify-between gap-3 py-1";
  return (
    <li data-testid="position" data-fund={h.fund} className="rounded-xl border border-line bg-surface p-4">
      <h3 className="font-medium">
        <AppLink to={`/fund/${h.fund}`} className="hover:underline">
          {h.name}
        </AppLink>
      </h3>
      <dl className="mt-2 divide-y divide-line text-sm">
        <div className={row}>
          <dt className="text-subtle">Shares</dt>
          <dd data-testid="position-shares" data-value={h.shares.toString()} className="break-all text-right font-mono">
            {formatTokenAmount(h.shares, h.decimals, h.symbol, {
              maximumFractionDigits: 4,
              maximumSignificantDigits: 8,
            })}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Value</dt>
          <dd
            data-testid="position-value"
            data-value={h.value.toString()}
            data-stale={!h.pricesFresh || undefined}
            className="text-right font-mono"
          >
            {shown(h.value, h, unit, units)}
            {!h.pricesFresh && <StaleMark />}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Cost basis</dt>
          <dd data-testid="position-cost" data-value={h.position.costBasis.toString()} className="text-right font-mono">
            {shown(h.position.costBasis, h, unit, units)}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Unrealised P&amp;L</dt>
          <dd
            data-testid="position-unrealised"
            data-value={gain.toString()}
            className={`text-right font-mono ${tone(gain)}`}
          >
            {signed(gain, h, unit, units)}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Realised P&amp;L</dt>
          <dd
            data-testid="position-realised"
            data-value={h.position.realised.toString()}
            className={`text-right font-mono ${tone(h.position.realised)}`}
          >
            {signed(h.position.realised, h, unit, units)}
          </dd>
        </div>
      </dl>
    </li>
  );
}
