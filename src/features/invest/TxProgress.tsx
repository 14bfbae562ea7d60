// Where a transaction flow stands, under its form; failures stay until the next attempt.
import type { ReactNode } from "react";
import type { TxState } from "../../chain/tx/index.ts";
import { useNoGas } from "./useNoGas.ts";

/** Disabled while the account has no ETH for gas: the panel's notice says why. */
export function SubmitButton({ busy, disabled, children }: { busy: boolean; disabled?: boolean; children: ReactNode }) {
  const noGas = useNoGas();
  return (
    <button
      type="submit"
      disabled={busy || disabled || noGas}
      aria-busy={busy || undefined}
      className={
        "w-full rounded-lg bg-brand px-4 py-2.5 font-medium " +
        "text-brand-fg hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 " +
        "focus-visible:outline-brand disabled:opacity-60"
      }
    >
      {busy ? "Working…" : children}
    </button>
  );
}

function words(s: TxState): string | undefined {
  const of = s.steps > 1 ? ` (step ${s.step + 1} of ${s.steps})` : "";
  switch (s.status) {
    case "simulating":
      return `Checking ${s.label ?? "the transaction"}${of}…`;
    case "signing":
      return `Confirm in your wallet: ${s.label}${of}.`;
    case "pending":
      return `Waiting for the block: ${s.label}${of}.`;
    case "confirmed":
      return "Confirmed. Balances are up to date.";
    default:
      return undefined;
  }
}

export function TxProgress({ state }: { state: TxState }) {
  if (state.status === "failed" && state.error) {
    return (
      <p
        role="alert"
        data-testid="tx-error"
        className="rounded-lg border border-danger/40 px-3 py-2 text-sm text-danger"
      >
        {state.error.message}
      </p>
    );
  }
  const text = words(state);
  return (
    <p role="status" data-testid="tx-status" data-status={state.status} className="min-h-5 text-sm text-subtle">
      {text}
      {state.hash && state.status !== "simulating" && (
        <span className="block break-all font-mono text-xs">{state.hash}</span>
      )}
    </p>
  );
}
