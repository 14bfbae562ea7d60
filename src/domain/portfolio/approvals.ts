// The approvals a deposit needs before the fund can pull `amount` of its asset. Exact
// amounts only (no unlimited approvals). Some tokens (USDT) refuse to change a non-zero
// allowance to another non-zero value, so a leftover allowance that is too small is
// reset to zero first; for every other token that costs one extra, harmless step.
export function approvalAmounts(allowance: bigint, amount: bigint): bigint[] {
  if (allowance >= amount) return [];
  return allowance === 0n ? [amount] : [0n, amount];
}

/** How the approval and the deposit reach the chain. */
export type DepositRoute = "direct" | "batch" | "sequential";

/**
 * One signature when nothing needs approving or when the wallet can run the approval and
 * the deposit atomically (EIP-5792 `atomic` capability); otherwise one transaction each.
 */
export function depositRoute(approvals: readonly bigint[], atomicBatch: boolean): DepositRoute {
  if (approvals.length === 0) return "direct";
  return atomicBatch ? "batch" : "sequential";
}
