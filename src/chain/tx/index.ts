export { explainError, type TxError, type TxErrorKind } from "./explainError.ts";
export { defaultMessages, type ErrorMessages } from "./messages.ts";
export { nameOf } from "./names.ts";
export {
  explorerLink,
  useTransaction,
  type TxPlan,
  type TxRequest,
  type TxState,
  type TxStatus,
  type TxStep,
} from "./useTransaction.ts";
