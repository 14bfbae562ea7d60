// Anything an in-kind exit could not send (its token refused the transfer) stays owed to the
// leaver in the fund; each can be claimed again here once the token lets it through.
import type { Address } from "viem";
import { useAccount } from "../../chain/account.ts";
import { TxProgress } from "./TxProgress.tsx";
import { amount as fmt } from "./format.ts";
import type { FundState } from "../../chain/useFundState.ts";
import { useInvestTx } from "./useInvestTx.ts";
import { useOwed } from "./useOwed.ts";

const button =
  "rounded-md border border-line px-2 py-0.5 text-xs font-medium hover:bg-muted focus-visible:outline-2 " +
  "focus-visible:outline-brand disabled:opacity-60";

export function OwedClaims({ d }: { d: FundState }) {
  const { address } = useAccount();
  const tokens = [
    ...d.raw.assets.map((a) => a.token),
    ...d.raw.pairs.map((p) => p.pair),
    ...d.raw.primaries.map((p) => p.token),
  ] as Address[];
  const { owed } = useOwed(d.set.fund, tokens, address);
  const tx = useInvestTx();
  if (!owed?.length && tx.state.status === "idle") return null;
  const meta = (t: string) => d.tokens.get(t.toLowerCase()) ?? { symbol: "LP", decimals: 18 };
  return (
    <section
      aria-labelledby="owed-title"
      data-testid="owed"
      className="space-y-2 rounded-lg border border-amber-400/60 px-3 py-2 text-sm"
    >
      <h3 id="owed-title" className="font-medium">
        Kept for you by the fund
      </h3>
      {owed && owed.length > 0 ? (
        <>
          <p className="text-subtle">
            Your in-kind exit could not send these: their token refused the transfer. The fund keeps them for you,
            outside its own value; claim each when its token works again.
          </p>
          <ul className="divide-y divide-line">
            {owed.map((o) => {
              const shown = fmt(o.amount, meta(o.token).decimals, meta(o.token).symbol);
              return (
                <li
                  key={o.token}
                  data-testid="owed-line"
                  data-token={o.token}
                  data-value={o.amount.toString()}
                  className="flex flex-wrap items-center justify-between gap-2 py-1"
                >
                  <span className="font-mono">{shown}</span>
                  <button
                    type="button"
                    className={button}
                    disabled={tx.busy}
                    onClick={() => void tx.claimOwed(d.set.fund, o.token, shown)}
                  >
                    Claim {meta(o.token).symbol}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="text-subtle">Nothing more is owed to you.</p>
      )}
      <TxProgress state={tx.state} />
    </section>
  );
}
