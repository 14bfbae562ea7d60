// Times transactions end to end in Chromium with the e2e test wallet (an injected EIP-1193
// provider whose dev accounts the local node signs for), on chain 31337:
// (a) approve + deposit on the USDC fund's page, from the click to the new balance on screen;
// (b) a fee claim on Portfolio, from its confirmation to the claimable figure at 0.
// "Confirmed" is when the wallet's eth_sendTransaction answers: the local node mines at once and
// answers after the block. Called by scripts/bench.mjs (part `tx`) with its browser and world.
import { createPublicClient, encodeFunctionData, erc20Abi, http } from "viem";

/** Hardhat dev account #4: an investor with USDC. #1: a manager-token holder with fees to claim. */
const INVESTOR = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const HOLDER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const AMOUNT = 100_000_000n; // 100 USDC
const TIMEOUT = 120_000;

/** As the app shows a USDC amount (e2e/invest.spec.ts's fmtUsdc). */
function usdc(v) {
  const format = new Intl.NumberFormat("en-US", {
    maximumFractionDigits: 6,
    maximumSignificantDigits: 8,
    roundingPriority: "morePrecision",
    roundingMode: "trunc",
  });
  return `${format.format(`${v / 1_000_000n}.${(v % 1_000_000n).toString().padStart(6, "0")}`)} USDC`;
}

// In the page: the time each eth_sendTransaction came back (the wallet relays through fetch), and
// every JSON-RPC request with its methods and when it started and ended.
const recordSends = () => {
  window.__sent = [];
  window.__rpc = [];
  const fetch0 = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const body = typeof init?.body === "string" ? init.body : "";
    const start = performance.now();
    const res = await fetch0(input, init);
    if (body.includes('"eth_sendTransaction"')) window.__sent.push(performance.now());
    else if (body.includes('"jsonrpc"')) {
      const calls = [JSON.parse(body)].flat().map((c) => c.method);
      window.__rpc.push({ start, end: performance.now(), calls });
    }
    return res;
  };
};

/** The reads sent from `from` to `to` (page times): requests, and calls by method. */
async function readsBetween(page, from, to) {
  const all = await page.evaluate(() => window.__rpc);
  const inside = all.filter((r) => r.start >= from && r.start <= to);
  const methods = {};
  for (const m of inside.flatMap((r) => r.calls)) methods[m] = (methods[m] ?? 0) + 1;
  return {
    "requests after confirmed": inside.length,
    methods: Object.entries(methods)
      .map(([m, n]) => `${m}×${n}`)
      .join(" "),
  };
}

export async function measureTx({ browser, app, rpc, rpc2, target }) {
  // The fixture reads the node's URLs from the environment when it is first imported.
  process.env.VITE_RPC_URL = rpc;
  process.env.VITE_RPC_URLS_31338 = rpc2;
  const { installTestWallet } = await import("../e2e/fixtures/wallet.ts");
  const { abis } = await import("../src/chain/deployments/abis.ts");
  const { deployment } = await import("../src/chain/deployments/31337.ts");
  const client = createPublicClient({ transport: http(rpc), cacheTime: 0 });
  const node = async (method, params = []) => {
    const res = await fetch(rpc, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const { result, error } = await res.json();
    if (error) throw new Error(`${method}: ${error.message}`);
    return result;
  };
  const send = async (from, to, data) =>
    client.waitForTransactionReceipt({ hash: await node("eth_sendTransaction", [{ from, to, data }]) });
  // The world is left as it was found (a reused one too): its fees still to claim, its balances.
  const snapshot = await node("evm_snapshot");
  try {
    await measure({ browser, app, client, send, target, installTestWallet, abis, deployment });
  } finally {
    await node("evm_revert", [snapshot]);
  }
}

async function measure({ browser, app, client, send, target, installTestWallet, abis, deployment }) {
  const [set] = await client.readContract({
    address: deployment.contracts.FundFactory.address,
    abi: abis.FundFactory,
    functionName: "allFunds",
  });
  const asset = await client.readContract({ address: set.fund, abi: abis.Fund, functionName: "asset" });
  const balanceOf = (token, account) =>
    client.readContract({ address: token, abi: erc20Abi, functionName: "balanceOf", args: [account] });
  const rows = [];

  // (a) Approve + deposit, as two transactions (the investor picks "Transaction", not a permit).
  {
    // No allowance left from an earlier run: the flow must approve.
    await send(INVESTOR, asset, encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [set.fund, 0n] }));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(recordSends);
    await installTestWallet(page, { account: INVESTOR, authorized: true });
    await page.goto(`${app}/fund/${set.fund}`);
    const panel = page.getByTestId("invest-panel");
    const hint = panel.getByText(/^Balance /);
    await hint.waitFor({ timeout: TIMEOUT });
    await panel.getByRole("radio", { name: "Transaction" }).check();
    await panel.getByLabel("Amount of USDC").fill("100");
    await page.waitForFunction(
      () => /^\d+$/.test(document.querySelector('[data-testid="preview-shares"]')?.dataset.value ?? ""),
      null,
      { timeout: TIMEOUT },
    );
    const expected = `Balance ${usdc((await balanceOf(asset, INVESTOR)) - AMOUNT)}`;
    const button = panel.getByRole("button", { name: "Deposit USDC" });
    const clicked = await button.evaluate((b) => {
      const t = performance.now();
      b.click();
      return t;
    });
    const shown = await page
      .waitForFunction(
        (text) =>
          [...document.querySelectorAll('[data-testid="invest-panel"] *')].some((e) => e.textContent === text) &&
          performance.now(),
        expected,
        { polling: "raf", timeout: TIMEOUT },
      )
      .then((h) => h.jsonValue());
    const sent = await page.evaluate(() => window.__sent);
    const confirmed = sent.at(-1);
    rows.push({
      flow: "approve + deposit 100 USDC (fund page)",
      transactions: sent.length,
      "click → confirmed (ms)": Math.round(confirmed - clicked),
      "confirmed → on screen (ms)": Math.round(shown - confirmed),
      "click → on screen (ms)": Math.round(shown - clicked),
      ...(await readsBetween(page, confirmed, shown)),
    });
    await context.close();
  }

  // (b) A fee claim on Portfolio: the holder's claimable fees of the first fund go to 0.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(recordSends);
    await installTestWallet(page, { account: HOLDER, authorized: true });
    await page.goto(`${app}/portfolio`);
    const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${set.fund}"]`));
    const claimable = card.getByTestId("mt-claimable");
    await claimable.waitFor({ timeout: TIMEOUT });
    if ((await claimable.getAttribute("data-value")) === "0") {
      rows.push({ flow: "fee claim (Portfolio)", transactions: 0, "confirmed → on screen (ms)": "nothing to claim" });
    } else {
      const clicked = await card.getByRole("button", { name: "Claim" }).evaluate((b) => {
        const t = performance.now();
        b.click();
        return t;
      });
      const shown = await page
        .waitForFunction(
          (fund) =>
            document.querySelector(`[data-testid="manager-tokens"][data-fund="${fund}"] [data-testid="mt-claimable"]`)
              ?.dataset.value === "0" && performance.now(),
          set.fund,
          { polling: "raf", timeout: TIMEOUT },
        )
        .then((h) => h.jsonValue());
      const sent = await page.evaluate(() => window.__sent);
      rows.push({
        flow: "fee claim (Portfolio)",
        transactions: sent.length,
        "click → confirmed (ms)": Math.round(sent.at(-1) - clicked),
        "confirmed → on screen (ms)": Math.round(shown - sent.at(-1)),
        "click → on screen (ms)": Math.round(shown - clicked),
        ...(await readsBetween(page, sent.at(-1), shown)),
      });
    }
    await context.close();
  }

  console.log("\nTransactions, Chromium, vite preview build, the e2e test wallet on chain 31337 (times under load):\n");
  console.table(rows);
  const [deposit, claim] = rows;
  target(
    "Approve + deposit end to end ≤ 3 s locally",
    deposit["click → on screen (ms)"] <= 3_000,
    `${deposit["click → on screen (ms)"]} ms from the click to the new balance on screen`,
    "see the table: click → confirmed is the wallet and the node, confirmed → on screen the app's reads",
  );
  for (const r of rows.filter((x) => typeof x["confirmed → on screen (ms)"] === "number"))
    target(
      `After confirmation, the figure is on screen within 1 s: ${r.flow}`,
      r["confirmed → on screen (ms)"] <= 1_000,
      `${r["confirmed → on screen (ms)"]} ms`,
      "the reads after the receipt took longer (the machine's load included)",
    );
  if (claim["confirmed → on screen (ms)"] === "nothing to claim")
    target(
      "After confirmation, the figure is on screen within 1 s: fee claim",
      false,
      "not measured",
      "no fees to claim",
    );
}
