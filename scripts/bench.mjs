// Measures Discover: JSON-RPC requests (and calls inside batches), the bytes of the RPC's answers
// the time until every row in view is drawn with its sparkline, and until every fund is read, with the
// seeded funds and with 50 and 500 (BENCH_FUNDS), cold (empty cache) and on a reload. Measures the
// JavaScript Discover and a fund page download before the first interaction (gzip, scripts/startupJs.mjs:
// the budget on a phone, a desktop's figure beside it). Measures the fund page:
// requests until its overview is rendered in full (header, market premium, both charts), cold
// and on a reload, and what each further tab adds. Times the valuation engine on 50 funds × 365
// daily points. Measures the Advisor tab in Chromium: the longest task on the main thread while
// the advice is computed and drawn, at load and at each change of goal (the Web Worker
// threshold is 50 ms). Prints figures, not a test. It starts its own world and preview server on their
// own ports and stops them after.
//   npm run bench       (BENCH_RPC_PORT, BENCH_APP_PORT move the ports; BENCH_FUNDS the list sizes, "50,500";
//                        BENCH_PARTS=engine,startup,fund,advisor,discover,portfolio,tx picks parts (tx: transactions, chain
//                        31337, scripts/bench-tx.mjs); BENCH_RPC_URL measures a
//                        world already running there instead of starting one — then Discover's
//                        larger lists, which add funds to the world, are left out; BENCH_PROVIDER=public
//                        reads the pages through a provider with a public endpoint's limits;
//                        BENCH_WORLD=mainnet-like measures the pages on the second chain, 31338, whose
//                        year spans 2.6M blocks: the app's URLs carry ?chain=31338)
// Its world has both local chains, the second on BENCH_RPC_PORT + 10 (BENCH_RPC_URL_2 when reused).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { measureTx } from "./bench-tx.mjs";
import { children } from "./children.mjs";
import { checkStartupJs } from "./startupJs.mjs";
import { printTargets, target } from "./targets.mjs";

const RPC_PORT = Number(process.env.BENCH_RPC_PORT ?? 8645);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4275);
// The list sizes Discover is measured at (funds are added to the world to reach each).
const TARGET_FUNDS = (process.env.BENCH_FUNDS ?? "50,500").split(",").map(Number);
const REUSE = process.env.BENCH_RPC_URL;
const MAINNET_LIKE = process.env.BENCH_WORLD === "mainnet-like";
if (process.env.BENCH_WORLD && !MAINNET_LIKE) throw new Error(`BENCH_WORLD: "mainnet-like" or nothing`);
// BENCH_PROVIDER=public reads every page through scripts/limitedRpc.ts: a public endpoint's limits.
const PROVIDER = process.env.BENCH_PROVIDER;
let limited;
const PARTS = new Set((process.env.BENCH_PARTS ?? "engine,startup,fund,advisor,discover,portfolio,tx").split(","));
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

/** One JSON-RPC call to the measured chain's node, from the bench itself (not counted as the page's). */
const rpcCall = (method, url = RPC) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: [] }),
  });

async function answers(url) {
  try {
    const res = await rpcCall("eth_chainId", url);
    return res.ok;
  } catch {
    return false;
  }
}

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status})`);
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

/** As `countRpc`, with the bytes of the RPC's answers (their bodies). */
function countRpcBytes(page) {
  const stopCount = countRpc(page);
  const sizes = [];
  const onResponse = (r) => {
    if (!r.url().startsWith(RPC) || r.request().method() !== "POST") return;
    sizes.push(
      r
        .body()
        .then((b) => b.length)
        .catch(() => 0),
    );
  };
  page.on("response", onResponse);
  return async () => {
    page.off("response", onResponse);
    const counted = stopCount();
    return { ...counted, bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
  };
}

/**
 * Discover with `funds` funds in the fund's own asset (the list's reads alone), cold and on a
 * reload, then cold in USD (its returns valued at each day's prices: the feeds' logs besides).
 * A first load in its own profile warms the node and the preview server, as serving other
 * visitors would: the first call after hundreds of new blocks is slower than any later one.
 */
async function measure(browser, funds, label) {
  const warm = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const warmPage = await warm.newPage();
  await warmPage.goto(at("/", "in=asset"));
  await warmPage.waitForSelector('[data-testid="fund-row"]', { timeout: 120_000 });
  await warmPage.waitForFunction(() => !document.querySelector('[data-testid="funds-pending"]'), undefined, {
    timeout: 120_000,
  });
  await warm.close();
  const results = [];
  for (const [unit, passes] of [
    ["asset", ["cold", "reload"]],
    ["usd", ["cold"]],
  ]) {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    results.push(...(await passesOf(page, funds, `${label}, ${unit === "usd" ? "USD, " : ""}`, unit, passes)));
    await context.close();
  }
  return results;
}

async function passesOf(page, funds, label, unit, passes) {
  const results = [];
  for (const pass of passes) {
    const stop = countRpcBytes(page);
    if (pass === "cold") await page.goto(at("/", `in=${unit}`));
    else await page.reload();
    // Drawn: every fund has its place (rows beyond a page are windowed: the table's aria-rowcount
    // counts them all), and every row in view is a fund's, drawn with its sparkline. The funds after
    // the first call's may still be coming (their rows out of view hold places meanwhile).
    await page.waitForFunction(
      (n) =>
        document.querySelector("table[aria-rowcount]")?.getAttribute("aria-rowcount") === String(n + 1) &&
        !!document.querySelector('[data-testid="fund-row"]') &&
        !document.querySelector('[data-testid="sparkline-loading"]') &&
        ![...document.querySelectorAll('[data-testid="fund-row-pending"]')].some(
          (row) => row.getBoundingClientRect().top < window.innerHeight,
        ),
      funds,
      { polling: "raf", timeout: 120_000 },
    );
    const drawn = await page.evaluate(() => performance.now());
    // Whole: every fund read, so that a sort or a filter can run.
    await page.waitForFunction(() => !document.querySelector('[data-testid="funds-pending"]'), undefined, {
      polling: "raf",
      timeout: 120_000,
    });
    // In USD, until the rows in view have their returns (valued at each day's prices).
    if (unit === "usd") {
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-testid="fund-r7"]')].every((e) => e.textContent !== "…"),
        undefined,
        { polling: "raf", timeout: 120_000 },
      );
    }
    // When the last RPC answer arrived (same clock): what comes after it is the app's own work.
    const [ms, lastAnswer] = await page.evaluate((rpc) => {
      const answers = performance.getEntriesByType("resource").filter((e) => e.name.startsWith(rpc));
      return [performance.now(), Math.max(0, ...answers.map((e) => e.responseEnd))];
    }, RPC);
    const rendered = await page.locator('[data-testid="fund-row"]').count();
    results.push({
      label: `${label}${pass}`,
      unit,
      funds,
      rendered,
      drawn: Math.round(drawn),
      ms: Math.round(ms),
      lastAnswer: Math.round(lastAnswer),
      ...(await stop()),
    });
  }
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

// ─── portfolio ───

const portfolioReady = () =>
  !!document.querySelector("#positions-title") &&
  !document.querySelector('[data-testid="portfolio-loading"]') &&
  !document.querySelector('[data-testid="activity-time"][aria-busy="true"]');

/** The dev accounts of the seeded world (Hardhat's mnemonic), with their manager tokens in every fund. */
async function portfolioAccounts() {
  const { createPublicClient, http, erc20Abi } = await import("viem");
  const { mnemonicToAccount } = await import("viem/accounts");
  const client = createPublicClient({ transport: http(RPC) });
  const tokens = (await seededFunds()).map((f) => f.set.managerToken);
  const mnemonic = "test test test test test test test test test test test junk";
  const accounts = Array.from({ length: 20 }, (_, i) => mnemonicToAccount(mnemonic, { addressIndex: i }).address);
  const held = await Promise.all(
    accounts.map(async (account, index) => {
      const balances = await Promise.all(
        tokens.map((address) =>
          client.readContract({ address, abi: erc20Abi, functionName: "balanceOf", args: [account] }),
        ),
      );
      return { account, index, managerTokens: balances.reduce((a, b) => a + b, 0n) };
    }),
  );
  return held.sort((a, b) => (a.managerTokens > b.managerTokens ? -1 : a.managerTokens < b.managerTokens ? 1 : 0));
}

/** Portfolio of `account`: requests until rendered in full (cold, empty cache), while idle for `idleMs`, on a reload. */
async function measurePortfolio(browser, account, label, idleMs) {
  const { installTestWallet } = await import("../e2e/fixtures/wallet.ts");
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await installTestWallet(page, { account, authorized: true, chainId: MAINNET_LIKE ? 31338 : 31337 });
  const rows = [];
  let stop = countRpc(page);
  await page.goto(at("/portfolio"));
  await page.waitForFunction(portfolioReady, null, { polling: "raf", timeout: 120_000 });
  const items = await page.locator('[data-testid="activity-item"]').count();
  rows.push({
    account: label,
    step: "cold",
    ms: Math.round(await page.evaluate(() => performance.now())),
    items,
    ...stop(),
  });
  if (idleMs > 0) {
    const head = async () => BigInt((await (await rpcCall("eth_blockNumber")).json()).result);
    const before = await head();
    stop = countRpc(page);
    await page.waitForTimeout(idleMs);
    const blocks = Number((await head()) - before);
    rows.push({ account: label, step: `idle ${idleMs / 1000} s`, ms: "", items: "", blocks, ...stop() });
  }
  stop = countRpc(page);
  await page.reload();
  await page.waitForFunction(portfolioReady, null, { polling: "raf", timeout: 120_000 });
  rows.push({ account: label, step: "reload (history cached)", ms: "", items, ...stop() });
  await context.close();
  return rows;
}

/** The fund page's rows (measureFund of every seeded fund), measured once for the parts that need them. */
let fundPageRows;
async function fundRows(browser) {
  if (!fundPageRows) {
    fundPageRows = [];
    for (const f of await seededFunds()) fundPageRows.push(...(await measureFund(browser, f.set.fund, f.name)));
  }
  return fundPageRows;
}

/** The fund page's overview in HTTP requests, logs included, and the block reads of its Fees tab. */
async function fundRequestTargets(browser) {
  const rows = await fundRows(browser);
  if (!PARTS.has("fund")) {
    console.log("\nFund page, requests (the fund part prints the whole table):\n");
    console.table(rows.map((r) => ({ fund: r.fund, step: r.step, "HTTP requests": r.requests, methods: r.methods })));
  }
  const overview = rows.filter((r) => r.step.startsWith("overview,"));
  const worst = overview.reduce((w, r) => (r.requests > w.requests ? r : w));
  target(
    "Fund page overview ≤ 3 HTTP requests, logs included (cold and reload)",
    worst.requests <= 3,
    `at most ${worst.requests} (${worst.fund}, ${worst.step})`,
    worst.methods,
  );
  const fees = rows.filter((r) => r.step === "+ fees tab");
  const blocks = (r) => Number(r.methods.match(/eth_getBlockByNumber×(\d+)/)?.[1] ?? 0);
  const most = fees.reduce((w, r) => (blocks(r) > blocks(w) ? r : w));
  target(
    "Fund page Fees tab ≤ 2 requests (its FeesAccrued logs, then the blocks' times in one batch)",
    most.requests <= 2,
    `at most ${most.requests} HTTP requests, ${blocks(most)} eth_getBlockByNumber in them (${most.fund})`,
    most.methods,
  );
}

async function benchPortfolio(browser) {
  // The test wallet relays to the node of its chain, which it reads from these at import.
  process.env.VITE_RPC_URL = RPC_1;
  process.env.VITE_RPC_URLS_31338 = RPC_2;
  const accounts = await portfolioAccounts();
  const largest = accounts[0];
  const idle = Number(process.env.BENCH_IDLE_MS ?? 60_000);
  const picks = [
    { ...largest, label: `#${largest.index}, the largest manager-token holder` },
    ...accounts
      .filter((a) => [1, 5].includes(a.index) && a !== largest)
      .map((a) => ({ ...a, label: `#${a.index}, an investor` })),
    { ...accounts.find((a) => a.index === 19), label: "#19, holds nothing" },
  ];
  const rows = [];
  for (const [i, a] of picks.entries())
    rows.push(...(await measurePortfolio(browser, a.account, a.label, i === 0 ? idle : 0)));
  console.log("\nPortfolio, Chromium, vite preview build (a fresh browser profile per account: cold = empty cache):\n");
  console.table(
    rows.map((r) => ({
      account: r.account,
      step: r.step,
      "activity items": r.items,
      "HTTP requests": r.requests,
      "JSON-RPC calls": r.calls,
      "time (ms)": r.ms,
      methods: r.methods,
    })),
  );
  const cold = rows.filter((r) => r.step === "cold");
  const worst = Math.max(...cold.map((r) => r.requests));
  target("Portfolio ≤ 6 requests for any account (cold)", worst <= 6, `at most ${worst} HTTP requests`);
  const idleRow = rows.find((r) => r.step === `idle ${idle / 1000} s`);
  const polls = Number(idleRow.methods.match(/eth_blockNumber×(\d+)/)?.[1] ?? 0);
  // A block mined meanwhile (another client's transaction) is read again: at most 3 requests a block seen.
  const others = idleRow.requests - polls;
  target(
    `Portfolio idle for ${idle / 1000} s: 0 requests but the new-block poll (≤ 3 more per new block)`,
    others <= 3 * Math.min(idleRow.blocks, polls),
    `${idleRow.requests} requests, ${polls} of them the block poll; ${idleRow.blocks} new blocks meanwhile`,
    idleRow.methods,
  );
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
  if (["startup", "fund", "advisor", "discover", "portfolio", "tx"].some((p) => PARTS.has(p))) await pages();
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

  if (PARTS.has("startup")) {
    const [first] = await seededFunds();
    await checkStartupJs(
      browser,
      [
        { name: "Discover", url: at("/") },
        { name: `a fund page (${first.name})`, url: at(`/fund/${first.set.fund}`) },
      ],
      target,
    );
  }

  if (PARTS.has("fund")) {
    const rows = await fundRows(browser);
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

  if (PARTS.has("portfolio")) {
    await benchPortfolio(browser);
    await fundRequestTargets(browser);
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
    // Funds listed: the table counts them all in aria-rowcount (the header row is one more).
    const count = async () => {
      const page = await browser.newPage();
      await page.goto(at("/"));
      await page.waitForSelector('[data-testid="fund-row"]', { timeout: 120_000 });
      const n = Number(await page.locator("table[aria-rowcount]").getAttribute("aria-rowcount")) - 1;
      await page.close();
      return n;
    };
    const seeded = await count();
    const rows = await measure(browser, seeded, REUSE ? "the world's" : "seeded");
    let listed = seeded;
    for (const size of REUSE ? [] : TARGET_FUNDS) {
      if (size <= listed) continue;
      console.log(`Creating ${size - listed} more funds…`);
      const network = MAINNET_LIKE ? "localhost2" : "localhost";
      run("npx", ["hardhat", "run", "--no-compile", "contracts/scripts/more-funds.ts", "--network", network], {
        MORE_FUNDS: String(size - listed),
      });
      listed = size;
      rows.push(...(await measure(browser, size, `${size} funds`)));
    }
    console.log(
      "\nDiscover: drawn (every row in view with its sparkline), then every fund read, Chromium, vite preview build:\n",
    );
    console.table(
      rows.map((r) => ({
        run: r.label,
        funds: r.funds,
        "rows in the DOM": r.rendered,
        "HTTP requests": r.requests,
        "JSON-RPC calls": r.calls,
        "RPC answers (KiB)": (r.bytes / 1024).toFixed(1),
        "drawn (ms)": r.drawn,
        "every fund read (ms; in USD, valued)": r.ms,
        "last RPC answer (ms)": r.lastAnswer,
        methods: r.methods,
      })),
    );
    // Per list size, the worst of the cold and the reloaded page in the fund's own asset (time: from
    // navigation to drawn, on a shared machine: it moves with the load); USD adds the feeds' logs.
    for (const n of [...new Set(rows.map((r) => r.funds))]) {
      const runs = rows.filter((r) => r.funds === n && r.unit === "asset");
      const requests = Math.max(...runs.map((r) => r.requests));
      const kib = Math.max(...runs.map((r) => r.bytes)) / 1024;
      const ms = Math.max(...runs.map((r) => r.drawn));
      const whole = Math.max(...runs.map((r) => r.ms));
      const why = `the lens pages ${n} funds in calls of 16.7M gas`;
      target(`Discover with ${n} funds ≤ 2 requests`, requests <= 2, `${requests} requests`, why);
      // The issue's budget is for 50 funds; larger lists are printed above.
      if (n === 50) target(`Discover with ${n} funds ≤ 60 KiB of RPC answers`, kib <= 60, `${kib.toFixed(1)} KiB`);
      if (n >= 500) {
        const figure = `${ms} ms (every fund read in ${whole} ms)`;
        target(`Discover with ${n} funds drawn ≤ 2 s`, ms <= 2000, figure, "the node's execution of the first call");
      }
      if (n > 50) {
        const dom = Math.max(...runs.map((r) => r.rendered));
        target(`Discover with ${n} funds: only rows in view in the DOM`, dom < n, `${dom} rows rendered`);
      }
    }
  }
  if (PARTS.has("tx") && !MAINNET_LIKE) await measureTx({ browser, app: APP, rpc: RPC_1, rpc2: RPC_2, target });
  await browser.close();
  if (limited) {
    console.log("What the limited provider saw:", limited.stats);
    await limited.close();
  }
}
