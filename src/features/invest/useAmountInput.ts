// A typed amount: the text as typed, its parsed value, and the message for the field. An
// empty field only complains once the user has typed in it or tried to send.
import { useState } from "react";
import { amountInputMessage, decimalSeparator, parseAmount } from "../../lib/units.ts";

const localeDecimal = decimalSeparator();

export function useAmountInput(decimals: number, symbol: string) {
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const parsed = parseAmount(text, decimals, localeDecimal);
  const quiet = !parsed.ok && parsed.error.kind === "empty" && !touched;
  return {
    text,
    value: parsed.ok ? parsed.value : undefined,
    parseError: parsed.ok || quiet ? undefined : amountInputMessage(parsed.error, symbol),
    set: (next: string) => {
      setText(next);
      setTouched(true);
    },
    touch: () => setTouched(true),
    reset: () => {
      setText("");
      setTouched(false);
    },
  };
}
