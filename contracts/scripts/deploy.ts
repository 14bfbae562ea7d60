// Deploys the Evergreen contracts to the network Hardhat is connected to and writes one typed
// module of addresses for that chain id, src/chain/deployments/<chainId>.ts, and the ABIs the
// dApp uses (the same whatever the chain): one module per artifact under
// src/chain/deployments/abis/, so that a page downloads only the ABIs it reads, each of their
// items as its own export under abis/items/ (for the start-up readers, which take only what they
// call), every custom error in abis/errors.ts, and src/chain/deployments/abis.ts, the whole table
// for scripts and tests.
//   npx hardhat run contracts/scripts/deploy.ts --network localhost
// On a local dev chain (31337, 31338) it also deploys the mock tokens and price feeds the local world uses;
// on any other chain it records the tokens and Chainlink feeds of the network's config
// (EVERGREEN_NETWORK_CONFIG, e.g. contracts/networks/sepolia.json), checked on chain first.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import hre from "hardhat";
import { parseUnits, type Abi, type Address } from "viem";
import { deployFundDeployer } from "../shared/fundDeployer.ts";
import { checkOnChain, parseNetworkConfig, type NetworkConfig } from "./networkConfig.ts";

const { viem } = await hre.network.create();
const publicClient = await viem.getPublicClient();
const [deployer] = await viem.getWalletClients();
const chainId = await publicClient.getChainId();
const startBlock = await publicClient.getBlockNumber();
const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11" as const;
const deployed: Record<string, { address: Address; artifact: string }> = {};
const outDir = process.env.EVERGREEN_DEPLOYMENTS_DIR ?? "src/chain/deployments";
const DEV_CHAINS = [31337, 31338];
const dev = DEV_CHAINS.includes(chainId);

// Another chain: its config is checked against the chain before anything is deployed, so that a
// wrong address costs no gas.
let network: NetworkConfig | undefined;
if (!dev) {
  const path = process.env.EVERGREEN_NETWORK_CONFIG;
  if (!path)
    throw new Error(
      `Chain ${chainId} needs EVERGREEN_NETWORK_CONFIG, a network config like contracts/networks/sepolia.json.`,
    );
  network = parseNetworkConfig(JSON.parse(await readFile(path, "utf8")), chainId);
  const problems = await checkOnChain(publicClient, network, MULTICALL3);
  if (problems.length) throw new Error(`${path} does not match chain ${chainId}:\n- ${problems.join("\n- ")}`);
  console.log(
    `${network.name}: ${network.assets.map((a) => a.symbol).join(", ")} with their Chainlink feeds, checked on chain.`,
  );
}

async function deploy(label: string, artifact: string, args: unknown[] = [], libraries?: Record<string, Address>) {
  // Artifacts are chosen at run time here, so the typed overloads cannot help.
  const c: any = await viem.deployContract(
    artifact as never,
    args as never,
    (libraries ? { libraries } : undefined) as never,
  );
  deployed[label] = { address: c.address, artifact };
  console.log(`${label.padEnd(22)} ${c.address}`);
  return c;
}

// The fund's linked libraries: its valuation, in-kind exit and bookkeeping (contract size limit).
const libraries: Record<string, Address> = {};
for (const lib of ["FundValuation", "FundExit", "FundAdmin"]) libraries[lib] = (await deploy(lib, lib)).address;
// The manager's trades check their result with the valuation, which is linked into them too.
libraries.FundOps = (await deploy("FundOps", "FundOps", [], { FundValuation: libraries.FundValuation })).address;
const fundDeployer = await deployFundDeployer(
  viem as never,
  (name) => hre.artifacts.readArtifact(name),
  libraries,
  (label, address) => {
    deployed[label] = { address, artifact: label === "FundDeployer" ? label : "CodeStore" };
    console.log(`${label.padEnd(22)} ${address}`);
  },
);
const governorDeployer = await deploy("GovernorDeployer", "GovernorDeployer");
const timelockDeployer = await deploy("TimelockDeployer", "TimelockDeployer");
const tokenDeployer = await deploy("TokenDeployer", "TokenDeployer");
const amm = await deploy("AmmFactory", "AmmFactory");
await deploy("FundFactory", "FundFactory", [
  fundDeployer.address,
  governorDeployer.address,
  timelockDeployer.address,
  tokenDeployer.address,
  amm.address,
]);
await deploy("FundLens", "FundLens");

if (dev) {
  // Multicall3 at its canonical address, so that clients batch reads as on public chains.
  const mc = await viem.deployContract("Multicall3");
  const code = await publicClient.getCode({ address: mc.address });
  await publicClient.request({ method: "hardhat_setCode" as never, params: [MULTICALL3, code] as never });
  deployed.Multicall3 = { address: MULTICALL3, artifact: "Multicall3" };

  // Mock assets with 8-decimal USD feeds, at round prices; the seed step moves them. Each feed is a
  // proxy in front of an aggregator, as Chainlink's are: funds hold the proxy's address, and the
  // seed later puts a new aggregator behind it (a phase change).
  const assets = [
    ["USDC", "USD Coin", 6, "1"],
    ["DAI", "Dai Stablecoin", 18, "1"],
    ["WETH", "Wrapped Ether", 18, "3000"],
    ["WBTC", "Wrapped BTC", 8, "60000"],
    ["UNI", "Uniswap", 18, "8"],
    ["AAVE", "Aave", 18, "150"],
    ["LINK", "Chainlink", 18, "15"],
  ] as const;
  for (const [symbol, name, decimals, usd] of assets) {
    // WETH wraps ether as WETH9 does (a mock token otherwise), so that ether can be deposited. The
    // app calls only its token functions: it is recorded with MockERC20's ABI, carried once.
    if (symbol === "WETH") {
      await deploy(symbol, "MockWETH");
      deployed.WETH.artifact = "MockERC20";
    } else await deploy(symbol, "MockERC20", [name, symbol, decimals]);
    const owner = deployer.account.address;
    const aggregator: any = await viem.deployContract("LocalAggregator", [8, `${symbol} / USD`, owner]);
    await aggregator.write.pushAnswer([parseUnits(usd, 8)]);
    await deploy(`${symbol}UsdFeed`, "FeedProxy", [aggregator.address, owner]);
  }
}

if (network) {
  // Not deployed here: the chain's own tokens, Chainlink proxies and Multicall3, recorded so
  // that the dApp reads them from the same module. On an L2 with a sequencer-uptime feed, each
  // price is read through a guard that refuses it while the sequencer is down or just back.
  deployed.Multicall3 = { address: MULTICALL3, artifact: "Multicall3" };
  const sequencer = network.sequencerUptimeFeed;
  if (sequencer) deployed.SequencerUptimeFeed = { address: sequencer, artifact: "AggregatorV3Interface" };
  for (const a of network.assets) {
    deployed[a.symbol] = { address: a.token, artifact: "IERC20Metadata" };
    if (sequencer) {
      deployed[`${a.symbol}UsdChainlink`] = { address: a.feed, artifact: "AggregatorV3Interface" };
      await deploy(`${a.symbol}UsdFeed`, "SequencerGuardedFeed", [
        a.feed,
        sequencer,
        BigInt(network.sequencerGracePeriod!),
      ]);
    } else {
      deployed[`${a.symbol}UsdFeed`] = { address: a.feed, artifact: "AggregatorV3Interface" };
    }
  }
}

// Deposits with an ERC-2612 permit into the factory's funds; last, so that the local world's
// other addresses stay where they were.
await deploy("FundRouter", "FundRouter", [deployed.FundFactory.address]);
// What a list of funds draws, packed (after the router, for the same reason).
await deploy("FundListLens", "FundListLens", [deployed.FundLens.address]);
// Deposits of native ether into the funds of the chain's WETH, where the chain has one (last too).
if (deployed.WETH) await deploy("EthDepositGateway", "EthDepositGateway", [deployed.WETH.address]);
// Each fund's strategy statement, by its creator before any shares or by governance (last too).
await deploy("StrategyRegistry", "StrategyRegistry", [deployed.FundFactory.address]);
// The deals of many funds as one account sees them, for the portfolio (last too).
await deploy("DealLens", "DealLens", [deployed.FundLens.address]);
await deploy("DistributionLens", "DistributionLens", []);
// KOL recommendations, judged by the feeds the factory's funds use (last too).
await deploy("PickRegistry", "PickRegistry", [deployed.FundFactory.address]);
// The accepted exchange rates of ERC-4626 vaults that funds hold: a rate counts once it held an hour.
await deploy("VaultRateGuard", "VaultRateGuard", [3_600n]);
if (dev) {
  // The local world's yield: a USDC savings vault, a WETH staking vault (both fed by the seed's
  // operator) and a lending market whose supply side is an ERC-4626 vault of USDC against WETH.
  const op = deployer.account.address;
  await deploy("SavingsUSDC", "YieldVault", [deployed.USDC.address, "Savings USDC", "svUSDC", op]);
  await deploy("StakedETH", "YieldVault", [deployed.WETH.address, "Staked Ether", "stETH", op]);
  const WAD = 10n ** 18n;
  await deploy("LendingMarket", "LendingMarket", [
    deployed.USDC.address,
    "Evergreen Lending USDC",
    "elUSDC",
    {
      collateral: deployed.WETH.address,
      loanFeed: deployed.USDCUsdFeed.address,
      collateralFeed: deployed.WETHUsdFeed.address,
      heartbeat: 26 * 3_600,
      ltvBps: 7_000,
      liquidationBps: 8_000,
      bonusBps: 500,
      baseRateWad: 0n,
      slope1Wad: (8n * WAD) / 100n,
      slope2Wad: WAD,
      kinkWad: (80n * WAD) / 100n,
    },
  ]);
}

// Every ABI the dApp may meet on any chain: what this script deploys in either mode, what fund
// sets and deals create, and Chainlink-shaped proxies and aggregators (also where not ours).
const APP_ARTIFACTS = [
  "FundValuation",
  "FundExit",
  "FundAdmin",
  "FundOps",
  "CodeStore",
  "FundDeployer",
  "GovernorDeployer",
  "TimelockDeployer",
  "TokenDeployer",
  "AmmFactory",
  "FundFactory",
  "FundLens",
  "FundListLens",
  "DealLens",
  "DistributionLens",
  "FundRouter",
  "EthDepositGateway",
  "StrategyRegistry",
  "PickRegistry",
  "Multicall3",
  "MockERC20",
  "IERC20Metadata",
  "AggregatorV3Interface",
  "SequencerGuardedFeed",
  "FeedProxy",
  "LocalAggregator",
  "Fund",
  "ShareLedger",
  "IVotesToken",
  "Distributor",
  "ManagerToken",
  "FeeSplitter",
  "FundGovernor",
  "TimelockController",
  "ContributionRewards",
  "VamDeal",
  "TvlOracle",
  "AmmPair",
  "FundCommittee",
  "VaultRateGuard",
  "YieldVault",
  "LendingMarket",
];
const abis: Record<string, Abi> = {};
for (const artifact of APP_ARTIFACTS) abis[artifact] = (await hre.artifacts.readArtifact(artifact)).abi as Abi;
const missing = Object.values(deployed).filter((d) => !(d.artifact in abis));
if (missing.length) throw new Error(`Add ${missing.map((d) => d.artifact).join(", ")} to APP_ARTIFACTS`);

const header = "// Generated by contracts/scripts/deploy.ts. Do not edit: deploy again instead.";
const module = (name: string, value: unknown) =>
  [header, `export const ${name} = ${JSON.stringify(value, null, 2)} as const;`, ""].join("\n");
const RESERVED = new Set(
  "arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield".split(
    " ",
  ),
);
/** A named ABI item's export: its name, or with its inputs' types after it when the name is overloaded. */
function itemExports(abi: Abi): Map<string, Abi[number]> {
  const named = abi.filter((item): item is Extract<Abi[number], { name: string }> => "name" in item);
  const count = (name: string) => named.filter((item) => item.name === name).length;
  const out = new Map<string, Abi[number]>();
  for (const item of named) {
    const types = item.inputs.map((input) => input.type.replace(/\W/g, (c) => (c === "[" ? "Array" : ""))).join("_");
    const id = count(item.name) > 1 ? `${item.name}_${types || "noInputs"}` : item.name;
    if (!/^[A-Za-z_$][\w$]*$/.test(id) || out.has(id) || RESERVED.has(id)) throw new Error(`ABI item export ${id}`);
    out.set(id, item);
  }
  return out;
}
const itemsModule = (artifact: string, abi: Abi) =>
  [
    header,
    `// Each named item of ${artifact}'s ABI, for a reader that composes its ABI from the items it uses;`,
    `// ../${artifact}.ts holds the whole array.`,
    ...[...itemExports(abi)].map(([id, item]) => `export const ${id} = ${JSON.stringify(item, null, 2)} as const;`),
    "",
  ].join("\n");
await mkdir(`${outDir}/abis`, { recursive: true });
/** The export name of an artifact's ABI: `FundListLens` → `fundListLensAbi`. */
const abiName = (artifact: string) => `${artifact[0].toLowerCase()}${artifact.slice(1)}Abi`;
// Solidity's `internalType` (the source's type names) means nothing to viem at run time; left out,
// the ABIs the pages load at start weigh about a fifth less.
const runtimeAbi = (abi: Abi) => JSON.parse(JSON.stringify(abi, (k, v) => (k === "internalType" ? undefined : v)));
for (const [artifact, abi] of Object.entries(abis))
  await writeFile(`${outDir}/abis/${artifact}.ts`, module(abiName(artifact), runtimeAbi(abi)));
// Each named item of each ABI on its own, in a module apart from the whole array: the bundler
// places a module in one chunk with every export any page uses, so the start-up readers, which
// compose their ABIs from the items they call, download only those while the pages loaded later
// keep the whole array.
await mkdir(`${outDir}/abis/items`, { recursive: true });
for (const [artifact, abi] of Object.entries(abis))
  await writeFile(`${outDir}/abis/items/${artifact}.ts`, itemsModule(artifact, runtimeAbi(abi)));
// Every custom error once (by signature), so that a revert from a nested call decodes as well as a direct one.
const errors = new Map<string, unknown>();
for (const abi of Object.values(abis))
  for (const item of abi)
    if (item.type === "error") errors.set(`${item.name}(${item.inputs.map((i) => i.type).join(",")})`, item);
await writeFile(`${outDir}/abis/errors.ts`, module("evergreenErrorAbi", runtimeAbi([...errors.values()] as Abi)));
await writeFile(
  `${outDir}/abis.ts`,
  [
    header,
    ...Object.keys(abis).map((a) => `import { ${abiName(a)} } from "./abis/${a}.ts";`),
    "",
    "/** Every ABI by artifact. The app imports the modules of abis/ instead: this table holds them all. */",
    `export const abis = {\n${Object.keys(abis)
      .map((a) => `  ${a}: ${abiName(a)},`)
      .join("\n")}\n} as const;`,
    "",
  ].join("\n"),
);
await writeFile(
  `${outDir}/${chainId}.ts`,
  module("deployment", {
    chainId,
    deployedOnBlock: Number(startBlock),
    contracts: Object.fromEntries(
      Object.entries(deployed).map(([label, { address, artifact }]) => [label, { address, artifact }]),
    ),
  }),
);
console.log(`\nWrote ${outDir}/${chainId}.ts, ${outDir}/abis.ts and ${outDir}/abis/`);
