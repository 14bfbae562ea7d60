// The limits governance sets on the manager and the fees investors pay to join or leave, as
// read with the fund; every trade beyond a limit is refused on-chain.
import { bpsPercent } from "../../lib/percent.ts";
import type { FundData } from "./types.ts";

function Row({ k, v, id, note }: { k: string; v: string; id: string; note: string }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 border-b border-line py-1">
      <dt className="text-subtle">{k}</dt>
      <dd className="ml-auto text-right">
        <span data-testid={id} className="font-mono">
          {v}
        </span>
        <span className="block text-xs text-subtle">{note}</span>
      </dd>
    </div>
  );
}

export function Limits({ d }: { d: FundData }) {
  const t = d.raw;
  const cash = d.asset.symbol;
  return (
    <dl data-testid="fund-limits" className="grid gap-x-6 pt-1 sm:grid-cols-2">
      <Row
        k="LP positions, at most"
        v={d.maxLpBps === 0 ? "none" : bpsPercent(d.maxLpBps)}
        id="limit-lp"
        note={d.maxLpBps === 0 ? "the fund may not provide liquidity" : "of the fund's value, at the pools' fair value"}
      />
      <Row
        k="Slippage limit"
        v={bpsPercent(t.maxSlippageBps)}
        id="limit-slippage"
        note="the most a trade may lose of what it gives, at oracle prices"
      />
      <Row
        k="Minimum cash"
        v={bpsPercent(t.minCashBps)}
        id="limit-min-cash"
        note={`of the fund's value kept in ${cash} by trades that spend ${cash}`}
      />
      <Row
        k="Entry and exit fees"
        v={`${bpsPercent(t.entryBps)} / ${bpsPercent(t.exitBps)}`}
        id="limit-entry-exit"
        note="paid to the fund by investors who join or leave in cash; the in-kind exit pays none"
      />
      <Row
        k="Yield vaults"
        v={d.vaultGuidelines.size === 0 ? "none" : String(d.vaultGuidelines.size)}
        id="limit-vaults"
        note={
          (d.vaultGuidelines.size === 0
            ? "governance has listed no ERC-4626 vault"
            : `counted toward their assets' weights; priced operations stop while a rate is more than ${[
                ...new Set([...d.vaultGuidelines.values()].map((g) => bpsPercent(g.maxMoveBps))),
              ].join(" or ")} off its accepted value`) + "; the fund supplies only and never borrows (no leverage)"
        }
      />
    </dl>
  );
}
