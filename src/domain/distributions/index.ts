// Distributions to investors (Distributor.sol): each holder's part of what the fund set aside,
// to the wei as the contract pays it, and the NAV per share before and after, as its event says.
import { mulDiv } from "../valuation/math.ts";

/** One distribution as `Distributor.distribution(id)` returns it. */
export interface DistributionRaw {
  id: bigint;
  /** Set aside, in the fund's denomination asset. */
  amount: bigint;
  claimed: bigint;
  /** Shares held at the end of this second (unix seconds) count. */
  snapshot: bigint;
  /** When the cash was set aside (unix seconds). */
  time: bigint;
  /** Shares in existence at the snapshot. */
  supply: bigint;
  navBefore: bigint;
  navAfter: bigint;
}

/** `amount × balanceAtSnapshot / supplyAtSnapshot`, rounded down (0 when nobody held shares). */
export function entitlement(amount: bigint, balanceAtSnapshot: bigint, supplyAtSnapshot: bigint): bigint {
  if (supplyAtSnapshot === 0n) return 0n;
  return mulDiv(amount, balanceAtSnapshot, supplyAtSnapshot);
}

/** NAV per whole share, in asset units: `gav × 10^shareDecimals / supply`, rounded down. */
export function navPerShare(gav: bigint, supply: bigint, shareDecimals: number): bigint {
  if (supply === 0n) return 0n;
  return mulDiv(gav, 10n ** BigInt(shareDecimals), supply);
}

/** NAV per share before and after `amount` leaves a fund worth `gav` with `supply` shares. */
export function distributionNav(gav: bigint, supply: bigint, amount: bigint, shareDecimals: number) {
  return { before: navPerShare(gav, supply, shareDecimals), after: navPerShare(gav - amount, supply, shareDecimals) };
}

/** A holder's unclaimed part of one distribution. */
export interface ClaimableRow {
  distribution: DistributionRaw;
  amount: bigint;
}

/**
 * What `holder` can still claim: its part of each distribution, given its share balance at each
 * snapshot and whether it already claimed. Parts that round to 0 are left out (the contract refuses them).
 */
export function claimableRows(
  list: readonly DistributionRaw[],
  balanceAt: (d: DistributionRaw) => bigint,
  isClaimed: (d: DistributionRaw) => boolean,
): ClaimableRow[] {
  const rows: ClaimableRow[] = [];
  for (const d of list) {
    if (isClaimed(d)) continue;
    const amount = entitlement(d.amount, balanceAt(d), d.supply);
    if (amount > 0n) rows.push({ distribution: d, amount });
  }
  return rows;
}

/** The sum of every holder's part never exceeds the amount: what stays in the distributor as dust. */
export function roundingDust(amount: bigint, balances: readonly bigint[], supply: bigint): bigint {
  return amount - balances.reduce((s, b) => s + entitlement(amount, b, supply), 0n);
}
