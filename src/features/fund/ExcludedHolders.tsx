import type { Address } from "viem";
import type { FundData } from "./types.ts";

/** What an excluded holder is, when the page knows it: one of the AMM pools of the fund's tokens. */
function label(d: FundData, holder: Address): string | undefined {
  const p = d.pools.find((x) => x.pool.toLowerCase() === holder.toLowerCase());
  if (!p) return undefined;
  const quote = d.tokens.get(p.quote.toLowerCase())?.symbol ?? "another token";
  return `AMM pool of the ${p.token === "manager" ? "manager" : "investor"} token against ${quote}`;
}

/** The holders governance excluded from the fee distribution, named on the intrinsic-values tab. */
export function ExcludedHolders({ d }: { d: FundData }) {
  const holders = d.excludedHolders;
  return (
    <div className="text-sm" data-testid="excluded-holders">
      {holders.length === 0 ? (
        <p className="text-subtle">No holder is excluded from the fee distribution: every manager token claims.</p>
      ) : (
        <>
          <p className="text-subtle">
            Excluded from the fee distribution by governance (their manager tokens earn no fee shares):
          </p>
          <ul className="mt-1 space-y-0.5">
            {holders.map((h) => (
              <li key={h} data-testid="excluded-holder" data-address={h} className="text-xs">
                {label(d, h) && <span>{label(d, h)}: </span>}
                <span className="break-all font-mono">{h}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
