// Runs every test suite, echoes their output, and ends with one line that totals them all:
// "N passed, N failed". Exits non-zero when any suite fails or a runner crashes.
import { spawn } from "node:child_process";

const suites = [
  { name: "contracts (Solidity)", cmd: "npx", args: ["hardhat", "test", "solidity"], parse: mocha },
  { name: "contracts (TypeScript)", cmd: "npx", args: ["hardhat", "test", "nodejs", "--no-compile"], parse: mocha },
];

function mocha(out) {
  const num = (re) => [...out.matchAll(re)].reduce((s, m) => s + Number(m[1]), 0);
  return { passed: num(/^\s*(\d+) passing/gm), failed: num(/^\s*(\d+) failing/gm) };
}

function run({ cmd, args }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
    let out = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        out += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on("close", (code) => resolve({ code, out }));
  });
}

let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===\n`);
  const { code, out } = await run(suite);
  const r = suite.parse(out);
  // A runner that crashed before reporting counts as one failure, so it cannot pass unseen.
  if (code !== 0 && r.failed === 0) r.failed = 1;
  console.log(`\n--- ${suite.name}: ${r.passed} passed, ${r.failed} failed`);
  passed += r.passed;
  failed += r.failed;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
