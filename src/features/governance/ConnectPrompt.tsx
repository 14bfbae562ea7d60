import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { buttonClass } from "./TxFeedback.tsx";

/** Asks for a wallet where an action needs one. */
export function ConnectPrompt({ to }: { to: string }) {
  const open = useOpenConnectModal();
  return (
    <div className="space-y-2 text-sm">
      <p className="text-subtle">Connect a wallet {to}.</p>
      <button type="button" className={buttonClass} disabled={!open} onClick={() => open?.()}>
        Connect wallet
      </button>
    </div>
  );
}
