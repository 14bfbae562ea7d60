// Checks the seeded local world on the running chain (started by `scripts/run.sh dev`):
// the invariants the dApp and its tests rely on.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import {
  createPublicClient,
  defineChain,
  getAbiItem,
  getAddress,
  http,
  parseAbiItem,
  toEventSelector,
  zeroAddress,
  type AbiEvent,
  type Address,
} from "viem";
import { deployment } from "../../src/chain/deployments/31337.ts";
import { abis } from "../../src/chain/deployments/abis.ts";
import { walkFeedRounds } from "../../src/chain/feedWalk.ts";

const url = process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
const chain = defineChain({
  id: 31337,
  name: "local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [url] } },
  contracts: { multicall3: { address: deployment.contracts.Multicall3.address } },
});
const client = createPublicClient({ chain, transport: http(url) });
const abi = (name: keyof typeof abis) => abis[name];
const read = (
  address: Address,
  name: keyof typeof abis,
  functionName: string,
  args: unknown[] = [],
  blockNumber?: bigint,
) =>
  client.readContract({ address, abi: abi(name) as never, functionName, args, blockNumber } as never) as Promise<any>;

const ProposalState = ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"];
const DealState = ["Pending", "Active", "Exercised", "Expired"];
let funds: any[] = [];

describe("the seeded local world", () => {
  before(async () => {
    funds = await read(deployment.contracts.FundFactory.address, "FundFactory", "allFunds");
  });

  it("has at least six funds of every decision mechanism and several denominations", async () => {
    assert.ok(funds.length >= 6, `${funds.length} funds`);
    const mechanisms = new Set<number>();
    const assets = new Set<string>();
    for (const f of funds) {
      mechanisms.add(Number(await read(f.fund, "Fund", "mechanism")));
      assets.add(getAddress(await read(f.fund, "Fund", "asset")));
    }
    assert.deepEqual([...mechanisms].sort(), [0, 1, 2, 3]); // governance, institution, algorithm, committee
    assert.ok(assets.size >= 3, `${assets.size} denominations`);
  });

  it("ends its history now: the last block is within a minute of the wall clock", async () => {
    const block = await client.getBlock();
    const drift = Math.abs(Number(block.timestamp) - Date.now() / 1000);
    assert.ok(drift < 60, `last block ${drift.toFixed(0)} s from now`);
  });

  it("has a year of daily prices across a phase change and no stale feed", async () => {
    for (const f of funds) assert.equal(await read(f.fund, "Fund", "pricesFresh"), true, `fund ${f.fund}`);
    const feed = deployment.contracts.WETHUsdFeed.address;
    assert.equal(await read(feed, "FeedProxy", "phaseId"), 2, "the seed put a second aggregator behind the proxy");
    const rounds = await walkFeedRounds(client, feed, { since: 0n, firstStep: 1_000n });
    assert.ok(rounds.length >= 365, `${rounds.length} WETH rounds`);
  });

  it("has proposals in every state", async () => {
    const seen = new Set<string>();
    for (const f of funds) {
      const logs = await client.getLogs({
        address: f.governor,
        event: getAbiItem({ abi: abis.FundGovernor, name: "ProposalCreated" }),
        fromBlock: 0n,
      });
      for (const log of logs)
        seen.add(ProposalState[Number(await read(f.governor, "FundGovernor", "state", [log.args.proposalId]))]);
    }
    for (const s of ["Pending", "Active", "Defeated", "Succeeded", "Queued", "Executed"])
      assert.ok(seen.has(s), `no ${s} proposal (saw ${[...seen]})`);
  });

  it("has VAM deals in every state, one of them exercisable now, the settled ones claimed by both sides", async () => {
    // Every deal a project escrowed into: funds drop a deal from their registry once they claimed their leg.
    const escrowed = await client.getLogs({
      event: parseAbiItem("event Escrowed(address indexed party, uint256 amount)"),
      fromBlock: 0n,
    });
    const seen = new Set<string>();
    let exercisable = 0;
    for (const d of new Set(escrowed.map((l) => getAddress(l.address)))) {
      const state = DealState[Number(await read(d, "VamDeal", "state"))];
      seen.add(state === "Pending" && (await read(d, "VamDeal", "lapsed")) ? "Lapsed" : state);
      if (await read(d, "VamDeal", "exercisable")) exercisable++;
      if (state === "Exercised" || state === "Expired") {
        assert.equal(await read(d, "VamDeal", "fundClaimed"), true, `the fund's leg of ${d} is claimed`);
        assert.deepEqual(
          await read(d, "VamDeal", "claimable", [await read(d, "VamDeal", "project")]),
          [0n, 0n],
          `the project's legs of ${d} are claimed`,
        );
      }
    }
    for (const s of ["Pending", "Lapsed", "Active", "Exercised", "Expired"])
      assert.ok(seen.has(s), `no ${s} deal (saw ${[...seen]})`);
    assert.ok(exercisable >= 1, "no exercisable deal");
  });

  it("has contribution rewards in every category and fee claims", async () => {
    const categories = new Set<number>();
    let claims = 0;
    // An investor-governed fund has no manager token, so no rewards and no splitter.
    for (const f of funds.filter((x) => x.contributionRewards !== zeroAddress)) {
      for (const a of await read(f.contributionRewards, "ContributionRewards", "allAwards"))
        categories.add(Number(a.category));
      claims += (
        await client.getLogs({
          address: f.feeSplitter,
          event: parseAbiItem("event FeesClaimed(address indexed account, uint256 shares)"),
          fromBlock: 0n,
        })
      ).length;
    }
    assert.equal(categories.size, 8, `categories ${[...categories]}`);
    assert.ok(claims > 0, "no fee claim");
  });

  it("has a strategy statement for every fund, each first stated by its creator before any shares existed", async () => {
    const registry = deployment.contracts.StrategyRegistry.address;
    const stated = await client.getContractEvents({
      address: registry,
      abi: abis.StrategyRegistry,
      eventName: "StrategyStated",
      fromBlock: BigInt(deployment.deployedOnBlock),
    });
    for (const f of funds) {
      const [text, , , version] = await read(registry, "StrategyRegistry", "statementOf", [f.fund]);
      assert.ok(version >= 1 && text.length > 0, `${f.fund} has no statement`);
      const first = stated.find((e) => getAddress(e.args.fund!) === getAddress(f.fund) && e.args.version === 1)!;
      const creator = await read(deployment.contracts.FundFactory.address, "FundFactory", "creatorOf", [f.fund]);
      assert.equal(getAddress(first.args.author!), getAddress(creator));
      const supply = await read(f.fund, "Fund", "totalSupply", [], first.blockNumber);
      assert.equal(supply, 0n, "stated before the first deposit");
    }
    // Governance restated one: its timelock is the author of version 2.
    assert.ok(
      stated.some(
        (e) => e.args.version === 2 && funds.some((f) => getAddress(f.timelock) === getAddress(e.args.author!)),
      ),
    );
  });

  it("has LP positions, and pools for an investor token and a manager token", async () => {
    let lpPositions = 0;
    for (const f of funds) {
      const [holdings] = await read(f.fund, "Fund", "holdings");
      lpPositions += holdings.filter((h: any) => h.kind === 1 && h.balance > 0n).length;
    }
    assert.ok(lpPositions >= 1, "no LP position");
    const pairs: Address[] = await read(deployment.contracts.AmmFactory.address, "AmmFactory", "allPairs");
    const tokens = new Set<string>();
    for (const p of pairs) {
      tokens.add(getAddress(await read(p, "AmmPair", "token0")));
      tokens.add(getAddress(await read(p, "AmmPair", "token1")));
    }
    assert.ok(
      funds.some((f) => tokens.has(getAddress(f.fund))),
      "no pool for an investor token",
    );
    assert.ok(
      funds.some((f) => tokens.has(getAddress(f.managerToken))),
      "no pool for a manager token",
    );
  });

  it("has a splitter in buyback mode by an executed proposal, its pool below the waiting shares' value, and burnt buybacks", async () => {
    const splitterEvent = (name: "RevenueModeSet" | "ManagerTokensBoughtBack") =>
      getAbiItem({ abi: abis.FeeSplitter, name }) as AbiEvent;
    let found = false;
    for (const f of funds.filter((x) => x.feeSplitter !== zeroAddress)) {
      if (!(await read(f.feeSplitter, "FeeSplitter", "buybackMode"))) continue;
      found = true;
      const pair = getAddress(await read(f.feeSplitter, "FeeSplitter", "buybackPair"));
      // Switched by its governance: the timelock executed the call.
      const [set]: any[] = await client.getLogs({
        address: f.feeSplitter,
        event: splitterEvent("RevenueModeSet"),
        fromBlock: 0n,
      });
      const tx = await client.getTransactionReceipt({ hash: set.transactionHash });
      const executed = getAbiItem({ abi: abis.FundGovernor, name: "ProposalExecuted" });
      assert.ok(
        tx.logs.some(
          (l) => getAddress(l.address) === getAddress(f.governor) && l.topics[0] === toEventSelector(executed),
        ),
        "the revenue mode was set by an executed proposal",
      );
      assert.equal(await read(f.feeSplitter, "FeeSplitter", "isExcluded", [pair]), true, "the pool earns no fees");
      // The pool prices the manager token below the waiting shares over all manager tokens.
      const [pending, supply, token0, [r0, r1]] = await Promise.all([
        read(f.feeSplitter, "FeeSplitter", "buybackShares"),
        read(f.managerToken, "ManagerToken", "totalSupply"),
        read(pair, "AmmPair", "token0"),
        read(pair, "AmmPair", "getReserves"),
      ]);
      const [tokens, shares] = getAddress(token0) === getAddress(f.managerToken) ? [r0, r1] : [r1, r0];
      assert.ok(pending > 0n, "fee shares wait for a buyback");
      assert.ok(shares * supply < tokens * pending, "the manager token trades below the waiting shares' value");
      // Buybacks happened, below the bound, and burnt what they bought.
      const bought: any[] = await client.getLogs({
        address: f.feeSplitter,
        event: splitterEvent("ManagerTokensBoughtBack"),
        fromBlock: 0n,
      });
      assert.ok(bought.length >= 1, "no manager-token buyback");
      const burnt = await client.getLogs({
        address: f.managerToken,
        event: parseAbiItem("event Transfer(address indexed from, address indexed to, uint256 value)"),
        args: { from: f.feeSplitter, to: zeroAddress },
        fromBlock: 0n,
      });
      for (const b of bought) {
        assert.equal(getAddress(b.args.pair), pair);
        assert.ok(
          burnt.some((t) => t.transactionHash === b.transactionHash && t.args.value === b.args.tokens),
          `the tokens of buyback ${b.transactionHash} were burnt`,
        );
      }
      const sold = bought.reduce((s, b) => s + b.args.shares, 0n);
      assert.equal(await read(f.feeSplitter, "FeeSplitter", "totalSold"), sold);
    }
    assert.ok(found, "no fee splitter in buyback mode");
  });

  it("has picks of at least five KOLs over the year, one on a deal, several followed by a fund's trade", async () => {
    const registry = deployment.contracts.PickRegistry.address;
    const count: bigint = await read(registry, "PickRegistry", "pickCount");
    const picks: any[] = await read(registry, "PickRegistry", "picks", [0n, count]);
    const authors = new Set(picks.map((p) => getAddress(p.author)));
    assert.ok(authors.size >= 5, `${authors.size} KOLs`);
    assert.ok(
      picks.some((p) => p.kind === 1),
      "no pick on a deal",
    );
    const span = Number(picks.at(-1).publishedAt - picks[0].publishedAt) / 86_400;
    assert.ok(span > 300, `picks span ${span} days`);
    // Followed: a fund bought (long) or sold (short) the asset within 30 days of the pick.
    const swapped = getAbiItem({ abi: abis.Fund, name: "Swapped" });
    const logs = await client.getLogs({ address: funds.map((f) => f.fund), event: swapped, fromBlock: 0n });
    let followed = 0;
    for (const p of picks.filter((x) => x.kind === 0)) {
      for (const l of logs as any[]) {
        const token = p.direction === 0 ? l.args.tokenOut : l.args.tokenIn;
        if (getAddress(token) !== getAddress(p.subject)) continue;
        const t = (await client.getBlock({ blockNumber: l.blockNumber })).timestamp;
        if (t >= p.publishedAt && t <= p.publishedAt + 30n * 86_400n) {
          followed++;
          break;
        }
      }
    }
    assert.ok(followed >= 3, `${followed} picks followed by a trade`);
  });
});
