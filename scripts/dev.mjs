// Starts the local world: a Hardhat node on 127.0.0.1:8545 (chain 31337) unless one already
// answers there, then deploys the contracts into it. Ctrl-C stops what this started.
import { spawn } from "node:child_process";

const RPC = "http://127.0.0.1:8545";
const children = [];

async function chainAnswers() {
  try {
    const res = await fetch(RPC, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
    });
    return res.ok;
  } catch {
    return false;
  }
}

function start(args, opts = {}) {
  const child = spawn("npx", ["hardhat", ...args], { stdio: "inherit", ...opts });
  children.push(child);
  return child;
}

function stopAll() {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
}
process.on("SIGINT", () => { stopAll(); process.exit(130); });
process.on("SIGTERM", () => { stopAll(); process.exit(143); });

if (await chainAnswers()) {
  console.log(`A chain already answers at ${RPC}; deploying into it.`);
} else {
  start(["node", "--hostname", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; !(await chainAnswers()); i++) {
    if (i > 120) throw new Error(`The Hardhat node did not answer at ${RPC} within 60 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`Hardhat node answering at ${RPC} (chain 31337).`);
}

const deploy = start(["run", "contracts/scripts/deploy.ts", "--network", "localhost"]);
const code = await new Promise((r) => deploy.on("close", r));
if (code !== 0) { stopAll(); process.exit(code ?? 1); }

console.log(`
Local world is up.
  RPC:      ${RPC}   chain id 31337
  MetaMask: add a network with that RPC URL and chain id 31337 (currency ETH), then import
            a dev account printed by \`npx hardhat node\` (e.g. account #1). Dev keys are public:
            never send real funds to them.
Press Ctrl-C to stop.`);
if (children.length === 1) process.exit(0); // the chain was already running elsewhere
