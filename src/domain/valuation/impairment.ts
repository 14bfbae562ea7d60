// Governance's mark-down of a primary-market token (`Fund.impairPrimary`): the mark is kept per token unit in
// denomination units × 1e18, so that it needs no decimals on chain; people read and type it per whole token.
import { mulDiv, pow10, WAD } from "./math.ts";
import { HoldingKind, primaryValue, type Holding, type PrimaryRaw } from "./gav.ts";

/** The cost per token unit, × 1e18, rounded down: what a first mark-down must stay below (`FundAdmin`). */
export const costWad = (t: Pick<PrimaryRaw, "paid" | "received">) =>
  t.received === 0n ? 0n : mulDiv(t.paid, WAD, t.received);

/** What a new mark must stay below: the current mark, else the cost per token unit (`ImpairmentNotLower`). */
export const markCeilingWad = (t: Pick<PrimaryRaw, "paid" | "received" | "mark">) => t.mark?.wad ?? costWad(t);

/** A value per whole token (denomination units) as the on-chain mark, rounded down (never above what was typed). */
export const markWadOf = (perWholeToken: bigint, tokenDecimals: number) =>
  mulDiv(perWholeToken, WAD, pow10(tokenDecimals));

/** A mark (or the cost per unit) back to denomination units per whole token, rounded down. */
export const perWholeToken = (wad: bigint, tokenDecimals: number) => mulDiv(wad, pow10(tokenDecimals), WAD);

export type Impairment = {
  /** The counted tokens at cost, as before any mark-down. */
  atCost: bigint;
  /** What the fund counts now (`primaryValue`). */
  value: bigint;
  /** How far below cost, in basis points of the value at cost, rounded down (0 when not marked or nothing counted). */
  belowCostBps: bigint;
};

/** A primary position at cost against its value now. */
export function impairment(t: PrimaryRaw): Impairment {
  const atCost = primaryValue({ ...t, mark: undefined });
  const value = primaryValue(t);
  return { atCost, value, belowCostBps: atCost === 0n ? 0n : mulDiv(atCost - value, 10_000n, atCost) };
}

/**
 * True when nothing the fund holds has a market price: only its own currency, primary tokens at cost (or marked
 * down) and VAM escrow at face value. Its NAV per share then moves only with fees, deals and mark-downs.
 */
export const atCostOnly = (holdings: readonly Holding[]) =>
  holdings.some((h) => h.kind === HoldingKind.Primary && h.value > 0n) &&
  holdings.every(
    (h, i) => h.value === 0n || (h.kind === HoldingKind.Asset ? i === 0 : h.kind !== HoldingKind.LpPosition),
  );
