// A button that sends one transaction plan through the shared runner and says, beside it,
// what is happening and why it failed; without a wallet it opens the connect dialog instead.
import { useAccount } from "../chain/account.ts";
import { useTransaction, type TxPlan } from "../chain/tx/index.ts";
import { useOpenConnectModal } from "../lib/connectModal.ts";

interface Props {
  label: string;
  /** Built at click time, so it sees the latest reads. */
  plan: () => TxPlan;
  /** The same action without a wallet: "Connect a wallet to claim". */
  connectLabel: string;
  testId?: string;
  variant?: "primary" | "secondary";
}

const PROGRESS = {
  simulating: "Checking on the chain…",
  signing: "Confirm in your wallet…",
  pending: "Waiting for the block…",
} as const;

export function TxButton({ label, plan, connectLabel, testId, variant = "primary" }: Props) {
  const { isConnected } = useAccount();
  const openConnect = useOpenConnectModal();
  const { state, run } = useTransaction();
  const busy = state.status === "simulating" || state.status === "signing" || state.status === "pending";
  const look =
    variant === "primary" ? "bg-brand text-brand-fg hover:opacity-90" : "border border-line bg-surface hover:bg-muted";
  return (
    <div className="space-y-1">
      <button
        type="button"
        data-testid={testId}
        disabled={busy || (!isConnected && !openConnect)}
        aria-busy={busy}
        onClick={() => (isConnected ? void run(plan()) : openConnect?.())}
        className={
          `min-h-9 rounded-lg px-4 py-2 text-sm font-medium disabled:cursor-not-allowed ` +
          `disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 ` +
          `focus-visible:outline-brand ${look}`
        }
      >
        {isConnected ? label : connectLabel}
      </button>
      {busy && (
        <p role="status" className="text-xs text-subtle">
          {PROGRESS[state.status as keyof typeof PROGRESS]}
        </p>
      )}
      {state.status === "failed" && state.error && (
        <p role="alert" className="max-w-prose text-xs text-danger">
          {state.error.message}
        </p>
      )}
    </div>
  );
}
