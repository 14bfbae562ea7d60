// The approvals a deposit needs before the fund can pull `amount` of its asset. Exact
// amounts only (no unlimited approvals). Some tokens (USDT) refuse to change a non-zero
// allowance to another non-zero value, so a leftover allowance that is too small is
// reset to zero first; for every other token that costs one extra, harmless step.
export function approvalAmounts(allowance: bigint, amount: bigint): bigint[] {
  if (allowance >= amount) return [];
  return allowance === 0n ? [amount] : [0n, amount];
}

/** How the approval and the deposit reach the chain. */
export type DepositRoute = "direct" | "batch" | "permit" | "sequential";

export interface RouteOptions {
  /** The wallet runs EIP-5792 batches atomically. */
  atomicBatch: boolean;
  /** The asset takes ERC-2612 permits and the user has not asked for an approval transaction. */
  permit: boolean;
}

/**
 * One wallet prompt when nothing needs approving or when the wallet can run the approval and
 * the deposit atomically; else one transaction after a permit signature where the token
 * takes one; otherwise one transaction each.
 */
export function depositRoute(approvals: readonly bigint[], { atomicBatch, permit }: RouteOptions): DepositRoute {
  if (approvals.length === 0) return "direct";
  if (atomicBatch) return "batch";
  return permit ? "permit" : "sequential";
}
