import type { TxState } from "../../chain/tx/index.ts";

const WORDS: Partial<Record<TxState["status"], string>> = {
  simulating: "Checking the transaction…",
  signing: "Confirm in your wallet…",
  pending: "Waiting for the block…",
};

/** Progress and the reason a transaction was refused, next to the button that sent it. */
export function TxFeedback({ state, done }: { state: TxState; done?: string }) {
  if (state.status === "failed" && state.error)
    return (
      <p role="alert" data-testid="tx-error" className="text-sm text-danger">
        {state.error.message}
      </p>
    );
  if (state.status === "confirmed" && done)
    return (
      <p role="status" className="text-sm text-brand">
        {done}
      </p>
    );
  const w = WORDS[state.status];
  return w ? (
    <p role="status" className="text-sm text-subtle">
      {w}
    </p>
  ) : null;
}

export const busy = (s: TxState) => s.status === "simulating" || s.status === "signing" || s.status === "pending";

export const buttonClass =
  "inline-flex min-h-9 items-center justify-center rounded-lg bg-brand px-4 py-2 text-sm font-medium " +
  "text-brand-fg hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 " +
  "focus-visible:outline-offset-2 focus-visible:outline-brand";
export { inputClass } from "../../components/Field.tsx";
