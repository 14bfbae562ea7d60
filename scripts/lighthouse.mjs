// Lighthouse on the production build: Discover and the first fund's page, mobile and desktop
// presets, LH_RUNS runs each (3 by default), medians of the performance score, LCP, TBT and
// JavaScript transferred; and the JavaScript each page downloads before the first interaction
// (gzip). Prints each target of issue 17 with met/MISSED. Starts its own world and `vite preview`
// like scripts/bench.mjs, on their own ports, and stops them after.
//   npm run bench:lighthouse   (BENCH_RPC_PORT, BENCH_APP_PORT move the ports; BENCH_RPC_URL uses a
//                               world already running; BENCH_APP_URL a production build already
//                               served, reading that world; LH_PAGES=discover,fund and
//                               LH_PRESETS=mobile,desktop pick what is measured)
// Chromium is Debian's (CHROME_PATH, /usr/bin/chromium by default): Lighthouse never downloads one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { figuresOf, kib, medianFigures, SCORE_TARGET } from "./lighthouseFigures.ts";
import { checkStartupJs } from "./startupJs.mjs";
import { children } from "./children.mjs";
import { printTargets, target } from "./targets.mjs";

const RPC_PORT = Number(process.env.BENCH_RPC_PORT ?? 8645);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4275);
const RPC = process.env.BENCH_RPC_URL ?? `http://127.0.0.1:${RPC_PORT}`;
const APP = process.env.BENCH_APP_URL ?? `http://127.0.0.1:${APP_PORT}`;
const RUNS = Number(process.env.LH_RUNS ?? 3);
const PAGES = (process.env.LH_PAGES ?? "discover,fund").split(",");
const PRESETS = (process.env.LH_PRESETS ?? "mobile,desktop").split(",");
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking";
const env = {
  ...process.env,
  EVERGREEN_RPC_PORT: String(RPC_PORT),
  EVERGREEN_LOCAL_RPC: RPC,
  VITE_RPC_URL: RPC,
  CHROME_PATH: CHROME,
};
const VITE = "node_modules/vite/bin/vite.js"; // not through npx, so that a signal reaches it
const LIGHTHOUSE = "node_modules/lighthouse/cli/index.js";
const { startUntil, stopAll } = children(env);

async function answers(url, body) {
  try {
    const res = await fetch(url, body ? { method: "POST", headers: { "content-type": "application/json" }, body } : {});
    return res.ok;
  } catch {
    return false;
  }
}
const chainAnswers = () => answers(RPC, '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}');

async function startServers(dist) {
  if (process.env.BENCH_RPC_URL) {
    if (!(await chainAnswers())) throw new Error(`Nothing answers at ${RPC} (BENCH_RPC_URL).`);
  } else {
    if (await chainAnswers())
      throw new Error(`Something already answers at ${RPC}: Lighthouse needs a world of its own (BENCH_RPC_PORT).`);
    console.log(`Starting a world at ${RPC} (a few minutes)…`);
    await startUntil("node", ["scripts/dev.mjs", "--no-keeper", "--no-app"], "The local world is up.", 600_000);
  }
  if (process.env.BENCH_APP_URL) {
    if (!(await answers(APP))) throw new Error(`Nothing answers at ${APP} (BENCH_APP_URL).`);
    return;
  }
  console.log("Building the app…");
  const build = spawnSync("node", [VITE, "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"], {
    env,
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error(`vite build failed (${build.status})`);
  await startUntil(
    "node",
    [VITE, "preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(APP_PORT), "--strictPort"],
    String(APP_PORT),
    60_000,
  );
}

/** The first fund the factory lists, as e2e/pages.ts takes it. */
async function firstFund() {
  const { createPublicClient, http } = await import("viem");
  const { contractOf } = await import("../src/chain/contracts.ts");
  const client = createPublicClient({ transport: http(RPC) });
  const funds = await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "allFunds" });
  if (funds.length === 0) throw new Error("The world has no fund.");
  return funds[0].fund;
}

/** One Lighthouse run in a fresh Chromium profile (a cold visit). */
function lighthouse(url, preset, out) {
  const args = [
    LIGHTHOUSE,
    url,
    "--quiet",
    "--only-categories=performance",
    "--output=json",
    `--output-path=${out}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  if (preset === "desktop") args.push("--preset=desktop");
  const r = spawnSync("node", args, { env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`lighthouse ${url} (${preset}) failed (${r.status})`);
  return figuresOf(JSON.parse(readFileSync(out, "utf8")));
}

const dist = mkdtempSync(join(tmpdir(), "evergreen-lighthouse-"));
try {
  await startServers(dist);
  const pages = {
    discover: { name: "Discover", path: "/" },
    fund: { name: "Fund", path: `/fund/${await firstFund()}` },
  };
  const chosen = PAGES.map((p) => pages[p]).filter(Boolean);
  await (await fetch(`${APP}/`)).text(); // warm the preview server's file cache

  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.split(" ") });
  // The budget's verdict is recorded here, printed with the scores' at the end.
  await checkStartupJs(
    browser,
    chosen.map((p) => ({ name: p.name, url: `${APP}${p.path}` })),
    target,
  );
  await browser.close();

  const rows = [];
  for (const p of chosen)
    for (const preset of PRESETS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(lighthouse(`${APP}${p.path}`, preset, join(dist, "report.json")));
      const m = medianFigures(runs);
      rows.push({ page: p.name, preset, ...m, scores: runs.map((r) => r.score).join(" ") });
      console.log(`${p.name} ${preset}: scores ${runs.map((r) => r.score).join(", ")}`);
    }
  console.log(`\nLighthouse (${RUNS} runs each, medians), production build at ${APP}:\n`);
  console.table(
    rows.map((r) => ({
      page: r.page,
      preset: r.preset,
      performance: r.score,
      "LCP (s)": (r.lcpMs / 1000).toFixed(1),
      "TBT (ms)": Math.round(r.tbtMs),
      "JS transferred": kib(r.jsBytes),
      runs: r.scores,
    })),
  );

  for (const r of rows) {
    const goal = SCORE_TARGET[r.preset];
    target(`Lighthouse ${r.preset} ≥ ${goal}, ${r.page}`, r.score >= goal, String(r.score));
  }
} finally {
  stopAll();
  rmSync(dist, { recursive: true, force: true });
}
printTargets();
