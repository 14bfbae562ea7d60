// The in-kind exit (DESIGN §4, `Fund.previewRedeemInKind`): `shares / S` of every holding,
// no price, no cash, no exit fee. `S` is the supply after an accrual when prices are fresh,
// the supply as it is when they are not.
import { mulDiv } from "./math.ts";
import { heldOf, lpHeld, primaryHeld, same, type GavRaw } from "./gav.ts";

export type InKindExit = {
  /**
   * Every listed asset (index 0: the denomination), every pair's LP token, every vault's shares, every primary token
   * without a feed, in that order.
   */
  tokens: { token: string; amount: bigint }[];
  /**
   * The part (1e18 = a whole second leg) of each live deal assigned to the leaver (0 where the deal cannot say its
   * part).
   */
  deals: { deal: string; part: bigint }[];
  /** The fund's primary cost basis after the exit, for every primary token: each shrinks pro rata. */
  primaryCost: { token: string; paid: bigint; received: bigint }[];
};

export function redeemInKind(raw: GavRaw, supply: bigint, shares: bigint): InKindExit {
  const slice = (x: bigint) => mulDiv(x, shares, supply);
  return {
    tokens: [
      ...raw.assets.map((a) => ({ token: a.token, amount: slice(heldOf(a)) })),
      ...raw.pairs.map((p) => ({ token: p.pair, amount: slice(lpHeld(p)) })),
      ...(raw.vaults ?? []).map((v) => ({
        token: v.vault,
        amount: v.balanceFailed ? 0n : slice(heldOf({ balance: v.shares, reserved: v.reserved })),
      })),
      // A primary token that gained a feed is a listed asset now: sliced above.
      ...raw.primaries
        .filter((t) => !raw.assets.some((a) => same(a.token, t.token)))
        .map((t) => ({ token: t.token, amount: slice(primaryHeld(t)) })),
    ],
    deals: raw.deals.map((d) => ({ deal: d.deal, part: slice(d.fundPart) })),
    primaryCost: raw.primaries.map((t) => ({
      token: t.token,
      paid: t.paid - slice(t.paid),
      received: t.received - slice(t.received),
    })),
  };
}
