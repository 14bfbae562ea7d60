// Cost basis and profit and loss of one account's position in one fund, from its own
// history: deposits, redemptions and share transfers, in chain order. Average-cost method:
// a redemption or a transfer out takes its pro-rata slice of the cost basis; only a
// redemption realises a gain or loss (a transfer out is not a sale).

export type PositionEvent =
  | { kind: "deposit"; shares: bigint; assets: bigint }
  | { kind: "withdraw"; shares: bigint; assets: bigint }
  /** Shares received from another address (fee claims included), at their value then. */
  | { kind: "transfer-in"; shares: bigint; value: bigint }
  | { kind: "transfer-out"; shares: bigint };

export type Position = {
  shares: bigint;
  /** Asset units paid for the shares still held. */
  costBasis: bigint;
  /** Asset units gained (or lost, negative) on the shares redeemed. */
  realised: bigint;
  deposited: bigint;
  withdrawn: bigint;
};

export function position(events: readonly PositionEvent[]): Position {
  const p: Position = { shares: 0n, costBasis: 0n, realised: 0n, deposited: 0n, withdrawn: 0n };
  const takeCost = (shares: bigint) => {
    // History that starts mid-way (or rounding) never makes the position negative.
    const out = shares >= p.shares ? p.costBasis : (p.costBasis * shares) / p.shares;
    p.shares = shares >= p.shares ? 0n : p.shares - shares;
    p.costBasis -= out;
    return out;
  };
  for (const e of events) {
    switch (e.kind) {
      case "deposit":
        p.shares += e.shares;
        p.costBasis += e.assets;
        p.deposited += e.assets;
        break;
      case "transfer-in":
        p.shares += e.shares;
        p.costBasis += e.value;
        break;
      case "withdraw":
        p.realised += e.assets - takeCost(e.shares);
        p.withdrawn += e.assets;
        break;
      case "transfer-out":
        takeCost(e.shares);
        break;
    }
  }
  return p;
}

/** Gain (or loss, negative) on the shares still held, at today's value of them. */
export const unrealised = (p: Position, value: bigint) => value - p.costBasis;
