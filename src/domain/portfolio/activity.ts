// An account's own on-chain actions across funds, newest first.

export type ActivityKind = "deposit" | "redeem" | "redeem-in-kind" | "claim" | "vote";

export type ActivityItem = {
  kind: ActivityKind;
  fund: string;
  blockNumber: bigint;
  logIndex: number;
  hash?: string;
  /** Asset units (deposit, redeem), fund shares (in-kind exit, claim) or votes (vote). */
  amount: bigint;
  /** For a vote: 0 against, 1 for, 2 abstain. */
  support?: number;
};

export const newestFirst = (a: ActivityItem, b: ActivityItem) =>
  a.blockNumber === b.blockNumber ? b.logIndex - a.logIndex : a.blockNumber > b.blockNumber ? -1 : 1;

export function activity(items: readonly ActivityItem[]): ActivityItem[] {
  return [...items].sort(newestFirst);
}
