// The fund's exits (DESIGN §4): what left the fund to its investors and what it did to the NAV per
// share. Today one kind, the buyback and burn of shares in the fund's pool; distributions will join
// the same list. Pure: the chain's event values in, rows for the Exits section out.
import { ratioPpm } from "../valuation/impermanentLoss.ts";
import { mulDiv, pow10 } from "../valuation/math.ts";

export type ExitKind = "buyback";

export const EXIT_KIND_LABEL: Record<ExitKind, string> = { buyback: "Buyback and burn" };

/** One exit, as its event reported it. NAV per share in asset units per whole share. */
export interface ExitEvent {
  kind: ExitKind;
  /** When it happened, in seconds. */
  t: bigint;
  blockNumber: bigint;
  logIndex: number;
  txHash?: string;
  /** Asset units that left the fund (cash spent on the buyback). */
  amount: bigint;
  /** Shares the exit took out of the supply (burnt). */
  shares: bigint;
  navBefore: bigint;
  navAfter: bigint;
}

/** The `BoughtBack` event's arguments. */
export interface BoughtBackArgs {
  shares: bigint;
  cash: bigint;
  navPerShareBefore: bigint;
  navPerShareAfter: bigint;
}

export function buybackExit(
  log: { blockNumber: bigint; logIndex: number; transactionHash?: string; args: BoughtBackArgs },
  t: bigint,
): ExitEvent {
  const { shares, cash, navPerShareBefore, navPerShareAfter } = log.args;
  return {
    kind: "buyback",
    t,
    blockNumber: log.blockNumber,
    logIndex: log.logIndex,
    txHash: log.transactionHash,
    amount: cash,
    shares,
    navBefore: navPerShareBefore,
    navAfter: navPerShareAfter,
  };
}

/** The exit's effect on the NAV per share, in ppm of the NAV before (positive: it rose). */
export const navEffectPpm = (e: Pick<ExitEvent, "navBefore" | "navAfter">) =>
  e.navBefore === 0n ? 0n : ratioPpm(e.navAfter, e.navBefore);

/** Asset units paid per whole share (a buyback's average price); undefined without shares. */
export const averagePrice = (e: Pick<ExitEvent, "amount" | "shares">, shareDecimals: number) =>
  e.shares === 0n ? undefined : mulDiv(e.amount, pow10(shareDecimals), e.shares);

/** Newest first; within a block, the later log first. */
export function newestFirst(list: readonly ExitEvent[]): ExitEvent[] {
  return [...list].sort((a, b) =>
    a.blockNumber === b.blockNumber ? b.logIndex - a.logIndex : a.blockNumber < b.blockNumber ? 1 : -1,
  );
}

/** Total paid out and the compound effect on the NAV per share, in ppm, over all exits. */
export function exitTotals(list: readonly ExitEvent[]) {
  const amount = list.reduce((s, e) => s + e.amount, 0n);
  const oldest = list.reduce<ExitEvent | undefined>((o, e) => (!o || e.blockNumber < o.blockNumber ? e : o), undefined);
  const effects = list.map(navEffectPpm);
  // Compound: Π(1 + e_i) − 1, each factor in ppm.
  const factor = effects.reduce((f, e) => (f * (1_000_000n + e)) / 1_000_000n, 1_000_000n);
  return { amount, count: list.length, since: oldest?.t, effectPpm: factor - 1_000_000n };
}
