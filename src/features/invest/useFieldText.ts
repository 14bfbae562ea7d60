// What the user typed in one amount field, held by the panel so that switching between deposit
// and redeem, or the redeem unit, keeps it. Max may leave a note (why it filled less or nothing)
// and the exact shares it chose; typing drops both.
import { useState } from "react";
import type { PayWith } from "../../domain/portfolio/index.ts";

export interface FieldText {
  text: string;
  touched: boolean;
  note?: string;
  maxShares?: bigint;
  set: (text: string) => void;
  fillMax: (fill: { text?: string; note?: string; shares?: bigint }) => void;
  touch: () => void;
  reset: () => void;
}

type State = Pick<FieldText, "text" | "touched" | "note" | "maxShares">;
const EMPTY: State = { text: "", touched: false };

export function useFieldText(): FieldText {
  const [s, setS] = useState<State>(EMPTY);
  return {
    ...s,
    set: (text) => setS({ text, touched: true }),
    // Max with nothing to fill leaves the text as it was and only says why.
    fillMax: ({ text, note, shares }) =>
      setS((p) => ({ text: text ?? p.text, touched: true, note, maxShares: text === undefined ? undefined : shares })),
    touch: () => setS((p) => ({ ...p, touched: true })),
    reset: () => setS(EMPTY),
  };
}

/** Every text the invest panel keeps across its tabs. */
export function useInvestTexts() {
  const deposit = useFieldText();
  const shares = useFieldText();
  const assets = useFieldText();
  const [redeemMode, setRedeemMode] = useState<"shares" | "assets">("shares");
  const [depositSlippage, setDepositSlippage] = useState<string>();
  const [redeemSlippage, setRedeemSlippage] = useState<string>();
  // Ether or WETH into a WETH fund, once the user picked one (until then, what the wallet holds more of).
  const [payWith, setPayWith] = useState<PayWith>();
  return {
    deposit,
    shares,
    assets,
    redeemMode,
    setRedeemMode,
    depositSlippage,
    setDepositSlippage,
    redeemSlippage,
    setRedeemSlippage,
    payWith,
    setPayWith,
  };
}

export type InvestTexts = ReturnType<typeof useInvestTexts>;
