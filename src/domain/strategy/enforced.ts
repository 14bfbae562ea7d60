// "What the contracts enforce": the fund's on-chain guidelines in a paragraph, beside the statement its creator or
// governance wrote. Every sentence comes from a value the fund's contract checks or charges, nothing from intent.
import { bpsPercent } from "../../lib/percent.ts";

export interface EnforcedAsset {
  symbol: string;
  maxWeightBps: number;
  allowed: boolean;
}

export interface EnforcedInput {
  /** 0 governance (the timelock trades), 1 an institution, 2 an algorithm's keeper. */
  mechanism: number;
  manager: string;
  /** The fund's currency, listed first and never limited. */
  denomination: string;
  /** The other listed assets, in the fund's order. */
  assets: EnforcedAsset[];
  maxLpBps: number;
  maxSlippageBps: number;
  minCashBps: number;
  /** Symbols of the primary-market tokens the fund values at cost. */
  primaries: string[];
  /** VAM deals holding part of the fund in escrow. */
  deals: number;
  fees: { managementBps: number; performanceBps: number; hurdleBps: number; entryBps: number; exitBps: number };
}

const pct = (bps: number) => bpsPercent(bps);

/** "A, B and C". */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function who(e: EnforcedInput, short: (a: string) => string): string {
  if (e.mechanism === 0)
    return "Its manager is its timelock: only a governance proposal that passed and waited out the delay can trade.";
  if (e.mechanism === 3)
    return `Its manager is an investment committee at ${short(e.manager)}: a trade needs the approval of M of its elected members, within the limits below.`;
  const kind = e.mechanism === 1 ? "a professional institution" : "an algorithm's keeper";
  return `Its manager, ${kind} at ${short(e.manager)}, may trade only within the limits below.`;
}

function holdings(e: EnforcedInput): string {
  const allowed = e.assets.filter((a) => a.allowed);
  const limited = allowed.map((a) => `${a.symbol} up to ${pct(a.maxWeightBps)}`);
  const closed = e.assets.filter((a) => !a.allowed).map((a) => a.symbol);
  const lp =
    e.maxLpBps === 0
      ? "no LP positions"
      : `LP positions up to ${pct(e.maxLpBps)} in all, their tokens counted in those limits`;
  const held = limited.length
    ? `It may hold ${e.denomination}, its currency, and ${listText(limited)} of its value`
    : `It may hold only ${e.denomination}, its currency`;
  return `${held}, with ${lp}${closed.length ? `; ${listText(closed)} may no longer be bought` : ""}.`;
}

function primary(e: EnforcedInput): string | undefined {
  const parts: string[] = [];
  if (e.primaries.length)
    parts.push(
      `It holds ${e.primaries.length === 1 ? "one primary-market position" : `${e.primaries.length} primary-market positions`} ` +
        `(${listText(e.primaries)}), counted at cost or at governance's lower mark.`,
    );
  if (e.deals)
    parts.push(
      `Part of it is in escrow in ${e.deals === 1 ? "one VAM deal" : `${e.deals} VAM deals`}, counted at face value.`,
    );
  return parts.length ? parts.join(" ") : undefined;
}

function trading(e: EnforcedInput): string {
  const cash = e.minCashBps > 0 ? `, and must leave at least ${pct(e.minCashBps)} in ${e.denomination}` : "";
  return `A trade may lose at most ${pct(e.maxSlippageBps)} of its value at the oracles' prices${cash}; one that breaks a limit is refused.`;
}

function fees(e: EnforcedInput): string {
  const f = e.fees;
  const perf =
    f.performanceBps === 0
      ? "no performance fee"
      : `${pct(f.performanceBps)} of gains above the high-water mark` +
        (f.hurdleBps ? ` grown by a ${pct(f.hurdleBps)} yearly hurdle` : "");
  const entryExit =
    f.entryBps === 0 && f.exitBps === 0
      ? "no entry or exit fee"
      : f.entryBps === f.exitBps
        ? `an entry and an exit fee of ${pct(f.entryBps)} each, paid to the fund`
        : `an entry fee of ${pct(f.entryBps)} and an exit fee of ${pct(f.exitBps)}, paid to the fund`;
  return `Fees: ${pct(f.managementBps)} a year of its value, ${perf}, and ${entryExit}.`;
}

/** The paragraph, sentence by sentence; `short` formats an address. */
export function enforcedSentences(e: EnforcedInput, short: (address: string) => string): string[] {
  return [
    who(e, short),
    holdings(e),
    ...(primary(e) ? [primary(e) as string] : []),
    trading(e),
    fees(e),
    "Only the fund's timelock, by a passed proposal, can change these rules; the in-kind exit stays open whatever " +
      "they are.",
  ];
}
