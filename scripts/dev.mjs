// Starts the local world: two Hardhat nodes whose clocks start a year back, each with the
// contracts, a year of seeded history that ends now and a keeper, and the dApp's dev server.
// - chain 31337 on 127.0.0.1:8545 (EVERGREEN_RPC_PORT): eight funds of every kind, one block per
//   seeded step (contracts/scripts/seed.ts);
// - chain 31338 on the first port + 10 (EVERGREEN_RPC_PORT_2): three funds, its year spread over
//   mainnet's block count (contracts/scripts/seed-mainnet-like.ts).
// A node already answering on a port is used as it is. Ctrl-C stops everything this started.
// Flags: --chain-only, --no-keeper, --no-app.
import { spawn } from "node:child_process";
import { toHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";

// Ports can be moved so that several worlds run side by side (e.g. one per test run).
const PORT = Number(process.env.EVERGREEN_RPC_PORT ?? 8545);
const PORT_2 = Number(process.env.EVERGREEN_RPC_PORT_2 ?? PORT + 10);
const APP_PORT = Number(process.env.EVERGREEN_APP_PORT ?? 5173);
const url = (port) => `http://127.0.0.1:${port}`;
const CHAINS = [
  {
    id: 31337,
    name: "Evergreen Local",
    rpc: url(PORT),
    node: "localWorld",
    network: "localhost",
    seed: "contracts/scripts/seed.ts",
  },
  {
    id: 31338,
    name: "Evergreen Local Two",
    rpc: url(PORT_2),
    node: "localWorld2",
    network: "localhost2",
    seed: "contracts/scripts/seed-mainnet-like.ts",
  },
];
process.chdir(new URL("..", import.meta.url).pathname); // the binaries below are the project's
const env = {
  ...process.env,
  EVERGREEN_LOCAL_RPC: CHAINS[0].rpc,
  EVERGREEN_LOCAL_RPC_2: CHAINS[1].rpc,
  VITE_RPC_URL: CHAINS[0].rpc,
  VITE_RPC_URLS_31338: CHAINS[1].rpc,
};
const YEAR_AND_A_DAY = 366 * 86_400;
const children = [];
const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11"; // placed by the deploy step

async function rpc(rpcUrl, method, params = []) {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return (await res.json()).result;
}

async function chainAnswers(rpcUrl) {
  try {
    return (await rpc(rpcUrl, "eth_chainId")) !== undefined;
  } catch {
    return false;
  }
}

function start(args, opts = {}) {
  // Each child leads a process group of its own, so stopping it stops whatever it started too.
  const child = spawn("node_modules/.bin/hardhat", args, { stdio: "inherit", env, detached: true, ...opts });
  children.push(child);
  return child;
}

async function step(args) {
  const code = await new Promise((r) => start(args).on("close", r));
  if (code !== 0) {
    stopAll();
    process.exit(code ?? 1);
  }
}

function stopAll() {
  for (const c of children) {
    if (c.exitCode !== null) continue;
    try {
      process.kill(-c.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
process.on("SIGINT", () => {
  stopAll();
  process.exit(130);
});
process.on("SIGTERM", () => {
  stopAll();
  process.exit(143);
});

/** Reuses the node answering on the chain's port, or starts one whose clock is a year back. */
async function startNode(chain) {
  const port = new URL(chain.rpc).port;
  if (await chainAnswers(chain.rpc)) {
    const id = Number(await rpc(chain.rpc, "eth_chainId"));
    // Something else on the port (another chain, a proxy) would get this chain's contracts.
    if (id !== chain.id) throw new Error(`${chain.rpc} answers as chain ${id}, not ${chain.id}: free the port.`);
    chain.seeded = (await rpc(chain.rpc, "eth_getCode", [MULTICALL3, "latest"])) !== "0x";
    console.log(`A chain already answers at ${chain.rpc}${chain.seeded ? " with the world on it" : ""}.`);
    return;
  }
  const genesis = Math.floor(Date.now() / 1000) - YEAR_AND_A_DAY;
  start(["node", "--network", chain.node, "--hostname", "127.0.0.1", "--port", port], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, EVERGREEN_GENESIS: String(genesis) },
  });
  for (let i = 0; !(await chainAnswers(chain.rpc)); i++) {
    if (i > 120) throw new Error(`The Hardhat node did not answer at ${chain.rpc} within 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`Hardhat node answering at ${chain.rpc} (chain ${chain.id}), its clock a year back.`);
}

const started = Date.now();
try {
  await Promise.all(CHAINS.map(startNode));
} catch (e) {
  console.error(e.message);
  stopAll(); // the other chain's node, if this started it
  process.exit(1);
}
if (process.argv.includes("--chain-only")) {
  console.log(
    "Chain only: deploy with `npm run deploy`, seed with `npm run seed`; the second chain likewise with " +
      "`npx hardhat run` deploy.ts, then seed-mainnet-like.ts, `--network localhost2`. Ctrl-C stops it.",
  );
  await new Promise(() => {});
}
const unseeded = CHAINS.filter((c) => !c.seeded);
// The contracts alone: solc-js runs out of memory compiling them together with the tests.
if (unseeded.length > 0) await step(["build", "--no-tests"]);
// One chain after the other: both deploys write the shared ABI module, and the machine is small.
for (const chain of unseeded) {
  await step(["run", "--no-compile", "contracts/scripts/deploy.ts", "--network", chain.network]);
  await step(["run", "--no-compile", chain.seed, "--network", chain.network]);
}
if (!process.argv.includes("--no-keeper"))
  for (const chain of CHAINS) start(["run", "--no-compile", "contracts/scripts/keeper.ts", "--network", chain.network]);
const app = !process.argv.includes("--no-app");
if (app)
  children.push(
    spawn("node_modules/.bin/vite", ["--host", "127.0.0.1", "--port", String(APP_PORT), "--strictPort"], {
      stdio: "inherit",
      env,
      detached: true,
    }),
  );
if (children.length === 0) process.exit(0); // nothing left running here

// Hardhat's dev accounts come from its public test mnemonic; these keys guard nothing.
const devKey = (i) =>
  toHex(
    mnemonicToAccount("test test test test test test test test test test test junk", { addressIndex: i }).getHdKey()
      .privateKey,
  );
const chainLines = CHAINS.map((c) => `  RPC:      ${c.rpc}   chain id ${c.id}   ("${c.name}")`).join("\n");
const networkLines = CHAINS.map(
  (c) => `              name "${c.name}", RPC URL ${c.rpc}, chain id ${c.id}, currency symbol ETH;`,
).join("\n");
console.log(`
The local world is up.
  Took:     ${Math.round((Date.now() - started) / 1000)} s
  dApp:     ${app ? `http://127.0.0.1:${APP_PORT}` : "not started (--no-app)"}
${chainLines}
  MetaMask: Settings → Networks → Add a network manually, once for each chain:
${networkLines}
            Then Import account with a private key (the same accounts on both chains):
              #1, an investor:                      ${devKey(1)}
              #9, the largest manager-token holder: ${devKey(9)}
            These are Hardhat's public dev keys: never send real funds to them. After a
            restart of the world, clear MetaMask's activity data for the account (nonces).
Press Ctrl-C to stop.`);
