// Rehearses `npm run deploy:remote` on a local node that answers as Sepolia (chain id 11155111)
// and holds, like Sepolia, tokens and Chainlink-shaped feeds of its own: a config that does not
// match the chain is refused before any gas is spent; a matching one deploys, writes the chain's
// module (into a temporary folder), and a fund is created from that module's addresses alone.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  getAddress,
  http,
  maxUint256,
  parseUnits,
  type Abi,
  type Address,
  type Hex,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";

const PORT = Number(process.env.EVERGREEN_REHEARSAL_PORT ?? 8565);
const url = `http://127.0.0.1:${PORT}`;
// Hardhat's public dev key #0: never holds anything real.
const DEV_KEY: Hex = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const MULTICALL3: Address = "0xcA11bde05977b3631167028862bE2a173976CA11";
const chain = defineChain({
  id: 11155111,
  name: "Sepolia rehearsal",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [url] } },
});
const client = createPublicClient({ chain, transport: http(url) });
const wallet = createWalletClient({ chain, transport: http(url), account: privateKeyToAccount(DEV_KEY) });
const artifact = (path: string) =>
  JSON.parse(readFileSync(`contracts/artifacts/contracts/src/${path}`, "utf8")) as {
    abi: Abi;
    bytecode: Hex;
    deployedBytecode: Hex;
  };

let node: ChildProcess;
const dir = mkdtempSync(join(tmpdir(), "evergreen-rehearsal-"));

async function answers() {
  try {
    return (await client.getChainId()) === 11155111;
  } catch {
    return false;
  }
}

async function deployed(path: string, args: unknown[]): Promise<Address> {
  const a = artifact(path);
  const hash = await wallet.deployContract({ abi: a.abi, bytecode: a.bytecode, args });
  return getAddress((await client.waitForTransactionReceipt({ hash })).contractAddress!);
}

/** Runs the deploy script as `npm run deploy:remote` does, with `config`; its exit code and output. */
function deployRemote(config: object): Promise<{ code: number | null; out: string }> {
  const file = join(dir, `config-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(config));
  const env = {
    ...process.env,
    EVERGREEN_RPC_URL: url,
    EVERGREEN_DEPLOYER_KEY: DEV_KEY,
    EVERGREEN_NETWORK_CONFIG: file,
    EVERGREEN_DEPLOYMENTS_DIR: dir,
  };
  const p = spawn(
    "node_modules/.bin/hardhat",
    ["run", "--no-compile", "contracts/scripts/deploy.ts", "--network", "remote"],
    { env },
  );
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  p.stderr.on("data", (d) => (out += d));
  return new Promise((resolve) => p.on("exit", (code) => resolve({ code, out })));
}

const tokens: Record<string, Address> = {};
const feeds: Record<string, Address> = {};

before(async () => {
  assert.equal(await answers(), false, `something already answers at ${url}`);
  node = spawn(
    "node_modules/.bin/hardhat",
    ["node", "--network", "rehearsal", "--hostname", "127.0.0.1", "--port", String(PORT)],
    { stdio: "ignore", detached: true },
  );
  for (let i = 0; !(await answers()); i++) {
    assert.ok(i < 240, "the rehearsal node did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  // What Sepolia already has: Multicall3 at its canonical address, tokens, USD feeds.
  await client.request({
    method: "hardhat_setCode",
    params: [MULTICALL3, artifact("periphery/Multicall3.sol/Multicall3.json").deployedBytecode],
  } as never);
  for (const [symbol, decimals, usd] of [
    ["USDC", 6, "1"],
    ["WETH", 18, "3000"],
  ] as const) {
    tokens[symbol] = await deployed("mocks/MockERC20.sol/MockERC20.json", [symbol, symbol, decimals]);
    // As on Sepolia: a Chainlink-shaped proxy in front of an aggregator.
    const aggregator = await deployed("mocks/LocalAggregator.sol/LocalAggregator.json", [
      8,
      `${symbol} / USD`,
      wallet.account.address,
    ]);
    const abi = artifact("mocks/LocalAggregator.sol/LocalAggregator.json").abi;
    await client.waitForTransactionReceipt({
      hash: await wallet.writeContract({
        address: aggregator,
        abi,
        functionName: "pushAnswer",
        args: [parseUnits(usd, 8)],
      }),
    });
    feeds[symbol] = await deployed("oracles/FeedProxy.sol/FeedProxy.json", [aggregator, wallet.account.address]);
  }
});

after(() => {
  if (node?.pid) process.kill(-node.pid, "SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

const config = () => ({
  name: "Sepolia rehearsal",
  chainId: 11155111,
  assets: [
    { symbol: "USDC", token: tokens.USDC, feed: feeds.USDC, heartbeat: 86400 },
    { symbol: "WETH", token: tokens.WETH, feed: feeds.WETH, heartbeat: 3600 },
  ],
});

describe("deploy:remote, rehearsed on a node configured as Sepolia", () => {
  it("refuses a config that does not match the chain, before any gas is spent", async () => {
    const nonce = await client.getTransactionCount({ address: wallet.account.address });
    const wrong = config();
    wrong.assets[1].feed = tokens.WETH; // a token where the feed should be
    const run = await deployRemote(wrong);
    assert.notEqual(run.code, 0);
    assert.match(run.out, /WETH: 0x[0-9a-fA-F]{40} is not a price feed on this chain/);
    assert.equal(await client.getTransactionCount({ address: wallet.account.address }), nonce);
    const otherChain = await deployRemote({ ...config(), chainId: 1 });
    assert.match(otherChain.out, /the config is for 1, the RPC serves 11155111/);
  });

  it("deploys, records the chain's tokens and feeds, and a fund is created from the module alone", async () => {
    const run = await deployRemote(config());
    assert.equal(run.code, 0, run.out);
    const { deployment } = (await import(join(dir, "11155111.ts"))) as {
      deployment: {
        chainId: number;
        contracts: Record<string, { address: Address; artifact: string }>;
      };
    };
    const { abis } = (await import(join(dir, "abis.ts"))) as { abis: Record<string, Abi> };
    assert.equal(deployment.chainId, 11155111);
    const c = deployment.contracts;
    assert.equal(c.USDC.address, tokens.USDC);
    assert.equal(c.WETHUsdFeed.address, feeds.WETH);
    assert.equal(c.Multicall3.address, MULTICALL3);
    for (const label of [
      "FundFactory",
      "FundLens",
      "FundRouter",
      "EthDepositGateway",
      "StrategyRegistry",
      "DealLens",
      "FundCode0",
      "FundCode1",
      "AmmFactory",
    ])
      assert.ok(c[label], label);
    assert.equal(c.LocalAggregator, undefined, "no mocks are deployed on a real network");

    const factory = { address: c.FundFactory.address, abi: abis.FundFactory };
    const fund = {
      name: "Rehearsal Fund",
      symbol: "egREH",
      asset: c.USDC.address,
      assetFeed: c.USDCUsdFeed.address,
      assetHeartbeat: 86400,
      assets: [{ token: c.WETH.address, feed: c.WETHUsdFeed.address, heartbeat: 3600, maxWeightBps: 5000 }],
      maxLpBps: 0,
      managementBps: 100,
      performanceBps: 1000,
      hurdleBps: 0,
      entryBps: 0,
      exitBps: 0,
      manager: wallet.account.address,
      mechanism: 1,
      owner: wallet.account.address,
    };
    const governance = {
      tokenName: "Rehearsal Manager",
      tokenSymbol: "mREH",
      holders: [wallet.account.address],
      amounts: [parseUnits("1000000", 18)],
      votingDelay: 86400,
      votingPeriod: 4 * 86400,
      proposalThreshold: 0n,
      quorumPercent: 4n,
      timelockDelay: 2n * 86400n,
      rewardsCap: maxUint256,
    };
    const hash = await wallet.writeContract({
      ...factory,
      functionName: "createFund",
      args: [fund, governance],
    } as never);
    assert.equal((await client.waitForTransactionReceipt({ hash })).status, "success");
    const sets = (await client.readContract({ ...factory, functionName: "allFunds" })) as { fund: Address }[];
    assert.equal(sets.length, 1);
    const fundAbi = abis.Fund;
    assert.equal(
      await client.readContract({ address: sets[0].fund, abi: fundAbi, functionName: "asset" }),
      tokens.USDC,
    );
    assert.equal(await client.readContract({ address: sets[0].fund, abi: fundAbi, functionName: "totalAssets" }), 0n);
  });

  it("on an L2 with a sequencer-uptime feed, records a guard in front of each Chainlink feed", async () => {
    const uptime = await deployed("mocks/MockSequencerUptime.sol/MockSequencerUptime.json", []);
    const run = await deployRemote({ ...config(), sequencerUptimeFeed: uptime, sequencerGracePeriod: 1800 });
    assert.equal(run.code, 0, run.out);
    const { deployment } = (await import(`${join(dir, "11155111.ts")}?l2`)) as {
      deployment: { contracts: Record<string, { address: Address; artifact: string }> };
    };
    const { abis } = (await import(`${join(dir, "abis.ts")}?l2`)) as { abis: Record<string, Abi> };
    const c = deployment.contracts;
    assert.equal(c.SequencerUptimeFeed.address, uptime);
    assert.equal(c.WETHUsdChainlink.address, feeds.WETH);
    assert.equal(c.WETHUsdFeed.artifact, "SequencerGuardedFeed");
    const guard = { address: c.WETHUsdFeed.address, abi: abis.SequencerGuardedFeed };
    assert.equal(await client.readContract({ ...guard, functionName: "feed" }), feeds.WETH);
    assert.equal(await client.readContract({ ...guard, functionName: "gracePeriod" }), 1800n);
    // The uptime feed has never reported: the guard refuses the price rather than pass it on.
    await assert.rejects(client.readContract({ ...guard, functionName: "latestRoundData" }), /SequencerStatusUnknown/);
  });
});
