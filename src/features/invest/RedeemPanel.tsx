// Leaving the fund: in cash at the share price (fresh prices, enough cash, the exit fee) or in
// kind (always). The shares typed carry over between the two; what an in-kind exit could not
// send shows below, with its claim.
import { formatUnits } from "viem";
import { Segmented } from "../../components/Segmented.tsx";
import { decimalSeparator } from "../../lib/units.ts";
import { InKindForm } from "./InKindForm.tsx";
import { OwedClaims } from "./OwedClaims.tsx";
import { RedeemForm } from "./RedeemForm.tsx";
import { useAmountInput } from "./useAmountInput.ts";
import type { FundState } from "../../chain/useFundState.ts";
import type { InvestTexts } from "./useFieldText.ts";
import type { WalletReads } from "./useWalletReads.ts";

export type Exit = "cash" | "kind";
const sep = decimalSeparator();

interface Props {
  d: FundState;
  wallet: WalletReads | undefined;
  fresh: boolean;
  exit: Exit;
  setExit: (e: Exit) => void;
  texts: InvestTexts;
}

export function RedeemPanel({ d, wallet, fresh, exit, setExit, texts }: Props) {
  const sharesInput = useAmountInput(d.decimals, d.symbol, texts.shares);
  const toInKind = (shares?: bigint) => {
    if (shares !== undefined) sharesInput.set(formatUnits(shares, d.decimals).replace(".", sep));
    setExit("kind");
  };
  return (
    <div className="space-y-3">
      <Segmented
        legend="Receive"
        showLegend
        name="redeem-exit"
        value={exit}
        onChange={setExit}
        options={[
          { value: "cash", label: "Cash" },
          { value: "kind", label: "In kind" },
        ]}
      />
      {exit === "cash" ? (
        <RedeemForm d={d} wallet={wallet} sharesInput={sharesInput} texts={texts} fresh={fresh} onInKind={toInKind} />
      ) : (
        <InKindForm d={d} wallet={wallet} sharesInput={sharesInput} />
      )}
      <OwedClaims d={d} />
    </div>
  );
}
