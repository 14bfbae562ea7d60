// What needs the account's action, each linking to the card where it is done.
import { attention } from "../../domain/portfolio/index.ts";
import { zeroAddress } from "viem";
import type { Denomination } from "../../lib/denomination.ts";
import { shown } from "./money.ts";
import type { FundHolding, Portfolio } from "./readPortfolio.ts";

export const managerCardId = (fund: string) => `manager-${fund.toLowerCase()}`;

export function AttentionStrip({
  holdings,
  unit,
  units,
}: {
  holdings: readonly FundHolding[];
  unit: Denomination;
  units: Portfolio["units"];
}) {
  const items = attention(
    holdings.map((h) => ({
      fund: h.fund,
      claimableShares: h.claimableShares,
      managerTokens: h.managerTokens,
      delegated: h.delegate !== zeroAddress,
    })),
  );
  if (items.length === 0) return null;
  const of = (fund: string) => holdings.find((h) => h.fund === fund)!;
  return (
    <section
      aria-labelledby="attention-title"
      data-testid="attention"
      className={
        "rounded-xl border border-amber-300 bg-amber-50 " +
        "p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
      }
    >
      <h2 id="attention-title" className="font-semibold">
        Needs your attention
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {items.map((i) => (
          <li key={`${i.kind}-${i.fund}`} data-testid="attention-item" data-kind={i.kind} data-fund={i.fund}>
            <a
              href={`#${managerCardId(i.fund)}`}
              className={
                "inline-block rounded-lg border border-amber-300 bg-surface " +
                "px-2.5 py-1 underline-offset-2 hover:underline dark:border-amber-800"
              }
            >
              {i.kind === "claim" ? (
                <>
                  Claim <Figure value={shown(of(i.fund).claimableValue, of(i.fund), unit, units)} /> of fees in{" "}
                  {of(i.fund).name}
                </>
              ) : (
                <>Delegate your {of(i.fund).name} manager tokens: they carry no votes</>
              )}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

const Figure = ({ value }: { value: string }) => <span className="font-mono">{value}</span>;
