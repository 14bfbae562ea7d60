import { windowReturns } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/index.ts";
import { useDenomination } from "../../lib/denomination.ts";
import { shortAddress } from "../../lib/format.ts";
import { inUnit } from "../../lib/units.ts";
import { money, ppmPct } from "./format.ts";
import type { FundData } from "./types.ts";

const MECHANISMS = ["Governance", "Institution", "Algorithm"];

/** Who decides: the timelock for governance, the manager's address otherwise. */
export function mechanismText(d: FundData) {
  return d.mechanism === 0 ? `governance (timelock ${shortAddress(d.set.timelock)})` : `${(MECHANISMS[d.mechanism] ?? "unknown").toLowerCase()} ${shortAddress(d.manager)}`;
}

export function FundHeader({ d, history }: { d: FundData; history: NavPoint[] | undefined }) {
  const [unit] = useDenomination();
  const tvl = inUnit(d.snapshot.intrinsic.nav, d.asset, unit, d.units);
  const r = history ? windowReturns(history, d.raw.timestamp) : undefined;
  const stat = "rounded-lg border border-line bg-surface p-3";
  return (
    <header className="space-y-3" data-testid="fund-header" data-block={d.block.toString()}>
      <div>
        <h1 id="fund-title" className="text-2xl font-semibold tracking-tight">{d.name}</h1>
        <p className="mt-1 text-sm text-subtle">
          {d.symbol} · decided by <span data-testid="fund-mechanism">{mechanismText(d)}</span> · denominated in {d.asset.symbol}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        <div className={stat}><dt className="text-xs text-subtle">NAV per share</dt><dd data-testid="fund-nav" className="font-mono">{money(d.snapshot.intrinsic.perShare, d.asset.decimals, d.asset.symbol)}</dd></div>
        <div className={stat}><dt className="text-xs text-subtle">TVL</dt><dd data-testid="fund-tvl" className="font-mono">{tvl ? money(tvl.value, tvl.decimals, tvl.symbol) : "—"}</dd></div>
        {(["d7", "d30", "y1"] as const).map((w) => (
          <div key={w} className={stat}><dt className="text-xs text-subtle">{{ d7: "7 d", d30: "30 d", y1: "1 y" }[w]} return</dt><dd data-testid={`fund-ret-${w}`} className="font-mono">{ppmPct(r?.[w])}</dd></div>
        ))}
      </dl>
    </header>
  );
}
