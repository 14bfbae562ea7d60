// Runs every test suite, echoes their output, and ends with one line that totals them all:
// "N passed, N failed". Exits non-zero when any suite fails or a runner crashes.
// The suites that need the seeded local world start it (scripts/dev.mjs) on a chain of their
// own and stop it afterwards (both chains, 31337 and 31338); a chain already answering on either
// port (8545, 8555) is refused rather than reused, so results never depend on state left by
// someone else.
import { spawn } from "node:child_process";

const PORT = Number(process.env.EVERGREEN_RPC_PORT ?? 8545);
const RPC = `http://127.0.0.1:${PORT}`;
const RPC_2 = `http://127.0.0.1:${process.env.EVERGREEN_RPC_PORT_2 ?? PORT + 10}`;

const counts = {
  mocha: (out) => ({ passed: sum(out, /^\s*(\d+) passing/gm), failed: sum(out, /^\s*(\d+) failing/gm) }),
  tap: (out) => ({
    passed: sum(out, /^# pass (\d+)/gm),
    failed: sum(out, /^# fail (\d+)/gm) + sum(out, /^# cancelled (\d+)/gm),
  }),
  vitest: (out) => ({
    passed: sum(out, /^\s*Tests\s+(?:\d+ failed \| )?(\d+) passed/gm),
    failed: sum(out, /^\s*Tests\s+(\d+) failed/gm),
  }),
  playwright: (out) => ({
    passed: sum(out, /^\s*(\d+) passed/gm),
    failed: sum(out, /^\s*(\d+) failed/gm) + sum(out, /^\s*(\d+) flaky/gm),
  }),
};

const suites = [
  // Production sources first: solc-js runs out of memory compiling them together with the tests.
  { name: "contracts build", cmd: ["npx", "hardhat", "build", "--no-tests"], build: true },
  { name: "scripts and tests types", cmd: ["npx", "tsc", "-p", "tsconfig.json"], build: true },
  { name: "lint, format and layers", cmd: ["npm", "run", "lint"], build: true },
  { name: "contracts (Solidity)", cmd: ["npx", "hardhat", "test", "solidity"], parse: counts.mocha },
  { name: "contracts (TypeScript)", cmd: ["npx", "hardhat", "test", "nodejs", "--no-compile"], parse: counts.mocha },
  { name: "app types", cmd: ["npx", "tsc", "-p", "tsconfig.app.json"], build: true },
  { name: "app build", cmd: ["npx", "vite", "build"], build: true },
  { name: "app (Vitest)", cmd: ["npx", "vitest", "run"], parse: counts.vitest },
  {
    name: "seeded world (live chain)",
    cmd: ["node", "--test", "contracts/live/*.test.ts"],
    parse: counts.tap,
    world: true,
  },
  {
    name: "app end to end (Playwright, Chromium)",
    cmd: ["npx", "playwright", "test"],
    parse: counts.playwright,
    world: true,
  },
];

function sum(out, re) {
  return [...out.matchAll(re)].reduce((s, m) => s + Number(m[1]), 0);
}

function run(cmd, { echo = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", VITE_RPC_URL: RPC, VITE_RPC_URLS_31338: RPC_2 },
    });
    let out = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        out += chunk;
        if (echo) process.stdout.write(chunk);
      });
    }
    child.on("close", (code) => resolve({ code, out }));
  });
}

async function chainAnswers(rpc) {
  try {
    const res = await fetch(rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}',
    });
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts the local world and resolves once it is seeded; rejects if it cannot start. */
function startWorld() {
  return new Promise((resolve, reject) => {
    // The keeper keeps prices fresh; the e2e suite starts its own dev server.
    const child = spawn("node", ["scripts/dev.mjs", "--no-app"], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    const onData = (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
      if (out.includes("The local world is up.")) resolve(child);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => reject(new Error(`the local world exited with code ${code} before it was up`)));
  });
}

let passed = 0;
let failed = 0;
let world = null;
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===\n`);
  if (suite.world && !world) {
    const taken = [];
    for (const rpc of [RPC, RPC_2]) if (await chainAnswers(rpc)) taken.push(rpc);
    if (taken.length > 0) {
      console.log(
        `A chain already answers at ${taken.join(" and ")}; stop it so the tests can start a world of their own.`,
      );
      failed++;
      break;
    }
    try {
      world = await startWorld();
    } catch (e) {
      console.log(e.message);
      failed++;
      break;
    }
  }
  const { code, out } = await run(suite.cmd);
  if (suite.build) {
    if (code !== 0) {
      failed++;
      break;
    }
    continue;
  }
  const r = suite.parse(out);
  // A runner that crashed before reporting counts as one failure, so it cannot pass unseen.
  if (code !== 0 && r.failed === 0) r.failed = 1;
  console.log(`\n--- ${suite.name}: ${r.passed} passed, ${r.failed} failed`);
  passed += r.passed;
  failed += r.failed;
}
if (world) process.kill(-world.pid, "SIGTERM");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
