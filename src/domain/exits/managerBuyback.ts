// The fee splitter's manager-token side (DESIGN §4, issue 18): in buyback mode the fee shares
// wait in the splitter until anyone sells them in the (fund share, manager token) pool, only below
// their value per manager token (waiting shares over every manager token), for tokens that are
// burnt. Pure: the splitter's views and events in, figures for the Exits section out. Prices are
// in fund-share units per whole manager token.
import { premiumPpm } from "../valuation/market.ts";
import { mulDiv, pow10 } from "../valuation/math.ts";

/** Fund-share units per whole manager token the waiting shares are worth; undefined without supply. */
export const valuePerToken = (pending: bigint, supply: bigint, tokenDecimals: number) =>
  supply === 0n ? undefined : mulDiv(pending, pow10(tokenDecimals), supply);

/** Fund-share units paid per whole manager token; undefined without tokens. */
export const pricePerToken = (shares: bigint, tokens: bigint, tokenDecimals: number) =>
  tokens === 0n ? undefined : mulDiv(shares, pow10(tokenDecimals), tokens);

/** The manager token's mid price in its (share, manager token) pool, from the pair's reserves. */
export function poolPricePerToken(
  pool: { token0: string; reserve0: bigint; reserve1: bigint },
  managerToken: string,
  tokenDecimals: number,
) {
  const tokenIs0 = pool.token0.toLowerCase() === managerToken.toLowerCase();
  const [tokens, shares] = tokenIs0 ? [pool.reserve0, pool.reserve1] : [pool.reserve1, pool.reserve0];
  return pricePerToken(shares, tokens, tokenDecimals);
}

/** Price against value − 1, in ppm (negative: below the value, as a buyback must be). */
export const discountPpm = (price: bigint | undefined, value: bigint | undefined) =>
  price === undefined || value === undefined ? undefined : premiumPpm(price, value);

/** The `ManagerTokensBoughtBack` event's arguments. */
export interface ManagerBoughtBackArgs {
  pair: string;
  shares: bigint;
  tokens: bigint;
}

/** The splitter's waiting shares and the token's supply at the end of a block. */
export interface SplitterState {
  pending: bigint;
  supply: bigint;
}

export interface ManagerBuyback {
  t: bigint;
  blockNumber: bigint;
  logIndex: number;
  txHash?: string;
  pair: string;
  /** Fee shares sold. */
  shares: bigint;
  /** Manager tokens bought and burnt. */
  tokens: bigint;
  /** Share units paid per whole token. */
  price?: bigint;
  /** The waiting shares' value per whole token just before the buyback (its bound). */
  value?: bigint;
  /** Price against value, in ppm (negative: bought below the value). */
  discountPpm?: bigint;
}

type Log = { blockNumber: bigint; logIndex: number; transactionHash?: string; args: ManagerBoughtBackArgs };

/**
 * Rows for past buybacks, newest first. Each buyback's bound is rebuilt from the splitter's state
 * at the end of its block: the shares waiting and the supply just before it are those after the
 * block plus what it and the later buybacks of the block sold and burnt.
 */
export function managerBuybacks(
  logs: readonly Log[],
  times: ReadonlyMap<bigint, bigint>,
  after: ReadonlyMap<bigint, SplitterState>,
  tokenDecimals: number,
): ManagerBuyback[] {
  const sorted = [...logs].sort((a, b) =>
    a.blockNumber === b.blockNumber ? b.logIndex - a.logIndex : a.blockNumber < b.blockNumber ? 1 : -1,
  );
  const carried = new Map<bigint, SplitterState>();
  return sorted.map((l) => {
    const { pair, shares, tokens } = l.args;
    const end = after.get(l.blockNumber);
    const later = carried.get(l.blockNumber) ?? { pending: 0n, supply: 0n };
    const sold = { pending: later.pending + shares, supply: later.supply + tokens };
    carried.set(l.blockNumber, sold);
    const value = end ? valuePerToken(end.pending + sold.pending, end.supply + sold.supply, tokenDecimals) : undefined;
    const price = pricePerToken(shares, tokens, tokenDecimals);
    return {
      t: times.get(l.blockNumber) ?? 0n,
      blockNumber: l.blockNumber,
      logIndex: l.logIndex,
      txHash: l.transactionHash,
      pair,
      shares,
      tokens,
      price,
      value,
      discountPpm: discountPpm(price, value),
    };
  });
}

/** Fee shares sold and manager tokens burnt over all buybacks. */
export const managerBuybackTotals = (list: readonly Pick<ManagerBuyback, "shares" | "tokens">[]) => ({
  count: list.length,
  shares: list.reduce((s, b) => s + b.shares, 0n),
  tokens: list.reduce((s, b) => s + b.tokens, 0n),
});

/** Asset units `shares` share units are worth at `navPerShare` (asset units per whole share). */
export const sharesInAsset = (shares: bigint, navPerShare: bigint, shareDecimals: number) =>
  mulDiv(shares, navPerShare, pow10(shareDecimals));
