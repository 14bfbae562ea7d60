// Sends deposits and redemptions through the shared runner; a deposit that needs an approval
// goes as one atomic batch when the wallet says it can.
import { useAccount, useCapabilities } from "wagmi";
import { evergreenLocal } from "../../chain/index.ts";
import { useTransaction } from "../../chain/tx/index.ts";
import { depositRoute } from "../../domain/portfolio/index.ts";
import { depositPlan, redeemPlan, type DepositInput, type RedeemInput } from "./plans.ts";

/** Whether the connected wallet runs EIP-5792 batches atomically on the local chain. */
function useAtomicBatch(): boolean {
  const { isConnected } = useAccount();
  const caps = useCapabilities({ query: { enabled: isConnected, retry: false, staleTime: Infinity } });
  const status = (caps.data as Record<number, { atomic?: { status?: string } }> | undefined)?.[evergreenLocal.id]?.atomic?.status;
  return status === "supported" || status === "ready";
}

export function useInvestTx() {
  const tx = useTransaction();
  const atomic = useAtomicBatch();
  const busy = tx.state.status === "simulating" || tx.state.status === "signing" || tx.state.status === "pending";
  return {
    state: tx.state,
    busy,
    deposit: async (p: Omit<DepositInput, "batch">) =>
      !!(await tx.run(depositPlan({ ...p, batch: depositRoute(p.approvals, atomic) === "batch" }))),
    redeem: async (p: RedeemInput) => !!(await tx.run(redeemPlan(p))),
  };
}
