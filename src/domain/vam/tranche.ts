// The two tranches of a deal and who holds what, as VamDeal moves the tokens in each state.
import { DealState } from "./deal.ts";

export interface DealAmounts {
  n1: bigint;
  p1: bigint;
  n2: bigint;
  p2: bigint;
}

/** Asset units per whole project token (floor); undefined for a tranche of no tokens. */
export function pricePerToken(assetAmount: bigint, tokenAmount: bigint, tokenDecimals: number): bigint | undefined {
  return tokenAmount === 0n ? undefined : (assetAmount * 10n ** BigInt(tokenDecimals)) / tokenAmount;
}

export interface Escrow {
  /** Fund's asset the deal holds. */
  asset: bigint;
  /** Project tokens the deal holds. */
  token: bigint;
}

/** What the deal contract holds in each state (its balances of both tokens). */
export function escrowHeld(state: number, projectEscrowed: boolean, fundEscrowed: boolean, a: DealAmounts): Escrow {
  if (state === DealState.Pending) {
    return { asset: fundEscrowed ? a.n1 + a.n2 : 0n, token: projectEscrowed ? a.p1 + a.p2 : 0n };
  }
  return state === DealState.Active ? { asset: a.n2, token: a.p2 } : { asset: 0n, token: 0n };
}
