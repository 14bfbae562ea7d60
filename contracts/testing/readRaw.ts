// Reads the raw inputs of the client valuation engine (src/domain/valuation) from a fund at
// one block: balances, feed rounds, asset configs, pair reserves, deals, fee state, supplies
// and the block's timestamp. Only raw reads, never the fund's own valuation views, so that
// the tests can compare the engine against those views.
import type { Abi, Address } from "viem";
import type { FundRaw } from "../../src/domain/valuation/index.ts";

/** What this needs of a viem PublicClient. */
export type RawClient = {
  readContract: (args: { address: Address; abi: Abi; functionName: string; args?: readonly unknown[]; blockNumber: bigint }) => Promise<unknown>;
  getBlock: (args: { blockNumber: bigint }) => Promise<{ timestamp: bigint }>;
};

export type RawAbis = { Fund: Abi; ERC20: Abi; Aggregator: Abi; AmmPair: Abi; VamDeal: Abi; FeeSplitter: Abi };

type AssetConfig = { feed: Address; heartbeat: number; decimals: number; feedDecimals: number };
type FeeStateRead = { managementBps: bigint; performanceBps: bigint; hurdleBps: bigint; hwm: bigint; hwmTime: bigint; lastAccrual: bigint };
const ZERO = "0x0000000000000000000000000000000000000000";

export async function readFundRaw(client: RawClient, abis: RawAbis, fund: Address, blockNumber: bigint): Promise<FundRaw> {
  const read = <T>(address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []) =>
    client.readContract({ address, abi, functionName, args, blockNumber }) as Promise<T>;
  const balance = (token: Address, who: Address) => read<bigint>(token, abis.ERC20, "balanceOf", [who]);

  const [[assets, pairs, primaries, deals], feeState, totalSupply, splitter, block] = await Promise.all([
    read<readonly [Address[], Address[], Address[], Address[]]>(fund, abis.Fund, "registry"),
    read<FeeStateRead>(fund, abis.Fund, "feeState"),
    read<bigint>(fund, abis.Fund, "totalSupply"),
    read<Address>(fund, abis.Fund, "feeSplitter"),
    client.getBlock({ blockNumber }),
  ]);
  const managerToken = splitter === ZERO ? ZERO : await read<Address>(splitter, abis.FeeSplitter, "managerToken");

  return {
    timestamp: block.timestamp,
    assets: await Promise.all(
      assets.map(async (token) => {
        const c = await read<AssetConfig>(fund, abis.Fund, "assetConfig", [token]);
        const [round, bal] = await Promise.all([
          read<readonly [bigint, bigint, bigint, bigint, bigint]>(c.feed, abis.Aggregator, "latestRoundData"),
          balance(token, fund),
        ]);
        return {
          token, balance: bal, decimals: Number(c.decimals), feedDecimals: Number(c.feedDecimals),
          answer: round[1], updatedAt: round[3], heartbeat: BigInt(c.heartbeat),
        };
      }),
    ),
    pairs: await Promise.all(
      pairs.map(async (pair) => {
        const [token0, token1, lpBalance, lpSupply, [reserve0, reserve1]] = await Promise.all([
          read<Address>(pair, abis.AmmPair, "token0"),
          read<Address>(pair, abis.AmmPair, "token1"),
          balance(pair, fund),
          read<bigint>(pair, abis.AmmPair, "totalSupply"),
          read<readonly [bigint, bigint]>(pair, abis.AmmPair, "getReserves"),
        ]);
        return { pair, token0, token1, lpBalance, lpSupply, reserve0, reserve1 };
      }),
    ),
    primaries: await Promise.all(primaries.map(async (token) => ({ token, balance: await balance(token, fund) }))),
    deals: await Promise.all(
      deals.map(async (deal) => {
        const [projectToken, fundEscrowed, [assetsPaid, tokensReceived]] = await Promise.all([
          read<Address>(deal, abis.VamDeal, "projectToken"),
          read<bigint>(deal, abis.VamDeal, "fundEscrowed"),
          read<readonly [bigint, bigint]>(deal, abis.VamDeal, "settled"),
        ]);
        return { deal, projectToken, fundEscrowed, assetsPaid, tokensReceived };
      }),
    ),
    fees: {
      managementBps: feeState.managementBps, performanceBps: feeState.performanceBps, hurdleBps: feeState.hurdleBps,
      hwm: feeState.hwm, hwmTime: feeState.hwmTime, lastAccrual: feeState.lastAccrual,
    },
    totalSupply,
    splitterBalance: splitter === ZERO ? 0n : await read<bigint>(fund, abis.Fund, "balanceOf", [splitter]),
    splitterUncredited: splitter === ZERO ? 0n : await read<bigint>(splitter, abis.FeeSplitter, "uncredited"),
    managerTokenSupply: managerToken === ZERO ? 0n : await read<bigint>(managerToken, abis.ERC20, "totalSupply"),
    claimingSupply: splitter === ZERO ? 0n : await read<bigint>(splitter, abis.FeeSplitter, "claimingSupply"),
  };
}
