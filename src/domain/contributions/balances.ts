// A token's holders replayed from its Transfer events, apart from the rest of the distribution's
// figures: the fund page reads its share holders at start.
import type { Address } from "viem";

export interface Transfer {
  from: Address;
  to: Address;
  value: bigint;
}

const ZERO = "0x0000000000000000000000000000000000000000";

/** Balances replayed from every Transfer of the token, largest first; empty balances left out. */
export function balancesFromTransfers(transfers: readonly Transfer[]): { holder: Address; balance: bigint }[] {
  const m = new Map<string, { holder: Address; balance: bigint }>();
  const entry = (a: Address) => {
    const k = a.toLowerCase();
    let e = m.get(k);
    if (!e) m.set(k, (e = { holder: a, balance: 0n }));
    return e;
  };
  for (const t of transfers) {
    if (t.from.toLowerCase() !== ZERO) entry(t.from).balance -= t.value;
    if (t.to.toLowerCase() !== ZERO) entry(t.to).balance += t.value;
  }
  return [...m.values()]
    .filter((e) => e.balance > 0n)
    .sort((a, b) => (a.balance === b.balance ? 0 : a.balance > b.balance ? -1 : 1));
}
