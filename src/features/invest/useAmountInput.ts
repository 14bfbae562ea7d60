// A typed amount: the text as typed, its parsed value, and the message for the field. An
// empty field only complains once the user has typed in it or tried to send.
import { amountInputMessage, decimalSeparator, parseAmount } from "../../lib/units.ts";
import type { FieldText } from "./useFieldText.ts";

const localeDecimal = decimalSeparator();

export function useAmountInput(decimals: number, symbol: string, field: FieldText) {
  const parsed = parseAmount(field.text, decimals, localeDecimal);
  const quiet = !parsed.ok && parsed.error.kind === "empty" && !field.touched;
  return {
    ...field,
    value: parsed.ok ? parsed.value : undefined,
    parseError: parsed.ok || quiet ? undefined : amountInputMessage(parsed.error, symbol),
  };
}
