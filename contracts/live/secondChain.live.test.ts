// Checks the second local chain (31338, contracts/scripts/seed-mainnet-like.ts) on the running
// world: its own funds, apart from the first chain's, and a year of history over mainnet's block
// count, with the feeds' phase change.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPublicClient, getAbiItem, http, type Address } from "viem";
import { deployment as first } from "../../src/chain/deployments/31337.ts";
import { deployment } from "../../src/chain/deployments/31338.ts";
import { abis } from "../../src/chain/deployments/abis.ts";

const url = process.env.VITE_RPC_URLS_31338?.split(",")[0] ?? "http://127.0.0.1:8555";
const client = createPublicClient({ transport: http(url) });
const firstClient = createPublicClient({ transport: http(process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545") });
const DAY = 86_400n;

async function fundNames(c: typeof client, factory: Address) {
  const sets = await c.readContract({ address: factory, abi: abis.FundFactory, functionName: "allFunds" });
  const names = [];
  for (const s of sets) names.push(await c.readContract({ address: s.fund, abi: abis.Fund, functionName: "name" }));
  return { sets, names };
}

describe("the second local chain", () => {
  let sets: readonly { fund: Address }[] = [];
  let names: string[] = [];
  before(async () => {
    ({ sets, names } = await fundNames(client, deployment.contracts.FundFactory.address));
  });

  it("is chain 31338", async () => {
    assert.equal(await client.getChainId(), 31338);
  });

  it("holds funds of its own, none named as the first chain's", async () => {
    assert.ok(names.length >= 3, `${names.length} funds`);
    const firstNames = (await fundNames(firstClient, first.contracts.FundFactory.address)).names;
    assert.ok(firstNames.length > 0, "the first chain has funds");
    const shared = names.filter((n) => firstNames.includes(n));
    assert.deepEqual(shared, [], "fund names found on both chains");
  });

  it("has a mainnet-like block count and its first fund's history spans the year", async () => {
    const head = await client.getBlockNumber();
    assert.ok(head >= 2_500_000n, `head block ${head}`);
    const logs = await client.getLogs({
      address: sets[0].fund,
      event: getAbiItem({ abi: abis.Fund, name: "NavRecorded" }),
      fromBlock: 0n,
      toBlock: head,
    });
    assert.ok(logs.length > 50, `${logs.length} NAV records`);
    const [from, to] = await Promise.all([
      client.getBlock({ blockNumber: logs[0].blockNumber }),
      client.getBlock({ blockNumber: logs[logs.length - 1].blockNumber }),
    ]);
    const days = (to.timestamp - from.timestamp) / DAY;
    assert.ok(days >= 360n, `NAV records over ${days} days`);
    // Blocks about 12 s apart, as on mainnet, not one block per seeded step.
    const perBlock = (to.timestamp - from.timestamp) / (to.number - from.number);
    assert.ok(perBlock >= 10n && perBlock <= 12n, `${perBlock} s per block`);
  });

  it("had a phase change in its price feeds", async () => {
    for (const symbol of ["USDC", "WETH", "WBTC"] as const) {
      const feed = deployment.contracts[`${symbol}UsdFeed`].address;
      const phase = await client.readContract({ address: feed, abi: abis.FeedProxy, functionName: "phaseId" });
      assert.equal(phase, 2, `${symbol} / USD phase`);
    }
  });

  it("has its creator's strategy statement for every fund", async () => {
    for (const s of sets) {
      const [text, author, , version] = await client.readContract({
        address: deployment.contracts.StrategyRegistry.address,
        abi: abis.StrategyRegistry,
        functionName: "statementOf",
        args: [s.fund],
      });
      const creator = await client.readContract({
        address: deployment.contracts.FundFactory.address,
        abi: abis.FundFactory,
        functionName: "creatorOf",
        args: [s.fund],
      });
      assert.ok(text.length > 0, `${s.fund} has no statement`);
      assert.deepEqual([author, version], [creator, 1]);
    }
  });
});
