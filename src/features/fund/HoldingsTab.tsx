import type { ReactNode } from "react";
import { HoldingKind, type Holding } from "../../domain/valuation/index.ts";
import { formatDuration } from "../../lib/durations.ts";
import { formatAmount, shortAddress } from "../../lib/format.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { amount, moneyOf } from "./format.ts";
import { LpPositions } from "./LpPositions.tsx";
import { PrimaryPositions } from "./PrimaryPositions.tsx";
import { YieldPositions } from "./YieldPositions.tsx";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

const PRICE = { minimumFractionDigits: 4, maximumFractionDigits: 4 } as const;
const KIND = ["Asset", "LP position", "Primary market, at cost", "VAM escrow", "Yield position"];

/** A table cell that becomes a labelled line of a card on small screens. */
function Cell({
  label,
  children,
  first,
  wide,
}: {
  label: string;
  children: ReactNode;
  first?: boolean;
  wide?: boolean;
}) {
  return (
    <td
      className={
        `${wide ? "hidden" : "flex"} justify-between gap-3 px-3 py-0.5 sm:table-cell sm:p-2 ` +
        `${first ? "pt-3 font-medium sm:text-left" : "font-mono sm:text-right"}`
      }
    >
      {!first && <span className="font-sans text-subtle sm:hidden">{label}</span>}
      <span className={first ? "" : "text-right"}>{children}</span>
    </td>
  );
}

function holdingName(d: FundData, h: Pick<Holding, "kind" | "token">) {
  const sym = (t: string) => d.tokens.get(t.toLowerCase())?.symbol ?? shortAddress(t);
  if (h.kind === HoldingKind.LpPosition) {
    const p = d.raw.pairs.find((x) => x.pair.toLowerCase() === h.token.toLowerCase());
    return p ? `${sym(p.token0)}/${sym(p.token1)} LP` : shortAddress(h.token);
  }
  if (h.kind === HoldingKind.VamEscrow) {
    const deal = d.raw.deals.find((x) => x.deal.toLowerCase() === h.token.toLowerCase());
    return `${deal ? sym(deal.projectToken) : "?"} deal ${shortAddress(h.token)}`;
  }
  if (h.kind === HoldingKind.YieldVault) {
    const v = d.raw.vaults?.find((x) => x.vault.toLowerCase() === h.token.toLowerCase());
    return v ? `${sym(h.token)} (${sym(v.asset)})` : sym(h.token);
  }
  return sym(h.token);
}

export function HoldingsTab({ d, u }: { d: FundData; u: Unit }) {
  const dec = (t: string) => d.tokens.get(t.toLowerCase())?.decimals ?? 18;
  const markedDown = (t: string) => d.raw.primaries.some((p) => p.mark && p.token.toLowerCase() === t.toLowerCase());
  return (
    <div className="space-y-6">
      <table className="block w-full text-sm sm:table">
        <caption className="sr-only">Holdings</caption>
        <thead className="hidden text-left text-xs text-subtle sm:table-header-group">
          <tr>
            <th className="p-2">Holding</th>
            <th className="p-2 text-right">Balance</th>
            <th className="p-2 text-right">Oracle price (USD), age</th>
            <th className="p-2 text-right">Value</th>
            <th className="p-2 text-right">Weight / limit</th>
          </tr>
        </thead>
        <tbody className="block space-y-2 sm:table-row-group sm:space-y-0">
          {d.snapshot.holdings.map((h) => {
            const g = d.guidelines.get(h.token.toLowerCase());
            const limit =
              h.kind === HoldingKind.Asset
                ? g?.maxWeightBps
                : h.kind === HoldingKind.LpPosition
                  ? d.maxLpBps
                  : undefined;
            const feedDec =
              d.raw.assets.find((x) => x.token.toLowerCase() === h.token.toLowerCase())?.feedDecimals ?? 8;
            const over = limit !== undefined && h.weightBps > BigInt(limit);
            return (
              <tr
                key={`${h.kind}-${h.token}`}
                data-testid="holding-row"
                data-token={h.token.toLowerCase()}
                className={
                  "block rounded-lg border border-line bg-surface " +
                  "pb-2 sm:table-row sm:rounded-none sm:border-0 sm:border-t sm:bg-transparent"
                }
              >
                <Cell label="Holding" first>
                  {holdingName(d, h)}{" "}
                  <span className="block text-xs font-normal text-subtle">
                    {h.kind === HoldingKind.Primary && markedDown(h.token)
                      ? "Primary market, marked down"
                      : KIND[h.kind]}
                  </span>
                </Cell>
                <Cell label="Balance">
                  {h.kind === HoldingKind.VamEscrow
                    ? moneyOf({ value: h.balance, decimals: d.asset.decimals, symbol: d.asset.symbol })
                    : amount(h.balance, h.kind === HoldingKind.LpPosition ? 18 : dec(h.token))}
                </Cell>
                <Cell label="Oracle price (USD)" wide={h.kind !== HoldingKind.Asset}>
                  {h.kind === HoldingKind.Asset ? (
                    <>
                      {/* One precision for the column: USDC at 1.0000 beside DAI at 0.9997, not "1". */}
                      <span data-testid="oracle-price">{formatAmount(h.price, feedDec, PRICE)}</span>{" "}
                      <span
                        data-testid={h.stale ? "stale-price" : undefined}
                        className={h.stale ? "font-medium text-danger" : "text-subtle"}
                      >
                        ({formatDuration(d.raw.timestamp - h.updatedAt, 1)}
                        {h.stale ? ", stale" : ""})
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </Cell>
                <Cell label="Value">
                  <span data-testid="holding-value">{moneyOf(u.now(h.value))}</span>
                </Cell>
                <Cell label="Weight / limit">
                  <span className={over ? "text-danger" : ""}>
                    {bpsPercent(h.weightBps, { minimumFractionDigits: 2 })}
                  </span>
                  {limit !== undefined ? <span className="text-subtle"> / {bpsPercent(limit)}</span> : ""}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
      {d.raw.pairs.some((p) => p.lpBalance > 0n) && <LpPositions d={d} u={u} />}
      <YieldPositions d={d} u={u} />
      {(d.raw.primaries.length > 0 || d.raw.deals.length > 0) && <PrimaryPositions d={d} u={u} />}
    </div>
  );
}
