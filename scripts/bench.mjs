// Measures Discover: JSON-RPC requests (and calls inside batches) and time until every row and
// every sparkline is rendered, with the seeded funds and with 50, cold (empty cache) and on a
// reload (log cache warm); and the gzip size of the JS loaded at start. Measures the fund page:
// requests until its overview is rendered in full (header, market premium, both charts), cold
// and on a reload, and what each further tab adds. Times the valuation engine on 50 funds × 365
// daily points. Measures the Advisor tab in Chromium: the longest task on the main thread while
// the advice is computed and drawn, at load and at each change of goal (the Web Worker
// threshold is 50 ms). Prints figures, not a test. It starts its own world and preview server on their
// own ports and stops them after.
//   npm run bench       (BENCH_RPC_PORT, BENCH_APP_PORT move the ports; BENCH_FUNDS the big list;
//                        BENCH_PARTS=engine,fund,advisor,discover picks parts; BENCH_RPC_URL measures a
//                        world already running there instead of starting one — then Discover's
//                        50-fund run, which adds funds to the world, is left out; BENCH_PROVIDER=public
//                        reads the pages through a provider with a public endpoint's limits;
//                        BENCH_WORLD=mainnet-like measures the pages on the second chain, 31338, whose
//                        year spans 2.6M blocks: the app's URLs carry ?chain=31338)
// Its world has both local chains, the second on BENCH_RPC_PORT + 10 (BENCH_RPC_URL_2 when reused).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { children } from "./children.mjs";
import { printTargets, target } from "./targets.mjs";

const RPC_PORT = Number(process.env.BENCH_RPC_PORT ?? 8645);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4275);
const TARGET_FUNDS = Number(process.env.BENCH_FUNDS ?? 50);
const REUSE = process.env.BENCH_RPC_URL;
const MAINNET_LIKE = process.env.BENCH_WORLD === "mainnet-like";
if (process.env.BENCH_WORLD && !MAINNET_LIKE) throw new Error(`BENCH_WORLD: "mainnet-like" or nothing`);
// BENCH_PROVIDER=public reads every page through scripts/limitedRpc.ts: a public endpoint's limits.
const PROVIDER = process.env.BENCH_PROVIDER;
let limited;
const PARTS = new Set((process.env.BENCH_PARTS ?? "engine,fund,advisor,discover").split(","));
const RPC_1 = REUSE ?? `http://127.0.0.1:${RPC_PORT}`;
const RPC_2 = (REUSE ? process.env.BENCH_RPC_URL_2 : undefined) ?? `http://127.0.0.1:${RPC_PORT + 10}`;
/** The chain whose pages are measured: its requests are counted and its funds listed. */
const RPC = MAINNET_LIKE ? RPC_2 : RPC_1;
const APP = `http://127.0.0.1:${APP_PORT}`;
/** A page of the app on the measured chain, with more query parameters if given. */
const at = (path, query = "") => {
  const params = [MAINNET_LIKE ? "chain=31338" : "", query].filter(Boolean).join("&");
  return `${APP}${path}${params ? `?${params}` : ""}`;
};
const env = {
  ...process.env,
  EVERGREEN_RPC_PORT: String(RPC_PORT),
  EVERGREEN_RPC_PORT_2: String(RPC_PORT + 10),
  EVERGREEN_APP_PORT: String(APP_PORT),
  EVERGREEN_LOCAL_RPC: RPC_1,
  EVERGREEN_LOCAL_RPC_2: RPC_2,
  VITE_RPC_URL: RPC_1,
  VITE_RPC_URLS_31338: RPC_2,
};
const VITE = "node_modules/vite/bin/vite.js"; // not through npx, so that a signal reaches it
const { startUntil, stopAll } = children(env);

async function answers(url) {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}',
    });
    return res.ok;
  } catch {
    return false;
  }
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status})`);
}

/** Gzip bytes of the entry chunk and everything it imports statically (what index.html preloads). */
function initialJs(dist) {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [
    ...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const code = readFileSync(join(dist, f), "utf8");
    // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
    )) {
      visit(join(f, "..", m[1]));
    }
  };
  files.forEach(visit);
  const sizes = [...seen].map((f) => ({ f, gz: gzipSync(readFileSync(join(dist, f))).length }));
  return { files: sizes, total: sizes.reduce((s, x) => s + x.gz, 0) };
}

/** A browser context whose RPC requests go through the limited provider when BENCH_PROVIDER asks for it. */
async function newContext(browser, options) {
  const context = await browser.newContext(options);
  // A request still in flight when the context closes has nobody to answer: ignore it.
  if (limited)
    await context.route(`${RPC}/**`, (route) =>
      route
        .fetch({ url: limited.url })
        .then((response) => route.fulfill({ response }))
        .catch(() => undefined),
    );
  return context;
}

/** Counts the JSON-RPC requests a page sends (and the calls inside batches) until `stop()`. */
function countRpc(page) {
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
  return () => {
    page.off("request", onRequest);
    return {
      requests,
      calls,
      methods: Object.entries(methods)
        .map(([m, n]) => `${m}×${n}`)
        .join(" "),
    };
  };
}

async function measure(browser, funds, label) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const results = [];
  for (const pass of ["cold", "reload"]) {
    const stop = countRpc(page);
    if (pass === "cold") await page.goto(at("/"));
    else await page.reload();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="fund-row"]').length === n &&
        !document.querySelector('[data-testid="sparkline-loading"]'),
      funds,
      { polling: "raf", timeout: 120_000 },
    );
    const ms = await page.evaluate(() => performance.now());
    results.push({ label: `${label}, ${pass}`, funds, ms: Math.round(ms), ...stop() });
  }
  await context.close();
  return results;
}

// ─── fund page ───

const fundReady = {
  overview: () =>
    !!document.querySelector('[data-testid="fund-nav"]') &&
    !!document.querySelector('[data-testid="fund-market"]') &&
    !!document.querySelector('[data-testid="chart-nav"] .chart-line') &&
    !!document.querySelector('[data-testid="chart-tvl"] .chart-line'),
  holdings: () =>
    !!document.querySelector('[data-testid="holding-row"]') &&
    !document.querySelector('[data-testid="panel-holdings"] [aria-busy="true"]'),
  fees: () => !!document.querySelector('[data-testid="fees-paid-total"]'),
  intrinsic: () => !!document.querySelector('[data-testid="iv-nav"]'),
  usd: () => /USD$/.test(document.querySelector('[data-testid="chart-nav-last"]')?.textContent ?? ""),
};

/** Requests until a fund's overview is rendered in full, cold and on a reload; then what each tab adds. */
async function measureFund(browser, fund, name) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const rows = [];
  for (const pass of ["cold", "reload"]) {
    const stop = countRpc(page);
    if (pass === "cold") await page.goto(at(`/fund/${fund}`));
    else await page.reload();
    await page.waitForFunction(fundReady.overview, null, { polling: "raf", timeout: 120_000 });
    const ms = await page.evaluate(() => performance.now());
    rows.push({ fund: name, step: `overview, ${pass}`, ms: Math.round(ms), ...stop() });
  }
  for (const [step, label] of [
    ["holdings", "Holdings"],
    ["fees", "Fees"],
    ["intrinsic", "Intrinsic values"],
  ]) {
    const stop = countRpc(page);
    await page.getByRole("tab", { name: label }).click();
    await page.waitForFunction(fundReady[step], null, { polling: "raf", timeout: 120_000 });
    rows.push({ fund: name, step: `+ ${step} tab`, ms: "", ...stop() });
  }
  const stop = countRpc(page);
  await page.goto(at(`/fund/${fund}`, "in=usd"));
  await page.waitForFunction(fundReady.usd, null, { polling: "raf", timeout: 120_000 });
  rows.push({ fund: name, step: "overview in USD (page load)", ms: "", ...stop() });
  await context.close();
  return rows;
}

// ─── advisor ───

/** Long tasks while the Advisor tab computes and draws the advice: at load, then at each change of goal. */
async function measureAdvisor(browser, fund, name) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({
      type: "longtask",
      buffered: true,
    });
  });
  const page = await context.newPage();
  const rows = [];
  // The longest task, and the advice's own computation in it (the app's User Timing measures).
  const longest = async () => {
    const [xs, advice, plan] = await page.evaluate(() => {
      const took = (n) => performance.getEntriesByName(n).map((e) => e.duration);
      const out = [window.__long.splice(0), took("evergreen:advice"), took("evergreen:swap-plan")];
      performance.clearMeasures();
      return out;
    });
    const ms = (ys) => (ys.length ? Math.max(...ys).toFixed(1) : "");
    return {
      "longest task (ms)": xs.length ? Math.round(Math.max(...xs)) : "< 50",
      "advice (ms)": ms(advice),
      "swap plan (ms)": ms(plan),
    };
  };
  // The page itself first (its own load has long tasks of its own), then the tab alone.
  await page.goto(at(`/fund/${fund}`));
  await page.waitForFunction(fundReady.overview, null, { polling: "raf", timeout: 120_000 });
  await page.waitForTimeout(300);
  rows.push({ fund: name, step: "fund page load, for comparison", ...(await longest()) });
  await page.getByRole("tab", { name: "Advisor" }).click();
  await page.locator('[data-testid="advisor-row"]').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(300);
  rows.push({ fund: name, step: "Advisor tab opened (code, reads, advice, chart)", ...(await longest()) });
  for (const goal of ["Maximum Sharpe", "Target risk", "Minimum variance"]) {
    const radio = page.getByRole("radio", { name: goal });
    if ((await radio.count()) === 0) break;
    await radio.click();
    await page.waitForTimeout(300);
    rows.push({ fund: name, step: `goal → ${goal}`, ...(await longest()) });
  }
  await context.close();
  return rows;
}

// ─── valuation engine ───

/** The engine on 50 funds × 365 daily points: a snapshot per day, then the history statistics. */
async function benchEngine(funds = 50, days = 365) {
  const v = await import("../src/domain/valuation/index.ts");
  const h = await import("../src/domain/history/index.ts");
  const { prng } = await import("../contracts/shared/prng.ts");
  const r = prng(2026n);
  const DAY = 86_400n;
  const T0 = 1_700_000_000n;
  const walk = (p) => (p * (1_000_000n + r.normalE6() / 50n)) / 1_000_000n;
  const inputs = [];
  for (let f = 0; f < funds; f++) {
    let prices = [10n ** 8n, 3_000n * 10n ** 8n, 60_000n * 10n ** 8n, 20n * 10n ** 8n, 100n * 10n ** 8n];
    const decimals = [6, 18, 8, 18, 18];
    const raws = [];
    for (let d = 0; d < days; d++) {
      const t = T0 + BigInt(d) * DAY;
      prices = prices.map((p, i) => (i === 0 ? p : walk(p)));
      raws.push({
        timestamp: t + 3_600n,
        assets: prices.map((answer, i) => ({
          token: `0x${i}`,
          balance: r.between(1n, 10n ** 6n) * 10n ** BigInt(decimals[i]),
          decimals: decimals[i],
          feedDecimals: 8,
          answer,
          updatedAt: t,
          heartbeat: DAY,
        })),
        pairs: [
          {
            pair: "0xp",
            token0: "0x1",
            token1: "0x0",
            lpBalance: 10n ** 18n,
            lpSupply: 10n ** 19n,
            reserve0: 10n ** 21n,
            reserve1: (3n * 10n ** 6n * prices[1]) / 10n ** 8n,
          },
        ],
        primaries: [{ token: "0xq", balance: 10n ** 24n }],
        deals: [
          {
            deal: "0xd",
            projectToken: "0xq",
            fundEscrowed: 10n ** 11n,
            assetsPaid: 10n ** 11n,
            tokensReceived: 10n ** 24n,
          },
        ],
        fees: {
          managementBps: 100n,
          performanceBps: 2_000n,
          hurdleBps: 500n,
          hwm: 10n ** 12n,
          hwmTime: T0,
          lastAccrual: t - DAY,
        },
        totalSupply: r.between(10n ** 18n, 10n ** 20n),
        splitterBalance: 10n ** 15n,
        managerTokenSupply: 10n ** 24n,
      });
    }
    const rounds = raws.map((x) => ({ answer: x.assets[1].answer, updatedAt: x.assets[1].updatedAt }));
    inputs.push({
      raws,
      usdc: {
        rounds: raws.map((x) => ({ answer: x.assets[0].answer, updatedAt: x.assets[0].updatedAt })),
        feedDecimals: 8,
        decimals: 6,
      },
      eth: { rounds, feedDecimals: 8, decimals: 18 },
    });
  }
  const started = performance.now();
  let snapshots = 0;
  for (const { raws, usdc, eth } of inputs) {
    const records = raws.map((raw) => {
      const s = v.fundSnapshot(raw);
      snapshots++;
      return { gav: s.intrinsic.nav, totalSupply: s.supplyAfter, timestamp: raw.timestamp };
    });
    const nav = h.navSeries(records, 12);
    const now = raws.at(-1).timestamp;
    h.windowReturns(nav, now);
    v.annualisedReturnPpm(nav);
    v.volatilityPpm(nav);
    v.maxDrawdownPpm(nav);
    h.convertSeries(
      nav.map((p) => ({ t: p.t, v: p.navPerShare })),
      usdc,
      eth,
    );
  }
  const ms = performance.now() - started;
  console.log(
    `\nValuation engine: ${funds} funds × ${days} daily points (${snapshots} snapshots, each GAV of 5 assets, ` +
      `an LP position, a primary position and a deal, fee accrual and intrinsic values; then returns, ` +
      `volatility, drawdown and conversion to ETH at past prices per fund): ${ms.toFixed(0)} ms in all, ` +
      `${((ms * 1000) / snapshots).toFixed(1)} µs per point.`,
  );
}

const dist = mkdtempSync(join(tmpdir(), "evergreen-bench-"));
try {
  if (PARTS.has("engine")) await benchEngine();
  if (PARTS.has("fund") || PARTS.has("advisor") || PARTS.has("discover")) await pages();
} finally {
  stopAll();
  rmSync(dist, { recursive: true, force: true });
}
printTargets();

/** The seeded funds of the measured chain (the first six in its registry), with their names. */
async function seededFunds() {
  const { createPublicClient, http } = await import("viem");
  const { abis } = await import("../src/chain/deployments/abis.ts");
  const { deployment } = await import(`../src/chain/deployments/${MAINNET_LIKE ? 31338 : 31337}.ts`);
  const client = createPublicClient({ transport: http(RPC) });
  const factory = { address: deployment.contracts.FundFactory.address, abi: abis.FundFactory };
  const sets = await client.readContract({ ...factory, functionName: "allFunds" });
  return Promise.all(
    sets.slice(0, 6).map(async (set) => ({
      set,
      name: await client.readContract({ address: set.fund, abi: abis.Fund, functionName: "name" }),
    })),
  );
}

async function pages() {
  if (REUSE) {
    if (!(await answers(RPC))) throw new Error(`Nothing answers at ${RPC} (BENCH_RPC_URL, BENCH_RPC_URL_2).`);
  } else {
    for (const rpc of [RPC_1, RPC_2])
      if (await answers(rpc))
        throw new Error(`Something already answers at ${rpc}: the bench needs a world of its own (BENCH_RPC_PORT).`);
    console.log(`Starting a world at ${RPC_1} and ${RPC_2} (about 4 min)…`);
    await startUntil("node", ["scripts/dev.mjs", "--no-keeper", "--no-app"], "The local world is up.", 600_000);
  }

  const chain = MAINNET_LIKE ? "31338 (mainnet-like: its year over 2.6M blocks)" : "31337";
  console.log(`Pages measured on chain ${chain} at ${RPC}.`);
  if (PROVIDER === "public") {
    const { PUBLIC_LIMITS, startLimitedRpc } = await import("./limitedRpc.ts");
    limited = await startLimitedRpc(RPC, PUBLIC_LIMITS);
    console.log("Pages read through a provider with public limits:", PUBLIC_LIMITS);
  }
  console.log("Building the app…");
  run("node", [VITE, "build", "--outDir", dist, "--emptyOutDir", "--logLevel", "warn"]);
  await startUntil(
    "node",
    [VITE, "preview", "--outDir", dist, "--host", "127.0.0.1", "--port", String(APP_PORT), "--strictPort"],
    String(APP_PORT),
    60_000,
  );

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const res = await fetch(`${APP}/`); // warm the preview server's file cache before timing
  await res.text();

  if (PARTS.has("fund")) {
    const rows = [];
    for (const f of await seededFunds()) rows.push(...(await measureFund(browser, f.set.fund, f.name)));
    console.log(
      "\nFund page, Chromium, vite preview build (a fresh browser profile per fund: cold = empty log cache):\n",
    );
    console.table(
      rows.map((r) => ({
        fund: r.fund,
        step: r.step,
        "HTTP requests": r.requests,
        "JSON-RPC calls": r.calls,
        "time (ms)": r.ms,
        methods: r.methods,
      })),
    );
    const calls = rows
      .filter((r) => r.step.startsWith("overview,"))
      .map((r) => r.methods.match(/eth_call×(\d+)/)?.[1] ?? "0")
      .map(Number);
    target(
      "Fund page overview ≤ 3 requests besides cached log reads",
      Math.max(...calls) <= 3,
      `at most ${Math.max(...calls)} eth_call`,
    );
  }

  if (PARTS.has("advisor")) {
    const rows = [];
    for (const f of await seededFunds()) rows.push(...(await measureAdvisor(browser, f.set.fund, f.name)));
    console.log(
      "\nAdvisor tab, Chromium, vite preview build: the longest main-thread task (PerformanceObserver " +
        "longtask, ≥ 50 ms; '< 50' when there was none), and the longest run of the advice and of the swap " +
        "plan in it:\n",
    );
    console.table(rows);
    const worst = Math.max(0, ...rows.map((r) => Number(r["advice (ms)"] || 0) + Number(r["swap plan (ms)"] || 0)));
    console.log(
      `Web Worker needed (the advice and its plan over 50 ms): ${worst > 50 ? "YES" : "no"} (at most ` +
        `${worst.toFixed(1)} ms)`,
    );
  }

  if (PARTS.has("discover")) {
    const count = async () => {
      const page = await browser.newPage();
      await page.goto(at("/"));
      await page.waitForSelector('[data-testid="fund-row"]', { timeout: 120_000 });
      const n = await page.locator('[data-testid="fund-row"]').count();
      await page.close();
      return n;
    };
    const seeded = await count();
    const rows = await measure(browser, seeded, "seeded");
    const more = TARGET_FUNDS - seeded;
    if (more > 0 && !REUSE) {
      console.log(`Creating ${more} more funds…`);
      const network = MAINNET_LIKE ? "localhost2" : "localhost";
      run("npx", ["hardhat", "run", "--no-compile", "contracts/scripts/more-funds.ts", "--network", network], {
        MORE_FUNDS: String(more),
      });
      rows.push(...(await measure(browser, Math.max(seeded, TARGET_FUNDS), `${TARGET_FUNDS} funds`)));
    }
    const js = initialJs(dist);
    const kb = (b) => (b / 1000).toFixed(1);
    console.log("\nDiscover, rendered in full (every row and sparkline), Chromium, vite preview build:\n");
    console.table(
      rows.map((r) => ({
        run: r.label,
        funds: r.funds,
        "HTTP requests": r.requests,
        "JSON-RPC calls": r.calls,
        "time (ms)": r.ms,
        methods: r.methods,
      })),
    );
    console.log(`\nInitial JS (entry + static imports), gzip: ${kb(js.total)} kB`);
    console.table(js.files.map((x) => ({ file: x.f, "gzip kB": kb(x.gz) })));
    const worst = Math.max(...rows.map((r) => r.requests));
    target(`Discover with ${TARGET_FUNDS} funds ≤ 2 requests`, worst <= 2, `${worst} requests`);
    target("Initial JS (entry + static imports) ≤ 150 KiB gzip", js.total <= 150 * 1024, `${kb(js.total)} kB`);
  }
  await browser.close();
  if (limited) {
    console.log("What the limited provider saw:", limited.stats);
    await limited.close();
  }
}
