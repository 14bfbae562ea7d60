// A flow of several transactions declined part-way: say what did go on chain, not "nothing".

/** `done`: labels of the steps confirmed before the user declined `declined`. */
export function declinedAfter(done: readonly string[], declined: string): string {
  const list = done.map((l) => `"${l}"`).join(" and ");
  const confirmed =
    done.length > 1 ? "were confirmed on chain (their gas is paid)" : "was confirmed on chain (its gas is paid)";
  return `${list} ${confirmed}; "${declined}" was not sent: you declined it in your wallet.`;
}
