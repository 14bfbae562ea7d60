// Deposit and redeem, beside the fund's tabs (below them on narrow screens).
import { readErrorMessage } from "../../chain/index.ts";
import { useState } from "react";
import type { Address } from "viem";
import { useAccount } from "../../chain/account.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { WalletScope } from "../../components/WalletScope.tsx";
import { Segmented } from "../../components/Segmented.tsx";
import type { FundSlotProps } from "../../lib/fundSlots.ts";
import { DepositForm } from "./DepositForm.tsx";
import { RedeemPanel, type Exit } from "./RedeemPanel.tsx";
import { staleReason } from "../../components/stalePrices.ts";
import { useFundState } from "../../chain/useFundState.ts";
import { useInvestTexts } from "./useFieldText.ts";
import { useWalletReads } from "./useWalletReads.ts";
import { WalletNotice } from "./WalletNotice.tsx";

type Side = "deposit" | "redeem";

/** The panel, inside wagmi's context: its code loads with the wallet layer (app/fundSlots.ts). */
export function InvestPanel({ fund }: FundSlotProps) {
  return (
    <WalletScope>
      <Panel fund={fund} />
    </WalletScope>
  );
}

function Panel({ fund }: FundSlotProps) {
  const [side, setSide] = useState<Side>("deposit");
  const [exit, setExit] = useState<Exit>("cash");
  // What was typed stays when the user switches side, exit or unit.
  const texts = useInvestTexts();
  const { address } = useAccount();
  const f = useFundState(fund);
  const w = useWalletReads(fund, f.data?.asset.address, address as Address | undefined);
  const d = f.data;
  // As the fund's `pricesFresh()`: every price it needs (of what it holds) is fresh.
  const fresh = d?.snapshot.fresh ?? true;
  return (
    <section
      aria-labelledby="invest-title"
      data-testid="invest-panel"
      data-block={d?.block.toString()}
      className="@container space-y-3 rounded-xl border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="invest-title" tabIndex={-1} className="font-semibold focus:outline-none">
          Invest
        </h2>
        <Segmented
          legend="Deposit or redeem"
          name="invest-side"
          value={side}
          onChange={setSide}
          options={[
            { value: "deposit", label: "Deposit" },
            { value: "redeem", label: "Redeem" },
          ]}
        />
      </div>
      <WalletNotice action={side} />
      {d && !fresh && side === "deposit" && (
        <p
          role="status"
          data-testid="stale-notice"
          className={
            "flex flex-wrap items-center justify-between gap-2 rounded-lg " +
            "bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
          }
        >
          <span>
            {staleReason(d)}: deposits and cash redemptions wait until it is known again. You can still leave in kind.
          </span>
          <button
            type="button"
            className="rounded-lg border border-current px-3 py-1 font-medium"
            onClick={() => {
              setSide("redeem");
              setExit("kind");
            }}
          >
            Redeem in kind
          </button>
        </p>
      )}
      {w.error && !w.wallet ? (
        <ErrorState
          title="Your balances could not be read."
          detail={readErrorMessage(w.error)}
          onRetry={() => void w.refetch()}
        />
      ) : !d ? (
        <div aria-busy="true" data-testid="invest-loading" className="h-48 animate-pulse rounded-lg bg-muted" />
      ) : side === "deposit" ? (
        <DepositForm d={d} wallet={w.wallet} texts={texts} fresh={fresh} />
      ) : (
        <RedeemPanel d={d} wallet={w.wallet} fresh={fresh} exit={exit} setExit={setExit} texts={texts} />
      )}
    </section>
  );
}
