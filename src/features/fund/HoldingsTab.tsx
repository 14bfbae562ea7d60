import { HoldingKind } from "../../domain/valuation/index.ts";
import { formatAmount, shortAddress } from "../../lib/format.ts";
import { bpsPct, money } from "./format.ts";
import type { FundData } from "./types.ts";

const KIND = ["Asset", "LP position", "Primary (at cost)", "VAM escrow"];
const age = (s: bigint) => (s < 3600n ? `${s / 60n} min` : s < 86400n ? `${s / 3600n} h` : `${s / 86400n} d`);

export function HoldingsTab({ d }: { d: FundData }) {
  const a = d.asset;
  const sym = (t: string) => d.tokens.get(t.toLowerCase())?.symbol ?? shortAddress(t);
  const dec = (t: string) => d.tokens.get(t.toLowerCase())?.decimals ?? 18;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-subtle">
          <tr><th className="p-2">Holding</th><th className="p-2">Kind</th><th className="p-2 text-right">Balance</th><th className="p-2 text-right">Price (USD)</th><th className="p-2 text-right">Value</th><th className="p-2 text-right">Weight / limit</th></tr>
        </thead>
        <tbody>
          {d.snapshot.holdings.map((h) => {
            const lp = h.kind === HoldingKind.LpPosition ? d.raw.pairs.find((p) => p.pair.toLowerCase() === h.token.toLowerCase()) : undefined;
            const name = lp ? `${sym(lp.token0)}/${sym(lp.token1)} LP` : sym(h.token);
            const g = d.guidelines.get(h.token.toLowerCase());
            const limit = h.kind === HoldingKind.Asset ? g?.maxWeightBps : h.kind === HoldingKind.LpPosition ? d.maxLpBps : undefined;
            const feedDec = d.raw.assets.find((x) => x.token.toLowerCase() === h.token.toLowerCase())?.feedDecimals ?? 8;
            return (
              <tr key={`${h.kind}-${h.token}`} data-testid="holding-row" data-token={h.token.toLowerCase()} className="border-t border-line">
                <td className="p-2 font-medium">{name}</td>
                <td className="p-2 text-subtle">{KIND[h.kind]}</td>
                <td className="p-2 text-right font-mono">{formatAmount(h.balance, h.kind === HoldingKind.LpPosition ? 18 : dec(h.token), { maximumSignificantDigits: 6 })}</td>
                <td className="p-2 text-right font-mono">
                  {h.kind === HoldingKind.Asset ? (
                    <>
                      {formatAmount(h.price, feedDec)}{" "}
                      <span className={h.stale ? "text-danger" : "text-subtle"}>({age(d.raw.timestamp - h.updatedAt)}{h.stale ? ", stale" : ""})</span>
                    </>
                  ) : "—"}
                </td>
                <td className="p-2 text-right font-mono">{money(h.value, a.decimals, a.symbol)}</td>
                <td className="p-2 text-right font-mono">{bpsPct(h.weightBps)}{limit !== undefined ? ` / ${bpsPct(limit)}` : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
