import { describe, expect, it } from "vitest";
import { ContractFunctionExecutionError, ContractFunctionRevertedError, encodeErrorResult, type Address } from "viem";
import { contractOf } from "./contracts.ts";
import { NoSuchFund, readFundRaw } from "./readFundRaw.ts";

const c = (label: string) => (contractOf(31337, label as never) as { address: string }).address.toLowerCase();
const addr = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as Address;
const [FUND, USDC, DAI, PAIR, PROJECT, DEAL, SPLITTER, MTOKEN, FEED_USDC, FEED_DAI, POOL] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
].map(addr);
const ZERO = addr(0);
const BLOCK = 1234n;
const WETH = c("WETH");
const WBTC = c("WBTC");

type Call = { address: Address; functionName: string; args?: readonly unknown[] };
type Answer = unknown | Error;

/** A chain of one fund as multicall answers, keyed by "address:function:args". */
function world(overrides: Record<string, Answer> = {}): Record<string, Answer> {
  const set = { fund: FUND, managerToken: MTOKEN, feeSplitter: SPLITTER, governor: addr(20), timelock: addr(21) };
  const fees = {
    managementBps: 50n,
    performanceBps: 1_000n,
    hurdleBps: 400n,
    hwm: 10n ** 12n,
    hwmTime: 5n,
    lastAccrual: 900n,
  };
  const config = (feed: Address, decimals: number, maxWeightBps: number) => ({
    feed,
    heartbeat: 86_400,
    decimals,
    feedDecimals: 8,
    allowed: true,
    maxWeightBps,
  });
  return {
    [`${c("Multicall3")}:getBlockNumber:`]: BLOCK,
    [`${c("Multicall3")}:getCurrentBlockTimestamp:`]: 1_000n,
    [`${c("FundFactory")}:indexOf:${FUND}`]: 1n,
    [`${c("FundFactory")}:fundSet:${FUND}`]: { set },
    [`${FUND}:name:`]: "Stable",
    [`${FUND}:symbol:`]: "egSTABLE",
    [`${FUND}:decimals:`]: 12,
    [`${FUND}:asset:`]: USDC,
    [`${FUND}:mechanism:`]: 1,
    [`${FUND}:manager:`]: addr(30),
    [`${MTOKEN}:totalSupply:`]: 10n ** 24n,
    [`${SPLITTER}:claimingSupply:`]: 8n * 10n ** 23n,
    [`${SPLITTER}:uncredited:`]: 5n,
    [`${SPLITTER}:excludedHolders:`]: [POOL],
    [`${FUND}:registry:`]: [[USDC, DAI], [PAIR], [PROJECT], [DEAL]],
    [`${FUND}:feeState:`]: fees,
    [`${FUND}:totalSupply:`]: 10n ** 18n,
    [`${FUND}:maxLpBps:`]: 4_000,
    [`${c("WETHUsdFeed")}:latestRoundData:`]: [1n, 3_000n * 10n ** 8n, 1n, 990n, 1n],
    [`${c("WETHUsdFeed")}:decimals:`]: 8,
    [`${WETH}:decimals:`]: 18,
    [`${WBTC}:decimals:`]: 8,
    [`${c("WBTCUsdFeed")}:latestRoundData:`]: new Error("feed down"),
    [`${c("WBTCUsdFeed")}:decimals:`]: 8,
    [`${FUND}:MAX_MANAGEMENT_BPS:`]: 500n,
    [`${FUND}:MAX_PERFORMANCE_BPS:`]: 3_000n,
    [`${FUND}:MAX_HURDLE_BPS:`]: 2_000n,
    [`${FUND}:MAX_ENTRY_EXIT_BPS:`]: 200n,
    [`${FUND}:MAX_SLIPPAGE_BPS:`]: 1_000n,
    [`${FUND}:entryBps:`]: 50,
    [`${FUND}:exitBps:`]: 75,
    [`${FUND}:limits:`]: { maxLpBps: 4_000, maxSlippageBps: 100, minCashBps: 300 },
    ...Object.fromEntries([USDC, DAI, PAIR, PROJECT].map((t) => [`${FUND}:reserved:${t}`, t === DAI ? 2n : 0n])),
    [`${FUND}:primaryCost:${PROJECT}`]: [100n, 40n, 0n, 0n],
    [`${FUND}:assetConfig:${USDC}`]: config(FEED_USDC, 6, 10_000),
    [`${USDC}:balanceOf:${FUND}`]: 7_000_000n,
    [`${FUND}:assetConfig:${DAI}`]: config(FEED_DAI, 18, 6_000),
    [`${DAI}:balanceOf:${FUND}`]: 3n * 10n ** 18n,
    [`${PAIR}:token0:`]: DAI,
    [`${PAIR}:token1:`]: USDC,
    [`${PAIR}:balanceOf:${FUND}`]: 10n,
    [`${PAIR}:totalSupply:`]: 100n,
    [`${PAIR}:getReserves:`]: [5n * 10n ** 18n, 5_000_000n],
    [`${PROJECT}:balanceOf:${FUND}`]: 40n,
    [`${DEAL}:projectToken:`]: PROJECT,
    [`${DEAL}:fundEscrowed:`]: 250n,
    [`${DEAL}:fundPart:`]: 10n ** 18n,
    ...Object.fromEntries(
      [
        [USDC, "USDC", "USD Coin", 6],
        [DAI, "DAI", "Dai", 18],
        [PROJECT, "NOVA", "Nova Protocol", 18],
      ].flatMap(([t, symbol, name, decimals]) => [
        [`${t}:symbol:`, symbol],
        [`${t}:name:`, name],
        [`${t}:decimals:`, decimals],
      ]),
    ),
    [`${FUND}:balanceOf:${SPLITTER}`]: 77n,
    // The investor token trades against USDC; the manager-token lookups fail or find nothing.
    ...Object.fromEntries(
      [USDC, DAI, WETH, WBTC].flatMap((q) => [
        [`${c("AmmFactory")}:getPair:${FUND},${q}`, q === USDC ? POOL : ZERO],
        [`${c("AmmFactory")}:getPair:${MTOKEN},${q}`, q === WETH ? new Error("reverted") : ZERO],
      ]),
    ),
    [`${POOL}:token0:`]: USDC,
    [`${POOL}:getReserves:`]: [1_004n * 10n ** 6n, 1_000n * 10n ** 12n],
    [`${FEED_USDC}:latestRoundData:`]: [9n, 100_000_000n, 1n, 995n, 9n],
    [`${FEED_DAI}:latestRoundData:`]: [9n, 99_990_000n, 1n, 996n, 9n],
    ...overrides,
  };
}

/** Reads `key` of the world: its answer, or the error a revert would raise. */
function answer(answers: Record<string, Answer>, key: string): unknown {
  // A read the world has no answer for reverts, as a call to a missing contract would.
  const a = key in answers ? answers[key] : new Error(`reverted: ${key}`);
  if (a instanceof Error) throw a;
  return a;
}

/** What `FundLens.inputs` makes of the world's individual reads, reverting and flagging as it does. */
function lensInputs(answers: Record<string, Answer>, fund: Address) {
  const get = <T>(key: string) => answer(answers, key) as T;
  const attempt = <T>(key: string, fallback: T) =>
    key in answers && !(answers[key] instanceof Error) ? (answers[key] as T) : fallback;
  if (get<bigint>(`${c("FundFactory")}:indexOf:${fund}`) === 0n) {
    const lensAbi = contractOf(31337, "FundLens").abi;
    const data = encodeErrorResult({ abi: lensAbi, errorName: "UnknownFund", args: [fund] });
    const revert = new ContractFunctionRevertedError({ abi: lensAbi, data, functionName: "inputs" });
    throw new ContractFunctionExecutionError(revert, {
      abi: lensAbi,
      functionName: "inputs",
      args: [c("FundFactory"), fund],
      contractAddress: c("FundLens") as Address,
    });
  }
  const s = get<{ set: { managerToken: Address; feeSplitter: Address } }>(`${c("FundFactory")}:fundSet:${fund}`).set;
  const [assets, pairs, primaries, deals] = get<Address[][]>(`${fund}:registry:`);
  const meta = (t: Address) => ({
    symbol: get<string>(`${t}:symbol:`),
    name: get<string>(`${t}:name:`),
    decimals: get<number>(`${t}:decimals:`),
  });
  const balance = (t: Address) => {
    const key = `${t}:balanceOf:${fund}`;
    if (answers[key] instanceof Error) return { balance: 0n, balanceFailed: true };
    return { balance: get<bigint>(key), balanceFailed: false };
  };
  return {
    set: get<{ set: unknown }>(`${c("FundFactory")}:fundSet:${fund}`).set,
    ...Object.fromEntries(
      [
        "name",
        "symbol",
        "decimals",
        "asset",
        "mechanism",
        "manager",
        "totalSupply",
        "limits",
        "entryBps",
        "exitBps",
      ].map((f) => [f, get(`${fund}:${f}:`)]),
    ),
    fees: get(`${fund}:feeState:`),
    caps: {
      management: get(`${fund}:MAX_MANAGEMENT_BPS:`),
      performance: get(`${fund}:MAX_PERFORMANCE_BPS:`),
      hurdle: get(`${fund}:MAX_HURDLE_BPS:`),
      entryExit: get(`${fund}:MAX_ENTRY_EXIT_BPS:`),
      slippage: get(`${fund}:MAX_SLIPPAGE_BPS:`),
    },
    managerTokenSupply: get(`${s.managerToken}:totalSupply:`),
    claimingSupply: get(`${s.feeSplitter}:claimingSupply:`),
    uncreditedFeeShares: get(`${s.feeSplitter}:uncredited:`),
    splitterBalance: get(`${fund}:balanceOf:${s.feeSplitter}`),
    excludedHolders: get(`${s.feeSplitter}:excludedHolders:`),
    assets: assets.map((token) => {
      const config = get<{ feed: Address }>(`${fund}:assetConfig:${token}`);
      const round = attempt<readonly bigint[]>(`${config.feed}:latestRoundData:`, [0n, 0n, 0n, 0n, 0n]);
      const reserved = get(`${fund}:reserved:${token}`);
      return { token, ...meta(token), config, ...balance(token), reserved, answer: round[1], updatedAt: round[3] };
    }),
    pairs: pairs.map((pair) => {
      const [reserve0, reserve1] = get<bigint[]>(`${pair}:getReserves:`);
      return {
        pair,
        token0: get(`${pair}:token0:`),
        token1: get(`${pair}:token1:`),
        lpBalance: get(`${pair}:balanceOf:${fund}`),
        lpSupply: get(`${pair}:totalSupply:`),
        reserve0,
        reserve1,
        reserved: get(`${fund}:reserved:${pair}`),
      };
    }),
    primaries: primaries.map((token) => {
      const [paid, received, markWad, markedAt] = get<bigint[]>(`${fund}:primaryCost:${token}`);
      const res = get(`${fund}:reserved:${token}`);
      return { token, ...meta(token), ...balance(token), reserved: res, paid, received, markWad, markedAt };
    }),
    deals: deals.map((deal) => ({
      deal,
      projectToken: attempt(`${deal}:projectToken:`, ZERO),
      fundEscrowed: attempt(`${deal}:fundEscrowed:`, 0n),
      escrowFailed: answers[`${deal}:fundEscrowed:`] instanceof Error,
      fundPart: attempt(`${deal}:fundPart:`, 0n),
    })),
    vaults: [],
  };
}

/** What `FundLens.pools` makes of the world: the pairs found, reserves oriented, failed lookups left out. */
function lensPools(answers: Record<string, Answer>, tokens: readonly Address[], quotes: readonly Address[]) {
  return tokens.flatMap((token) =>
    quotes.flatMap((quote) => {
      try {
        const pair = answer(answers, `${c("AmmFactory")}:getPair:${token.toLowerCase()},${quote}`) as Address;
        if (pair === ZERO) return [];
        const token0 = answer(answers, `${pair}:token0:`) as Address;
        const [r0, r1] = answer(answers, `${pair}:getReserves:`) as bigint[];
        const [reserveToken, reserveQuote] = token0 === quote ? [r1, r0] : [r0, r1];
        return [{ token, quote, pair, reserveToken, reserveQuote }];
      } catch {
        return [];
      }
    }),
  );
}

type Multicall = { contracts: Call[]; blockNumber?: bigint; batchSize?: number; allowFailure?: boolean };

function fakeClient(answers: Record<string, Answer>) {
  const blocks: (bigint | undefined)[] = [];
  const read = (k: Call) => {
    const lens = k.address.toLowerCase() === c("FundLens");
    if (lens && k.functionName === "inputs") return lensInputs(answers, k.args![1] as Address);
    if (lens && k.functionName === "pools") return lensPools(answers, k.args![1] as Address[], k.args![2] as Address[]);
    const args = (k.args ?? []).map((a) => String(a).toLowerCase()).join(",");
    return answer(answers, `${k.address.toLowerCase()}:${k.functionName}:${args}`);
  };
  const client = {
    multicall: async ({ contracts, blockNumber, batchSize, allowFailure }: Multicall) => {
      expect(batchSize).toBe(0); // one eth_call per multicall
      blocks.push(blockNumber);
      // As viem: without allowFailure the first revert throws, else each read says how it went.
      if (allowFailure === false) return contracts.map(read);
      return contracts.map((k) => {
        try {
          return { status: "success", result: read(k) };
        } catch (error) {
          return { status: "failure", error };
        }
      });
    },
  };
  return { client: client as never, blocks };
}

describe("readFundRaw", () => {
  it("reads at the latest block once, then pins every other read to the block it returned", async () => {
    const { client, blocks } = fakeClient(world());
    const r = await readFundRaw(client, 31337, FUND);
    expect(blocks[0]).toBeUndefined();
    expect(blocks.slice(1)).toEqual(blocks.slice(1).map(() => BLOCK));
    expect(blocks.length).toBeGreaterThan(1);
    expect(r.block).toBe(BLOCK);
    expect(r.raw.timestamp).toBe(1_000n);
  });

  it("decodes holdings, feed rounds, pairs, deals and fee state into the engine's inputs", async () => {
    const r = await readFundRaw(fakeClient(world()).client, 31337, FUND);
    expect(r.raw.assets).toEqual([
      {
        token: USDC,
        balance: 7_000_000n,
        reserved: 0n,
        decimals: 6,
        feedDecimals: 8,
        answer: 100_000_000n,
        updatedAt: 995n,
        heartbeat: 86_400n,
      },
      {
        token: DAI,
        balance: 3n * 10n ** 18n,
        reserved: 2n,
        decimals: 18,
        feedDecimals: 8,
        answer: 99_990_000n,
        updatedAt: 996n,
        heartbeat: 86_400n,
      },
    ]);
    expect(r.raw.pairs).toEqual([
      {
        pair: PAIR,
        token0: DAI,
        token1: USDC,
        lpBalance: 10n,
        reserved: 0n,
        lpSupply: 100n,
        reserve0: 5n * 10n ** 18n,
        reserve1: 5_000_000n,
      },
    ]);
    expect(r.raw.primaries).toEqual([{ token: PROJECT, balance: 40n, reserved: 0n, paid: 100n, received: 40n }]);
    expect(r.raw.deals).toEqual([{ deal: DEAL, projectToken: PROJECT, fundEscrowed: 250n, fundPart: 10n ** 18n }]);
    expect([r.raw.entryBps, r.raw.exitBps, r.raw.maxSlippageBps, r.raw.minCashBps]).toEqual([50n, 75n, 100n, 300n]);
    expect(r.raw.fees.lastAccrual).toBe(900n);
    expect([r.raw.totalSupply, r.raw.splitterBalance, r.raw.managerTokenSupply]).toEqual([10n ** 18n, 77n, 10n ** 24n]);
    expect([r.raw.splitterUncredited, r.raw.claimingSupply, r.excludedHolders]).toEqual([5n, 8n * 10n ** 23n, [POOL]]);
  });

  it("labels: names, the asset's feed, guidelines, caps and the unit prices that answered", async () => {
    const r = await readFundRaw(fakeClient(world()).client, 31337, FUND);
    expect(r.tokens.get(PROJECT)).toEqual({ symbol: "NOVA", name: "Nova Protocol", decimals: 18 });
    expect(r.asset).toMatchObject({ address: USDC, symbol: "USDC", name: "USD Coin", decimals: 6, feed: FEED_USDC });
    expect(r.guidelines.get(DAI)).toEqual({ allowed: true, maxWeightBps: 6_000, heartbeat: 86_400 });
    expect([r.maxLpBps, r.mechanism, r.decimals]).toEqual([4_000, 1, 12]);
    expect(r.caps).toEqual({
      management: 500n,
      performance: 3_000n,
      hurdle: 2_000n,
      entryExit: 200n,
      slippage: 1_000n,
    });
    expect(r.units.eth).toEqual({ answer: 3_000n * 10n ** 8n, feedDecimals: 8, decimals: 18 });
    expect(r.units.btc).toBeUndefined(); // its feed failed: no BTC unit, the fund still reads
  });

  it("finds the pools of the fund's tokens, reserves oriented token/quote, and skips failed lookups", async () => {
    const r = await readFundRaw(fakeClient(world()).client, 31337, FUND);
    expect(r.pools).toEqual([
      {
        pool: POOL,
        token: "investor",
        quote: USDC,
        reserveToken: 1_000n * 10n ** 12n,
        reserveQuote: 1_004n * 10n ** 6n,
      },
    ]);
  });

  it("says there is no such fund when the registry does not list it", async () => {
    const unknown = addr(99);
    await expect(
      readFundRaw(fakeClient(world({ [`${c("FundFactory")}:indexOf:${unknown}`]: 0n })).client, 31337, unknown),
    ).rejects.toBeInstanceOf(NoSuchFund);
  });

  it("reads a balance that reverts as 0 and marks it, as the fund does, rather than hiding the fund", async () => {
    const { client } = fakeClient(
      world({
        [`${DAI}:balanceOf:${FUND}`]: new Error("balance reverted"),
        [`${PROJECT}:balanceOf:${FUND}`]: new Error("paused"),
      }),
    );
    const r = await readFundRaw(client, 31337, FUND);
    expect(r.raw.assets[1]).toMatchObject({ balance: 0n, balanceFailed: true });
    expect(r.raw.primaries[0]).toMatchObject({ balance: 0n, balanceFailed: true });
  });

  it("reads a deal that cannot say its part as giving none, and one that cannot say its escrow as failed", async () => {
    const r = await readFundRaw(
      fakeClient(world({ [`${DEAL}:fundPart:`]: new Error("old deal") })).client,
      31337,
      FUND,
    );
    expect(r.raw.deals[0]).toEqual({ deal: DEAL, projectToken: PROJECT, fundEscrowed: 250n, fundPart: 0n });
    const s = await readFundRaw(
      fakeClient(
        world({ [`${DEAL}:fundEscrowed:`]: new Error("hostile"), [`${DEAL}:projectToken:`]: new Error("hostile") }),
      ).client,
      31337,
      FUND,
    );
    expect(s.raw.deals[0]).toMatchObject({ fundEscrowed: 0n, escrowFailed: true, projectToken: ZERO });
  });

  it("reads a feed that reverts as stale: no answer, at time 0", async () => {
    const r = await readFundRaw(
      fakeClient(world({ [`${FEED_DAI}:latestRoundData:`]: new Error("feed down") })).client,
      31337,
      FUND,
    );
    expect(r.raw.assets[1]).toMatchObject({ answer: 0n, updatedAt: 0n });
  });
});
