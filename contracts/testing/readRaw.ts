// Reads the raw inputs of the client valuation engine (src/domain/valuation) from a fund at
// one block: balances, reserved balances, feed rounds, asset configs, pair reserves, the
// primary cost basis, deals, fee state, fee and limit settings, supplies and the block's
// timestamp. Only raw reads, never the fund's own valuation views, so that the tests can
// compare the engine against those views. Where the fund catches a revert, so does this: a
// listed asset's balance that cannot be read counts 0 (marked), a primary token's counts what
// the deals delivered, a feed that cannot be read is stale, a deal that cannot say its escrow
// is stale and one that cannot say its part gives none.
import { parseAbi, type Abi, type Address } from "viem";
import type { FundRaw } from "../../src/domain/valuation/index.ts";

/** What this needs of a viem PublicClient. */
export type RawClient = {
  readContract: (args: { address: Address; abi: Abi; functionName: string; args?: readonly unknown[]; blockNumber: bigint }) => Promise<unknown>;
  getBlock: (args: { blockNumber: bigint }) => Promise<{ timestamp: bigint }>;
};

export type RawAbis = { Fund: Abi; ERC20: Abi; Aggregator: Abi; AmmPair: Abi; VamDeal: Abi; FeeSplitter: Abi };

type AssetConfig = { feed: Address; heartbeat: number; decimals: number; feedDecimals: number };
type FeeStateRead = { managementBps: bigint; performanceBps: bigint; hurdleBps: bigint; hwm: bigint; hwmTime: bigint; lastAccrual: bigint };
type Limits = { maxLpBps: number; maxSlippageBps: number; minCashBps: number };
type VaultConfig = { asset: Address; guard: Address; maxMoveBps: number; allowed: boolean; listed: boolean };
const ZERO = "0x0000000000000000000000000000000000000000";
const vaultAbi = parseAbi([
  "function convertToAssets(uint256) view returns (uint256)",
  "function withinBound(address, uint256) view returns (bool)",
]);

export async function readFundRaw(client: RawClient, abis: RawAbis, fund: Address, blockNumber: bigint): Promise<FundRaw> {
  const read = <T>(address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []) =>
    client.readContract({ address, abi, functionName, args, blockNumber }) as Promise<T>;
  /** A read the fund makes in try/catch: `fallback` when it reverts. */
  const tryRead = <T>(fallback: T, address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []) =>
    read<T>(address, abi, functionName, args).catch(() => fallback);
  const balance = (token: Address, who: Address) => read<bigint>(token, abis.ERC20, "balanceOf", [who]);
  const reserved = (token: Address) => read<bigint>(fund, abis.Fund, "reserved", [token]);

  const [[assets, pairs, primaries, deals], feeState, totalSupply, fundSplitter, entryBps, exitBps, limits, block] = await Promise.all([
    read<readonly [Address[], Address[], Address[], Address[]]>(fund, abis.Fund, "registry"),
    read<FeeStateRead>(fund, abis.Fund, "feeState"),
    read<bigint>(fund, abis.Fund, "totalSupply"),
    read<Address>(fund, abis.Fund, "feeSplitter"),
    read<number>(fund, abis.Fund, "entryBps"),
    read<number>(fund, abis.Fund, "exitBps"),
    read<Limits>(fund, abis.Fund, "limits"),
    client.getBlock({ blockNumber }),
  ]);
  // The listed vaults: the in-kind exit's tokens that the fund knows as vaults, in its order.
  const [exitTokens] = await read<readonly [Address[]]>(fund, abis.Fund, "previewRedeemInKind", [0n]);
  const vaultList: { vault: Address; c: VaultConfig }[] = [];
  for (const t of exitTokens) {
    const c = await read<VaultConfig>(fund, abis.Fund, "vaultConfig", [t]);
    if (c.listed) vaultList.push({ vault: t, c });
  }
  // An investor-governed fund's fee recipient is a plain holder (its timelock or a named address),
  // not a splitter: the lens then reads no splitter terms, as the registry lists none.
  const managerToken =
    fundSplitter === ZERO ? ZERO : await tryRead<Address>(ZERO, fundSplitter, abis.FeeSplitter, "managerToken");
  const splitter = managerToken === ZERO ? ZERO : fundSplitter;

  return {
    timestamp: block.timestamp,
    assets: await Promise.all(
      assets.map(async (token) => {
        const c = await read<AssetConfig>(fund, abis.Fund, "assetConfig", [token]);
        const [round, bal, res] = await Promise.all([
          tryRead<readonly bigint[]>([0n, 0n, 0n, 0n, 0n], c.feed, abis.Aggregator, "latestRoundData"),
          balance(token, fund).then((b) => ({ b, failed: false }), () => ({ b: 0n, failed: true })),
          reserved(token),
        ]);
        return {
          token, balance: bal.b, reserved: res, decimals: Number(c.decimals), feedDecimals: Number(c.feedDecimals),
          answer: round[1], updatedAt: round[3], heartbeat: BigInt(c.heartbeat), ...(bal.failed ? { balanceFailed: true } : {}),
        };
      }),
    ),
    pairs: await Promise.all(
      pairs.map(async (pair) => {
        const [token0, token1, lpBalance, res, lpSupply, [reserve0, reserve1]] = await Promise.all([
          read<Address>(pair, abis.AmmPair, "token0"),
          read<Address>(pair, abis.AmmPair, "token1"),
          balance(pair, fund),
          reserved(pair),
          read<bigint>(pair, abis.AmmPair, "totalSupply"),
          read<readonly [bigint, bigint]>(pair, abis.AmmPair, "getReserves"),
        ]);
        return { pair, token0, token1, lpBalance, reserved: res, lpSupply, reserve0, reserve1 };
      }),
    ),
    vaults: await Promise.all(
      vaultList.map(async ({ vault, c }) => {
        const [bal, res] = await Promise.all([
          balance(vault, fund).then((b) => ({ b, failed: false }), () => ({ b: 0n, failed: true })),
          reserved(vault),
        ]);
        const held = bal.b > res ? bal.b - res : 0n;
        // As the fund: the guard is asked only once convertToAssets answered.
        const assets = bal.failed ? undefined : await read<bigint>(vault, vaultAbi, "convertToAssets", [held]).catch(() => undefined);
        const within = assets === undefined ? false : await tryRead(false, c.guard, vaultAbi, "withinBound", [vault, BigInt(c.maxMoveBps)]);
        return {
          vault, asset: c.asset, shares: bal.b, reserved: res, assets: assets ?? 0n, within, maxMoveBps: Number(c.maxMoveBps),
          ...(bal.failed ? { balanceFailed: true } : {}),
        };
      }),
    ),
    primaries: await Promise.all(
      primaries.map(async (token) => {
        const [bal, res, [paid, received, markWad, markedAt]] = await Promise.all([
          balance(token, fund).then((b) => ({ b, failed: false }), () => ({ b: 0n, failed: true })),
          reserved(token),
          read<readonly [bigint, bigint, bigint, bigint]>(fund, abis.Fund, "primaryCost", [token]),
        ]);
        return {
          token, balance: bal.b, reserved: res, paid, received, ...(bal.failed ? { balanceFailed: true } : {}),
          ...(markedAt > 0n ? { mark: { wad: markWad, at: markedAt } } : {}),
        };
      }),
    ),
    deals: await Promise.all(
      deals.map(async (deal) => {
        const [projectToken, escrow, fundPart] = await Promise.all([
          tryRead<Address>(ZERO, deal, abis.VamDeal, "projectToken"), // a label only: the fund never asks
          read<bigint>(deal, abis.VamDeal, "fundEscrowed").then((e) => ({ e, failed: false }), () => ({ e: 0n, failed: true })),
          tryRead(0n, deal, abis.VamDeal, "fundPart"),
        ]);
        return { deal, projectToken, fundEscrowed: escrow.e, fundPart, ...(escrow.failed ? { escrowFailed: true } : {}) };
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
    entryBps: BigInt(entryBps),
    exitBps: BigInt(exitBps),
    maxSlippageBps: BigInt(limits.maxSlippageBps),
    minCashBps: BigInt(limits.minCashBps),
  };
}
