// Starts the local world: a Hardhat node on 127.0.0.1:8545 (chain 31337) whose clock starts a
// year back, the contracts, a year of seeded history that ends now, the keeper and the dApp's
// dev server. If a node already answers on 8545 it is used as it is. Ctrl-C stops everything
// this started. Flags: --chain-only, --no-keeper, --no-app.
import { spawn } from "node:child_process";
import { toHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";

// Ports can be moved so that several worlds run side by side (e.g. one per test run).
const PORT = Number(process.env.EVERGREEN_RPC_PORT ?? 8545);
const APP_PORT = Number(process.env.EVERGREEN_APP_PORT ?? 5173);
const RPC = `http://127.0.0.1:${PORT}`;
process.chdir(new URL("..", import.meta.url).pathname); // the binaries below are the project's
const env = { ...process.env, EVERGREEN_LOCAL_RPC: RPC, VITE_RPC_URL: RPC };
const YEAR_AND_A_DAY = 366 * 86_400;
const children = [];
const MULTICALL3 = "0xcA11bde05977b3631167028862bE2a173976CA11"; // placed by the deploy step

async function rpc(method, params = []) {
  const res = await fetch(RPC, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return (await res.json()).result;
}

async function chainAnswers() {
  try {
    return (await rpc("eth_chainId")) !== undefined;
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

const answering = await chainAnswers();
const seeded = answering && (await rpc("eth_getCode", [MULTICALL3, "latest"])) !== "0x";
if (answering) {
  console.log(`A chain already answers at ${RPC}${seeded ? " with the world on it" : ""}.`);
} else {
  const genesis = Math.floor(Date.now() / 1000) - YEAR_AND_A_DAY;
  start(["node", "--network", "localWorld", "--hostname", "127.0.0.1", "--port", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, EVERGREEN_GENESIS: String(genesis) },
  });
  for (let i = 0; !(await chainAnswers()); i++) {
    if (i > 120) throw new Error(`The Hardhat node did not answer at ${RPC} within 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`Hardhat node answering at ${RPC} (chain 31337), its clock a year back.`);
}
if (process.argv.includes("--chain-only")) {
  console.log("Chain only: deploy with `npm run deploy`, seed with `npm run seed`. Ctrl-C stops it.");
  await new Promise(() => {});
}
if (!seeded) {
  // The contracts alone: solc-js runs out of memory compiling them together with the tests.
  await step(["build", "--no-tests"]);
  await step(["run", "--no-compile", "contracts/scripts/deploy.ts", "--network", "localhost"]);
  await step(["run", "--no-compile", "contracts/scripts/seed.ts", "--network", "localhost"]);
}
if (!process.argv.includes("--no-keeper"))
  start(["run", "--no-compile", "contracts/scripts/keeper.ts", "--network", "localhost"]);
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
console.log(`
The local world is up.
  dApp:     ${app ? `http://127.0.0.1:${APP_PORT}` : "not started (--no-app)"}
  RPC:      ${RPC}   chain id 31337
  MetaMask: Settings → Networks → Add a network manually: name "Evergreen Local",
            RPC URL ${RPC}, chain id 31337, currency symbol ETH.
            Then Import account with a private key:
              #1, an investor:                      ${devKey(1)}
              #9, the largest manager-token holder: ${devKey(9)}
            These are Hardhat's public dev keys: never send real funds to them. After a
            restart of the world, clear MetaMask's activity data for the account (nonces).
Press Ctrl-C to stop.`);
