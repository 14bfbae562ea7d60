// Small funds for the advisor's tests: USDC priced at 1 USD, WETH at 2,000 and UNI at 10, with
// pools against USDC, so each test states only balances and reserves.
import { parseUnits } from "viem";
import type { AssetRaw, GavRaw, PairRaw } from "../valuation/index.ts";

export const USDC = "0x00000000000000000000000000000000000000a1";
export const WETH = "0x00000000000000000000000000000000000000b2";
export const UNI = "0x00000000000000000000000000000000000000c3";
export const usd = (x: string) => parseUnits(x, 8);

/** A fresh asset line priced by an 8-decimal feed. */
export function assetOf(token: string, balance: bigint, decimals: number, answer: bigint): AssetRaw {
  return { token, balance, reserved: 0n, decimals, feedDecimals: 8, answer, updatedAt: 1_000n, heartbeat: 86_400n };
}

/** A pool of `token` against USDC, with the tokens in address order as the pair keeps them. */
export function usdcPair(address: string, token: string, reserveUsdc: bigint, reserveToken: bigint): PairRaw {
  const usdcFirst = USDC < token;
  return {
    pair: address,
    token0: usdcFirst ? USDC : token,
    token1: usdcFirst ? token : USDC,
    lpBalance: 0n,
    reserved: 0n,
    lpSupply: 1n,
    reserve0: usdcFirst ? reserveUsdc : reserveToken,
    reserve1: usdcFirst ? reserveToken : reserveUsdc,
  };
}

export function fundOf(assets: AssetRaw[], pairs: PairRaw[]): GavRaw {
  return { timestamp: 1_000n, assets, pairs, primaries: [], deals: [] };
}
