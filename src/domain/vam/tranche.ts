// The two tranches of a deal and their prices.

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
