// Measures Discover: JSON-RPC requests (and calls inside batches) and time until every row and
// every sparkline is rendered, with the seeded funds and with 50, cold (empty cache) and on a
// reload (log cache warm); and the gzip size of the JS loaded at start. Prints figures, not a
// test. It starts its own world and preview server on their own ports and stops them after.
//   npm run bench       (BENCH_RPC_PORT, BENCH_APP_PORT move the ports; BENCH_FUNDS the big list)
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const RPC_PORT = Number(process.env.BENCH_RPC_PORT ?? 8645);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4275);
const TARGET_FUNDS = Number(process.env.BENCH_FUNDS ?? 50);
const RPC = `http://127.0.0.1:${RPC_PORT}`;
const APP = `http://127.0.0.1:${APP_PORT}`;
const env = { ...process.env, EVERGREEN_RPC_PORT: String(RPC_PORT), EVERGREEN_APP_PORT: String(APP_PORT), EVERGREEN_LOCAL_RPC: RPC, VITE_RPC_URL: RPC };
const running = [];
const VITE = "node_modules/vite/bin/vite.js"; // not through npx, so that a signal reaches it

function stopAll() {
  for (const p of running.reverse()) if (p.exitCode === null) p.kill("SIGTERM");
}
process.on("SIGINT", () => { stopAll(); process.exit(130); });

async function answers(url) {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' });
    return res.ok;
  } catch {
    return false;
  }
}

/** Runs until `marker` appears in the output; the process keeps running. */
function startUntil(cmd, args, marker, timeoutMs) {
  const p = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  running.push(p);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`${cmd} ${args.join(" ")}: no "${marker}" within ${timeoutMs / 1000} s\n${out.slice(-2000)}`)), timeoutMs);
    const onData = (d) => {
      out += d;
      if (out.includes(marker)) { clearTimeout(timer); resolve(p); }
    };
    p.stdout.on("data", onData);
    p.stderr.on("data", onData);
    p.on("exit", (code) => { clearTimeout(timer); reject(new Error(`${cmd} exited (${code}) before "${marker}"\n${out.slice(-2000)}`)); });
  });
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status})`);
}

/** Gzip bytes of the entry chunk and everything it imports statically (what index.html preloads). */
function initialJs(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(join(dist, f), "utf8");
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      visit(join(f, "..", m[1]));
    }
  };
  files.forEach(visit);
  const sizes = [...seen].map((f) => ({ f, gz: gzipSync(readFileSync(join(dist, f))).length }));
  return { files: sizes, total: sizes.reduce((s, x) => s + x.gz, 0) };
}

async function measure(browser, funds, label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const results = [];
  for (const pass of ["cold", "reload"]) {
    let requests = 0;
    let calls = 0;
    const methods = {};
    const onRequest = (r) => {
      if (!r.url().startsWith(RPC) || r.method() !== "POST") return;
      const body = r.postDataJSON();
      const list = Array.isArray(body) ? body : [body];
      requests++;
      calls += list.length;
      for (const c of list) methods[c.method] = (methods[c.method] ?? 0) + 1;
    };
    page.on("request", onRequest);
    if (pass === "cold") await page.goto(`${APP}/`);
    else await page.reload();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="fund-row"]').length === n && !document.querySelector('[data-testid="sparkline-loading"]'),
      funds,
      { polling: "raf", timeout: 120_000 },
    );
    const ms = await page.evaluate(() => performance.now());
    page.off("request", onRequest);
    results.push({ label: `${label}, ${pass}`, funds, requests, calls, ms: Math.round(ms), methods: Object.entries(methods).map(([m, n]) => `${m}×${n}`).join(" ") });
  }
  await context.close();
  return results;
}

const dist = mkdtempSync(join(tmpdir(), "evergreen-bench-"));
try {
  if (await answers(RPC)) throw new Error(`Something already answers at ${RPC}: the bench needs a world of its own (BENCH_RPC_PORT).`);
  console.log(`Starting a world at ${RPC} (about 80 s)…`);
  await startUntil("node", ["scripts/dev.mjs", "--no-keeper", "--no-app"], "The local world is up.", 600_000);

  console.log("Building the app…");
  run("node", [VITE, "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"]);
  await startUntil("node", [VITE, "preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(APP_PORT), "--strictPort"], String(APP_PORT), 60_000);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const count = async () => {
    const res = await fetch(`${APP}/`); // warm the preview server's file cache before timing
    await res.text();
    const page = await browser.newPage();
    await page.goto(`${APP}/`);
    await page.waitForSelector('[data-testid="fund-row"]', { timeout: 120_000 });
    const n = await page.locator('[data-testid="fund-row"]').count();
    await page.close();
    return n;
  };
  const seeded = await count();
  const rows = await measure(browser, seeded, "seeded");
  const more = TARGET_FUNDS - seeded;
  if (more > 0) {
    console.log(`Creating ${more} more funds…`);
    run("npx", ["hardhat", "run", "--no-compile", "contracts/scripts/more-funds.ts", "--network", "localhost"], { MORE_FUNDS: String(more) });
  }
  rows.push(...(await measure(browser, Math.max(seeded, TARGET_FUNDS), `${TARGET_FUNDS} funds`)));
  await browser.close();

  const js = initialJs(dist);
  const kb = (b) => (b / 1000).toFixed(1);
  console.log("\nDiscover, rendered in full (every row and sparkline), Chromium, vite preview build:\n");
  console.table(rows.map((r) => ({ run: r.label, funds: r.funds, "HTTP requests": r.requests, "JSON-RPC calls": r.calls, "time (ms)": r.ms, methods: r.methods })));
  console.log(`\nInitial JS (entry + static imports), gzip: ${kb(js.total)} kB`);
  console.table(js.files.map((x) => ({ file: x.f, "gzip kB": kb(x.gz) })));
  const worst = Math.max(...rows.map((r) => r.requests));
  console.log(`\nTargets: ≤ 3 requests with ${TARGET_FUNDS} funds: ${worst <= 3 ? "met" : "MISSED"} (${worst}); ≤ 250 kB initial JS: ${js.total <= 250_000 ? "met" : "MISSED"} (${kb(js.total)} kB)`);
} finally {
  stopAll();
  rmSync(dist, { recursive: true, force: true });
}
