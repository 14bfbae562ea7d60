// The advice for every fund of the running seeded world respects the fund's guidelines: for
// each objective, the suggested weights stay within the caps, and the drafted swaps, executed
// on chain by the fund's manager in a snapshot, pass `Fund._checkGuidelines` and leave exactly
// the weights the plan computed. The world's keeper may push a price round at any moment,
// which moves every weight; a check it overlapped is detected and made again on fresh reads.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createPublicClient, createWalletClient, defineChain, http, parseEther, type Address } from "viem";
import { deployment } from "../../src/chain/deployments/31337.ts";
import { abis } from "../../src/chain/deployments/abis.ts";
import { advise, planSwaps, toWad, type Objective } from "../../src/domain/advisor/index.ts";
import { readAdvisor } from "../../src/features/advisor/readAdvisor.ts";

const url = process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
const chain = defineChain({
  id: 31337,
  name: "local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [url] } },
  contracts: { multicall3: { address: deployment.contracts.Multicall3.address } },
});
const client = createPublicClient({ chain, transport: http(url) });
const wallet = createWalletClient({ chain, transport: http(url) });
const rpc = (method: string, params: unknown[] = []) => client.request({ method, params } as never) as Promise<unknown>;
const fundAbi = abis.Fund;
const feedAbi = abis.FeedProxy;

/** Each listed asset's latest proxy round id at `blockNumber` (latest when omitted). */
async function latestRounds(fund: Address, tokens: readonly string[], blockNumber?: bigint) {
  const configs = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: tokens.map(
      (t) => ({ address: fund, abi: fundAbi, functionName: "assetConfig", args: [t as Address] }) as const,
    ),
  });
  const latest = (feed: Address) => ({ address: feed, abi: feedAbi, functionName: "latestRoundData" }) as const;
  const contracts = configs.map((c) => latest(c.feed));
  const rounds = await client.multicall({ allowFailure: false, blockNumber, contracts });
  return rounds.map(([roundId]) => roundId);
}

describe("advice on the seeded world", () => {
  it("keeps every fund within its guidelines, and its swaps execute on chain", async () => {
    const funds = await client.readContract({
      address: deployment.contracts.FundFactory.address,
      abi: abis.FundFactory,
      functionName: "allFunds",
    });
    assert.ok(funds.length >= 6);
    let executed = 0;
    for (const { fund } of funds) {
      for (const objective of ["min-variance", "max-sharpe", "target-risk"] as Objective[]) {
        for (let attempt = 1; ; attempt++) {
          const outcome = await check(fund, objective);
          if (outcome === "executed") executed++;
          if (outcome !== "prices moved") break;
          assert.ok(attempt < 3, "the keeper moved prices during three checks in a row");
        }
      }
    }
    assert.ok(executed > 0, "no advice needed a trade");
  });
});

/** Whether a feed round or a pool's reserves changed between `block` and now: the keeper acted. */
async function moved(
  fund: Address,
  tokens: readonly string[],
  pairs: readonly Address[],
  rounds: readonly bigint[],
  block: bigint,
) {
  if ((await latestRounds(fund, tokens)).some((c, i) => c !== rounds[i])) return true;
  const reserves = (blockNumber?: bigint) =>
    client.multicall({
      allowFailure: false,
      blockNumber,
      contracts: pairs.map((p) => ({ address: p, abi: abis.AmmPair, functionName: "getReserves" }) as const),
    });
  const [then, now] = await Promise.all([reserves(block), reserves()]);
  return then.some((r, i) => r[0] !== now[i][0] || r[1] !== now[i][1]);
}

/** Whether a block after `block` holds a transaction not sent by `us`. */
async function othersActed(block: bigint, us: Address) {
  const latest = await client.getBlockNumber();
  for (let n = block + 1n; n <= latest; n++) {
    const b = await client.getBlock({ blockNumber: n, includeTransactions: true });
    if (b.transactions.some((t) => t.from.toLowerCase() !== us.toLowerCase())) return true;
  }
  return false;
}

/** Advises `fund` for `objective`, checks the advice, and executes its swaps in a snapshot. */
async function check(fund: Address, objective: Objective): Promise<"no trade" | "executed" | "prices moved"> {
  const read = await readAdvisor(client as never, 31337, fund);
  const guidelines = read.raw.assets.map((a) => read.guidelines.get(a.token.toLowerCase())!);
  const common = {
    raw: read.raw,
    guidelines,
    rounds: read.rounds,
    lookbackDays: 365,
    maxSlippageBps: read.raw.maxSlippageBps,
  };
  const base = advise({ ...common, objective: "min-variance" });
  assert.equal(base.kind, "ok", `${read.name}: ${base.kind}`);
  if (base.kind !== "ok") return "no trade";
  const mid = (base.minVariance.vol + base.frontier.at(-1)!.vol) / 2;
  const a = advise({ ...common, objective, targetVol: mid });
  if (a.kind !== "ok") return "no trade";
  const label = `${read.name} ${objective}`;
  const w = a.suggestion.weights;
  assert.ok(Math.abs(w.reduce((s, x) => s + x, 0) - 1) < 1e-9, `${label}: weights add up`);
  a.sleeve.assets.forEach((s, i) => {
    const gavWeight = (w[i] * Number(a.sleeve.value)) / Number(a.sleeve.gav);
    assert.ok(w[i] >= 0, `${label}: ${s.token} ≥ 0`);
    if (s.tradable)
      assert.ok(
        gavWeight * 10_000 <= s.guideline.maxWeightBps + 1e-6,
        `${label}: ${s.token} at ${gavWeight} within ${s.guideline.maxWeightBps} bps`,
      );
    if (s.tradable && !s.guideline.allowed) assert.equal(w[i], 0, `${label}: ${s.token} not allowed`);
  });
  const plan = planSwaps(
    read.raw,
    a.sleeve,
    guidelines,
    { maxLpBps: read.maxLpBps, maxSlippageBps: read.raw.maxSlippageBps, minCashBps: read.raw.minCashBps },
    toWad(w),
    { slippageBps: 100n, dustBps: 10n },
  );
  assert.ok(
    plan.ok,
    `${label}: ${plan.ok ? "" : JSON.stringify(plan.breach, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`,
  );
  if (!plan.ok || plan.swaps.length === 0) return "no trade";

  // The manager (for governed funds, the timelock) executes the swaps in order.
  const tokens = read.raw.assets.map((x) => x.token);
  const roundsAtRead = await latestRounds(fund, tokens, read.block);
  const snapshot = await rpc("evm_snapshot");
  try {
    await rpc("hardhat_impersonateAccount", [read.manager]);
    await rpc("hardhat_setBalance", [read.manager, `0x${parseEther("10").toString(16)}`]);
    const pairs = plan.swaps.map((s) => s.pair as Address);
    if (await moved(fund, tokens, pairs, roundsAtRead, read.block)) return "prices moved";
    for (const s of plan.swaps) {
      // A keeper's arbitrage mined between the check above and this swap moves the pool past
      // the plan's minimum output; that revert is the keeper's doing, not the plan's.
      let hash: `0x${string}`;
      try {
        hash = await wallet.writeContract({
          account: read.manager as Address,
          chain,
          address: fund,
          abi: fundAbi,
          functionName: "swap",
          args: [s.pair, s.tokenIn, s.amountIn, s.minOut],
        });
      } catch (error) {
        if (await othersActed(read.block, read.manager as Address)) return "prices moved";
        throw error;
      }
      const receipt = await client.waitForTransactionReceipt({ hash });
      assert.equal(receipt.status, "success", `${label}: swap of ${s.tokenIn}`);
    }
    // The guidelines' weights: look-through, half of each LP position towards each of its tokens.
    const exposure = await client.readContract({ address: fund, abi: fundAbi, functionName: "exposureWeights" });
    if ((await latestRounds(fund, tokens)).some((c, i) => c !== roundsAtRead[i])) return "prices moved";
    const onChain = exposure.slice(0, read.raw.assets.length);
    assert.deepEqual(onChain, plan.afterBps.slice(0, read.raw.assets.length), `${label}: weights after the swaps`);
    return "executed";
  } finally {
    await rpc("hardhat_stopImpersonatingAccount", [read.manager]);
    assert.equal(await rpc("evm_revert", [snapshot]), true);
  }
}
