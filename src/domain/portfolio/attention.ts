// What an account should act on: fees to claim and manager tokens that carry no votes.

export type AttentionItem = { kind: "claim" | "delegate"; fund: string };

export type AttentionInput = { fund: string; claimableShares: bigint; managerTokens: bigint; delegated: boolean };

export function attention(holdings: readonly AttentionInput[]): AttentionItem[] {
  const out: AttentionItem[] = [];
  for (const h of holdings) {
    if (h.claimableShares > 0n) out.push({ kind: "claim", fund: h.fund });
    if (h.managerTokens > 0n && !h.delegated) out.push({ kind: "delegate", fund: h.fund });
  }
  return out;
}
