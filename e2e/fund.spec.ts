import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page, Route } from "@playwright/test";
import { createPublicClient, defineChain, getAbiItem, http, parseUnits, toFunctionSelector, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { walkFeedRounds } from "../src/chain/feedWalk.ts";
import { checkpointSeries, convertSeries, holdingReturns, type FeedHistory } from "../src/domain/history/index.ts";
import { balancesFromTransfers } from "../src/domain/contributions/index.ts";
import { decodeHistory } from "../src/chain/fundRecords.ts";
import { fundHistoryRead } from "../src/chain/fundList.ts";
import { historySince } from "../src/chain/summaries.ts";
import { formatDate } from "../src/lib/dates.ts";
import {
  gavUsdWad,
  impermanentLoss,
  lpBasis,
  midPriceInAsset,
  premiumPpm,
  usdIn,
  type UsdPrice,
  yearCost,
} from "../src/domain/valuation/index.ts";
import { exact, money } from "../src/features/fund/format.ts";
import { bpsPercent, FINE, ppmPercent } from "../src/lib/percent.ts";
import { amountInputMessage, parseAmount } from "../src/lib/units.ts";
import { client, fundAmounts, fundSummaries, rpcUrl } from "./chain.ts";
import { nearSections } from "./fixtures/overview.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { expectFits } from "./fixtures/fits.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { HOLDER } from "./investChain.ts";

// A busy machine makes cold pages slow: patience, not retries.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const fundAbi = abiOf("Fund");
const feedAbi = abiOf("FeedProxy");
const pairAbi = abiOf("AmmPair");
const lens = contractOf(31337, "FundLens");
// The round walk batches through Multicall3, which a client finds on its chain.
const walkClient = createPublicClient({
  chain: defineChain({
    id: 31337,
    name: "local",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
    contracts: { multicall3: { address: contractOf(31337, "Multicall3").address } },
  }),
  transport: http(rpcUrl),
});
const parse = (text: string, decimals: number) => parseUnits(text.replace(/[^\d.]/g, ""), decimals);
const SHOTS = process.env.SHOTS_DIR ?? "test-results/screenshots";

async function fundNamed(name: string) {
  const f = (await fundSummaries()).find((s) => s.name === name);
  expect(f, name).toBeDefined();
  return f!;
}

/** The block the page read its snapshot at: the chain is compared there. */
async function pageBlock(page: Page) {
  await expect(page.getByTestId("fund-header")).toBeVisible();
  const block = BigInt((await page.getByTestId("fund-header").getAttribute("data-block"))!);
  // A block the page read before a chain revert no longer exists: read the page again.
  if (block > (await client.getBlockNumber({ cacheTime: 0 }))) {
    await page.reload();
    return pageBlock(page);
  }
  return block;
}

/**
 * A feed's latest price and every round, at `blockNumber`, read by walking its proxy's rounds
 * through every phase (not from the aggregators' logs, which the page reads).
 */
async function feedAt(feed: Address, decimals: number, blockNumber: bigint): Promise<UsdPrice & FeedHistory> {
  const [rounds, feedDecimals] = await Promise.all([
    walkFeedRounds(walkClient, feed, { blockNumber, since: 0n, firstStep: 1_000n }),
    client.readContract({ address: feed, abi: feedAbi, blockNumber, functionName: "decimals" }),
  ]);
  return { answer: rounds.at(-1)!.answer, feedDecimals, decimals, rounds };
}

/** A panel in both schemes at desktop and phone width, checking that the page fits each width. */

async function shootPanel(page: Page, panel: Locator, name: string) {
  for (const scheme of ["light", "dark"] as const)
    for (const [w, h] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: w, height: h });
      await expectFits(page, w);
      await panel.screenshot({ path: `${SHOTS}/${name}-${w}-${scheme}.png` });
    }
}

const isRpc = (url: URL) => url.origin === new URL(rpcUrl).origin;

for (const name of ["Evergreen Stable Yield", "BTC/ETH Balanced"]) {
  test(`${name}: header, holdings, intrinsic values and deep-linked tabs`, async ({ page }) => {
    const f = await fundNamed(name);
    const fund = f.address as Address;
    await page.goto(`/fund/${fund}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(f.name);
    const blockNumber = await pageBlock(page);
    const amounts = await fundAmounts(fund, blockNumber);
    await expect(page.getByTestId("fund-nav")).toHaveText(money(amounts.navPerShare, amounts.decimals, amounts.symbol));
    await expect(page.getByTestId("fund-tvl")).toHaveText(money(amounts.tvl, amounts.decimals, amounts.symbol));

    await page.getByRole("tab", { name: "Holdings" }).click();
    const [holdings] = await client.readContract({
      address: fund,
      abi: fundAbi,
      functionName: "holdings",
      blockNumber,
    });
    // The tab's code loads when it is opened: its rows, once drawn.
    await expect(page.getByTestId("holding-row")).toHaveCount(holdings.length);
    const shown = await page
      .getByTestId("holding-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-token")));
    expect(shown.sort()).toEqual(holdings.map((h) => h.token.toLowerCase()).sort());
    // Every oracle price at one precision, so that a stablecoin at 1 reads beside one at 0.9997.
    for (const price of await page.getByTestId("oracle-price").allTextContents())
      expect(price).toMatch(/^[\d,]+\.\d{4}$/);

    await page.getByRole("tab", { name: "Intrinsic values" }).click();
    // One read of the panel, once drawn, and of the block it was computed at, so that all come
    // from the same render (the page re-reads as blocks arrive).
    await expect(page.getByTestId("iv-nav")).toBeVisible();
    const [at, nav, investor, manager] = await page.evaluate(() => [
      document.querySelector('[data-testid="fund-header"]')!.getAttribute("data-block")!,
      ...["iv-nav", "iv-investor", "iv-manager"].map(
        (id) => document.querySelector(`[data-testid=${id}]`)!.textContent!,
      ),
    ]);
    // Each total is the lens's at that block: the split is the contracts', not NAV less the other.
    const iv = await client.readContract({
      ...lens,
      functionName: "intrinsicValues",
      args: [fund],
      blockNumber: BigInt(at),
    });
    const show = (v: bigint) => exact(v, amounts.decimals, amounts.symbol);
    expect([nav, investor, manager]).toEqual([show(iv.nav), show(iv.investorTotal), show(iv.managerTotal)]);
    expect(iv.investorTotal + iv.managerTotal).toBe(iv.nav);
    expect(parse(investor, amounts.decimals) + parse(manager, amounts.decimals)).toBe(parse(nav, amounts.decimals));
    await expect(page.getByText("How is this computed?")).toBeVisible();

    await page.goto(`/fund/${fund}?tab=fees`);
    await page.reload();
    await expect(page.getByRole("tab", { name: "Fees" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("panel-fees")).toContainText("High-water mark");
  });
}

test("NAV per share and a manager token's intrinsic value are the chain's, as formatted", async ({ page }) => {
  const f = await fundNamed("Evergreen Ether");
  await page.goto(`/fund/${f.address}?tab=intrinsic`);
  const blockNumber = await pageBlock(page);
  const iv = await client.readContract({ ...lens, functionName: "intrinsicValues", args: [f.address], blockNumber });
  // The lens's per-share value is what ERC-4626 converts one share to, to within its virtual share.
  const one = 10n ** BigInt(f.assetDecimals + 6);
  const converted = await client.readContract({
    address: f.address,
    abi: fundAbi,
    functionName: "convertToAssets",
    args: [one],
    blockNumber,
  });
  expect(converted <= iv.perShare && iv.perShare - converted <= iv.perShare / 10n ** 6n + 1n).toBe(true);
  await expect(page.getByTestId("fund-nav")).toHaveText(money(iv.perShare, f.assetDecimals, f.assetSymbol));
  await expect(page.getByTestId("iv-per-share")).toHaveText(money(iv.perShare, f.assetDecimals, f.assetSymbol));
  expect(iv.perManagerToken).toBeGreaterThan(0n);
  await expect(page.getByTestId("iv-per-manager-token")).toHaveText(
    money(iv.perManagerToken, f.assetDecimals, f.assetSymbol),
  );
});

test("the intrinsic-values tab names the pool excluded from fees and counts the claiming supply", async ({ page }) => {
  const f = await fundNamed("Evergreen Ether");
  const set = await client.readContract({
    ...contractOf(31337, "FundFactory"),
    functionName: "fundSet",
    args: [f.address],
  });
  const pool = await client.readContract({
    ...contractOf(31337, "AmmFactory"),
    functionName: "getPair",
    args: [set.managerToken, contractOf(31337, "WETH").address],
  });
  await page.goto(`/fund/${f.address}?tab=intrinsic`);
  const blockNumber = await pageBlock(page);
  const splitter = { address: set.feeSplitter, abi: abiOf("FeeSplitter"), blockNumber } as const;
  expect(await client.readContract({ ...splitter, functionName: "excludedHolders" })).toEqual([pool]);
  const holder = page.getByTestId("excluded-holder");
  await expect(holder).toHaveCount(1);
  await expect(holder).toHaveAttribute("data-address", pool);
  await expect(holder).toContainText("AMM pool of the manager token against WETH");
  const claiming = await client.readContract({ ...splitter, functionName: "claimingSupply" });
  const token = { address: set.managerToken, abi: abiOf("ManagerToken"), blockNumber } as const;
  const [supply, inPool] = await Promise.all([
    client.readContract({ ...token, functionName: "totalSupply" }),
    client.readContract({ ...token, functionName: "balanceOf", args: [pool] }),
  ]);
  expect(inPool).toBeGreaterThan(0n);
  expect(claiming).toBe(supply - inPool);
  await expect(page.getByTestId("iv-claiming-supply")).toHaveText(exact(claiming, 18, ""));
});

test("the unit switch converts the header, the charts at past prices and the tabs", async ({ page }) => {
  const f = await fundNamed("Evergreen Stable Yield");
  const fund = f.address as Address;
  await page.goto(`/fund/${fund}?in=eth`);
  const blockNumber = await pageBlock(page);
  const at = { address: fund, abi: fundAbi, blockNumber } as const;
  const [asset, tvl] = await Promise.all([
    client.readContract({ ...at, functionName: "asset" }),
    client.readContract({ ...at, functionName: "totalAssets" }),
  ]);
  const config = await client.readContract({ ...at, functionName: "assetConfig", args: [asset] });
  const [usdc, eth] = await Promise.all([
    feedAt(config.feed, f.assetDecimals, blockNumber),
    feedAt(contractOf(31337, "WETHUsdFeed").address, 18, blockNumber),
  ]);
  const tvlInEth = money(usdIn(gavUsdWad(tvl, usdc), eth), 18, "ETH");
  await expect(page.getByTestId("fund-tvl")).toHaveText(tvlInEth);

  // The chart runs from the NavRecorded events, each at the feed answers of its time, to the
  // value now, which is the header's.
  const navs = await client.getContractEvents({
    address: fund,
    abi: fundAbi,
    eventName: "NavRecorded",
    fromBlock: 0n,
    toBlock: blockNumber,
  });
  const first = navs[0].args;
  const [firstInEth] = convertSeries([{ t: first.timestamp!, v: first.gav! }], usdc, eth);
  const lastTvl = page.getByTestId("chart-tvl-last");
  await expect(lastTvl).toHaveText(`latest ${tvlInEth}`);
  await expect(page.getByTestId("chart-tvl")).toHaveAttribute("data-first", firstInEth.v.toString());

  await page.getByRole("tab", { name: "Holdings" }).click();
  await expect(page.getByTestId("holding-value").first()).toHaveText(/ ETH$/);
  // A click, not check(): the switch is controlled by the URL, which updates a moment later.
  await page.getByRole("radio", { name: "Fund asset" }).filter({ visible: true }).click();
  await expect(page).not.toHaveURL(/in=eth/);
  await expect(page.getByTestId("holding-value").first()).toHaveText(/ USDC$/);
  await page.getByRole("tab", { name: "Overview" }).click();
  await expect(lastTvl).toHaveText(`latest ${money(tvl, f.assetDecimals, f.assetSymbol)}`);
});

test("the Stable fund's investor token shows its pool's premium or discount to intrinsic value", async ({ page }) => {
  const f = await fundNamed("Evergreen Stable Yield");
  const fund = f.address as Address;
  await page.goto(`/fund/${fund}`);
  const blockNumber = await pageBlock(page);
  const asset = await client.readContract({ address: fund, abi: fundAbi, functionName: "asset", blockNumber });
  const pool = await client.readContract({
    ...contractOf(31337, "AmmFactory"),
    functionName: "getPair",
    args: [fund, asset],
    blockNumber,
  });
  const [token0, [r0, r1], iv] = await Promise.all([
    client.readContract({ address: pool, abi: pairAbi, functionName: "token0", blockNumber }),
    client.readContract({ address: pool, abi: pairAbi, functionName: "getReserves", blockNumber }),
    client.readContract({ ...lens, functionName: "intrinsicValues", args: [fund], blockNumber }),
  ]);
  const shareIs0 = token0.toLowerCase() === fund.toLowerCase();
  const price = midPriceInAsset(
    { reserveToken: shareIs0 ? r0 : r1, reserveQuote: shareIs0 ? r1 : r0, tokenDecimals: f.assetDecimals + 6 },
    "asset",
    { answer: 1n, feedDecimals: 8, decimals: f.assetDecimals },
  )!;
  const premium = premiumPpm(price, iv.perShare)!;
  const quote = page.locator('[data-testid="market-quote"][data-token="investor"]');
  await expect(quote).toContainText(money(price, f.assetDecimals, f.assetSymbol));
  await expect(quote.getByTestId("market-premium")).toHaveText(
    `${ppmPercent(premium, { signed: true })} ${premium < 0n ? "discount" : "premium"}`,
  );
});

test("an LP position shows its value in the pool, against holding, and its impermanent loss", async ({ page }) => {
  const f = await fundNamed("Evergreen Stable Yield");
  const fund = f.address as Address;
  await page.goto(`/fund/${fund}?tab=holdings`);
  const blockNumber = await pageBlock(page);
  const at = { address: fund, abi: fundAbi, blockNumber } as const;
  const [[holdings], [assets, pairs]] = await Promise.all([
    client.readContract({ ...at, functionName: "holdings" }),
    client.readContract({ ...at, functionName: "registry" }),
  ]);
  const pair = pairs[0];
  const position = page.locator(`[data-testid="lp-position"][data-pair="${pair.toLowerCase()}"]`);
  const lpHolding = holdings.find((h) => h.token.toLowerCase() === pair.toLowerCase())!;
  await expect(position.getByTestId("lp-value")).toHaveText(money(lpHolding.value, f.assetDecimals, f.assetSymbol));

  // Impermanent loss from what the fund's events say went in, at today's prices.
  const events = async (eventName: "LiquidityAdded" | "LiquidityRemoved") =>
    (
      await client.getContractEvents({
        address: fund,
        abi: fundAbi,
        eventName,
        args: { pair },
        fromBlock: 0n,
        toBlock: blockNumber,
      })
    ).map((e) => ({ ...e, kind: eventName === "LiquidityAdded" ? ("add" as const) : ("remove" as const) }));
  const all = [...(await events("LiquidityAdded")), ...(await events("LiquidityRemoved"))].sort(
    (a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex,
  );
  const basis = lpBasis(
    all.map((e) => ({
      kind: e.kind,
      amount0: e.args.amount0!,
      amount1: e.args.amount1!,
      liquidity: e.args.liquidity!,
    })),
  );
  const read = (
    address: Address,
    functionName: "token0" | "token1" | "getReserves" | "totalSupply" | "balanceOf",
    args?: readonly [Address],
  ) => client.readContract({ address, abi: pairAbi, functionName, args, blockNumber } as never) as Promise<unknown>;
  const [t0, t1, reserves, lpSupply, lp] = (await Promise.all([
    read(pair, "token0"),
    read(pair, "token1"),
    read(pair, "getReserves"),
    read(pair, "totalSupply"),
    read(pair, "balanceOf", [fund]),
  ])) as [Address, Address, readonly bigint[], bigint, bigint];
  const priceOf = async (token: Address): Promise<UsdPrice> => {
    const c = await client.readContract({ ...at, functionName: "assetConfig", args: [token] });
    const round = await client.readContract({
      address: c.feed,
      abi: feedAbi,
      functionName: "latestRoundData",
      blockNumber,
    });
    return { answer: round[1], feedDecimals: c.feedDecimals, decimals: c.decimals };
  };
  expect(assets.map((a) => a.toLowerCase())).toContain(t0.toLowerCase());
  const il = impermanentLoss({
    ...basis,
    price0: await priceOf(t0),
    price1: await priceOf(t1),
    position: { lp, lpSupply, reserve0: reserves[0], reserve1: reserves[1] },
  });
  await expect(position.getByTestId("lp-il")).toHaveText(ppmPercent(il.priceIlPpm, { signed: true, ...FINE }));
  await expect(position.getByTestId("lp-vs-hold")).toHaveText(ppmPercent(il.ilPpm, { signed: true, ...FINE }));
});

test(
  "the guidelines show the slippage limit, minimum cash and entry and exit fees, and the fees tab the " +
    "entry and exit fees, as the fund has them",
  async ({ page }) => {
    for (const name of ["DeFi Blue Chips", "Algorithmic Momentum"]) {
      const f = await fundNamed(name);
      const fund = f.address as Address;
      const at = { address: fund, abi: fundAbi } as const;
      const [entry, exit, limits, cap] = await Promise.all([
        client.readContract({ ...at, functionName: "entryBps" }),
        client.readContract({ ...at, functionName: "exitBps" }),
        client.readContract({ ...at, functionName: "limits" }),
        client.readContract({ ...at, functionName: "MAX_ENTRY_EXIT_BPS" }),
      ]);
      expect([entry, exit], name).toEqual(name === "DeFi Blue Chips" ? [25, 25] : [50, 50]);
      await page.goto(`/fund/${fund}`);
      await nearSections(page, "fund-limits");
      const limitsList = page.getByTestId("fund-limits");
      await expect(limitsList.getByTestId("limit-slippage")).toHaveText(bpsPercent(limits.maxSlippageBps));
      await expect(limitsList.getByTestId("limit-min-cash")).toHaveText(bpsPercent(limits.minCashBps));
      // A fund that may not provide liquidity says so, not "at most 0%".
      await expect(limitsList.getByTestId("limit-lp")).toHaveText(
        limits.maxLpBps === 0 ? "none" : bpsPercent(limits.maxLpBps),
      );
      if (limits.maxLpBps === 0) await expect(page.getByText("and no LP positions;")).toBeVisible();
      await expect(limitsList.getByTestId("limit-entry-exit")).toHaveText(`${bpsPercent(entry)} / ${bpsPercent(exit)}`);
      await page.getByRole("tab", { name: "Fees" }).click();
      await expect(page.getByTestId("fees-entry")).toHaveText(
        `${bpsPercent(entry)} of a deposit (cap ${bpsPercent(cap)})`,
      );
      await expect(page.getByTestId("fees-exit")).toHaveText(
        `${bpsPercent(exit)} of a cash redemption (cap ${bpsPercent(cap)})`,
      );
    }
  },
);

test("fees: charged to date from the events, and the accrual since the last one moving with time", async ({ page }) => {
  const f = await fundNamed("Evergreen Ether");
  const fund = f.address as Address;
  await page.goto(`/fund/${fund}?tab=fees`);
  const blockNumber = await pageBlock(page);
  const accruals = await client.getContractEvents({
    address: fund,
    abi: fundAbi,
    eventName: "FeesAccrued",
    fromBlock: 0n,
    toBlock: blockNumber,
  });
  const total = accruals.reduce((s, e) => s + e.args.managementFee! + e.args.performanceFee!, 0n);
  await expect(page.getByTestId("fees-paid-total")).toHaveText(money(total, f.assetDecimals, f.assetSymbol));
  await expect(page.getByTestId("fees-paid-count")).toHaveText(new RegExp(`^${accruals.length}, the latest on `));
  await expect(page.getByTestId("fee-flow")).toContainText("manager token");
  const live = page.getByTestId("live-accrual");
  const t0 = (await live.getAttribute("data-t"))!;
  await expect(live).not.toHaveAttribute("data-t", t0);
});

/** Answers every JSON-RPC request with an error, as a node that is down behind a proxy would. */
async function failRpc(route: Route) {
  const body = route.request().postDataJSON();
  const fail = (r: { id: number }) => ({
    jsonrpc: "2.0",
    id: r.id,
    error: { code: -32603, message: "node unavailable" },
  });
  await route.fulfill({
    status: 200,
    contentType: "application/json",
    body: JSON.stringify(Array.isArray(body) ? body.map(fail) : fail(body)),
  });
}

test("loading, then an RPC failure shows an error with Retry, and Retry recovers", async ({ page }) => {
  const [first] = await fundSummaries();
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(isRpc, async (route) => {
    await gate;
    await failRpc(route);
  });
  await page.goto(`/fund/${first.address}`);
  await expect(page.getByTestId("fund-loading")).toBeVisible();
  release();
  await expect(page.getByRole("alert")).toContainText("The fund could not be read.");
  await expect(page.getByTestId("fund-header")).toHaveCount(0);
  await page.unroute(isRpc);
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("fund-nav")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("an unknown address shows that there is no such fund", async ({ page }) => {
  await page.goto("/fund/0x000000000000000000000000000000000000dEaD");
  await expect(page.getByTestId("no-such-fund")).toBeVisible();
});

test("every spelling of a fund's address opens the fund; mixed case with a wrong checksum is named as such", async ({
  page,
}) => {
  const [first] = await fundSummaries();
  const hex = first.address.slice(2);
  for (const spelling of [first.address, `0x${hex.toLowerCase()}`, `0x${hex.toUpperCase()}`]) {
    await page.goto(`/fund/${spelling}`);
    await expect(page.getByTestId("fund-header"), spelling).toContainText(first.name);
  }
  // One letter's case flipped: still 40 hex digits, no longer its checksum.
  const i = hex.search(/[a-fA-F]/);
  const other = hex[i] === hex[i].toLowerCase() ? hex[i].toUpperCase() : hex[i].toLowerCase();
  const flipped = `0x${hex.slice(0, i)}${other}${hex.slice(i + 1)}`;
  await page.goto(`/fund/${flipped}`);
  await expect(page.getByTestId("bad-checksum")).toContainText("The address's checksum is wrong");
  await expect(page.getByTestId("no-such-fund")).toHaveCount(0);
});

test.describe(() => {
  test.use({ expectedConsoleErrors: [/status of 502 \(Bad Gateway\)/] });
  test(
    "a provider failing eth_call (HTTP 502, upstream timeout) is said as the provider's failure, not a " + "revert",
    async ({ page }) => {
      const [first] = await fundSummaries();
      await page.route(isRpc, async (route) => {
        const body = route.request().postDataJSON();
        const calls = ([] as { id: number; method: string }[]).concat(body);
        if (!calls.some((c) => c.method === "eth_call")) return route.continue();
        const fail = (r: { id: number }) => ({
          jsonrpc: "2.0",
          id: r.id,
          error: { code: -32603, message: "upstream timeout" },
        });
        await route.fulfill({
          status: 502,
          contentType: "application/json",
          body: JSON.stringify(Array.isArray(body) ? body.map(fail) : fail(body)),
        });
      });
      await page.goto(`/fund/${first.address}`);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("The fund could not be read.");
      await expect(alert).toContainText(
        "The network provider failed (upstream timeout); nothing reverted. Retrying on its own, or press Retry.",
      );
      await expect(alert).not.toContainText("reverted with");
      await page.unroute(isRpc);
      await page.getByRole("button", { name: "Retry" }).click();
      await expect(page.getByTestId("fund-nav")).toBeVisible();
    },
  );
});

const ready: Record<string, (page: Page) => Promise<void>> = {
  overview: (page) => expect(page.getByTestId("chart-nav").locator(".chart-line")).toBeVisible(),
  holdings: (page) => expect(page.getByTestId("lp-value").first()).toBeVisible(),
  fees: (page) => expect(page.getByTestId("fees-paid-total")).toBeVisible(),
  intrinsic: (page) => expect(page.getByTestId("iv-nav")).toBeVisible(),
};

for (const [w, h] of [
  [1280, 800],
  [390, 844],
  [360, 740],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`every tab at ${w}×${h} ${scheme}: no sideways scrolling, no serious axe violation`, async ({ page }) => {
      const f = await fundNamed("Evergreen Stable Yield");
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      for (const tab of Object.keys(ready)) {
        await page.goto(`/fund/${f.address}?tab=${tab}`);
        await ready[tab](page);
        await expectFits(page, w, `${tab} fits ${w} px`);
        const { violations } = await new AxeBuilder({ page }).include("main").analyze();
        expect(
          violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
          tab,
        ).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/fund-${tab}-${w}-${scheme}.png`, fullPage: true });
      }
    });
  }
}

test("a fund with primary-market positions names them, their cost and each deal's escrow, at 390 px", async ({
  page,
}) => {
  const f = await fundNamed("Primary Ventures");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/fund/${f.address}?tab=holdings`);
  await pageBlock(page);
  await expect(page.getByTestId("primary-position").first()).toContainText(/\(\w+\)/);
  await expect(page.getByTestId("primary-cost").first()).toHaveText(/ USDC$/);
  await expect(page.getByTestId("vam-escrow").first()).toContainText("Deal for ");
  await expectFits(page, 390);
  await page.screenshot({ path: `${SHOTS}/fund-primary-holdings-390.png`, fullPage: true });
});

test("on a phone the fund's tabs fade out at the edge where more tabs are hidden", async ({ page }) => {
  const f = await fundNamed("Evergreen Stable Yield");
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/fund/${f.address}`);
  const tabs = page.getByRole("tablist", { name: "Fund sections" });
  await expect(tabs).toHaveAttribute("data-scroll-more", "right");
  await tabs.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(tabs).toHaveAttribute("data-scroll-more", "left");
  await tabs.evaluate((el) => el.scrollTo({ left: 100 }));
  await expect(tabs).toHaveAttribute("data-scroll-more", "both");
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(tabs, "every tab fits on a wide screen").toHaveAttribute("data-scroll-more", "none");
});

test("the overview gives the past year's volatility, drawdown and Sharpe ratio, in the unit shown", async ({
  page,
}) => {
  const f = await fundNamed("Evergreen Ether");
  const pct = (s: string) => Number(s.replace(/[%+,\s]/g, "").replace("−", "-"));
  const read = async () => {
    const risk = page.getByTestId("fund-risk");
    await expect(risk.getByTestId("risk-sharpe")).toBeVisible();
    const [vol, dd, sharpe, annual] = await Promise.all(
      ["risk-volatility", "risk-drawdown", "risk-sharpe", "risk-annual"].map((id) => risk.getByTestId(id).innerText()),
    );
    expect(pct(vol), "volatility").toBeGreaterThan(0);
    expect(pct(dd), "a drawdown is a fall").toBeLessThanOrEqual(0);
    // The ratio is the annualised return over the volatility, both as shown (rounded).
    expect(Number(sharpe)).toBeCloseTo(pct(annual) / pct(vol), 1);
    return { vol, dd, sharpe };
  };
  await page.goto(`/fund/${f.address}`);
  await nearSections(page);
  await expect(page.getByRole("heading", { name: "Risk over the past year (in WETH)" })).toBeVisible();
  const inWeth = await read();
  await page.goto(`/fund/${f.address}?in=usd`);
  await nearSections(page);
  await expect(page.getByRole("heading", { name: "Risk over the past year (in USD)" })).toBeVisible();
  const inUsd = await read();
  expect(inUsd.vol, "in USD the fund moves with ether's price").not.toEqual(inWeth.vol);
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.getByTestId("fund-risk").scrollIntoViewIfNeeded();
    await expectFits(page, w);
    await page.screenshot({ path: `${SHOTS}/fund-risk-${w}.png` });
  }
});

test("fees: what a year costs for an amount the investor types, at the fund's own terms", async ({ page }) => {
  const f = await fundNamed("Evergreen Stable Yield");
  const read = <T>(functionName: "feeState" | "entryBps" | "exitBps") =>
    client.readContract({ address: f.address, abi: fundAbi, functionName }) as Promise<T>;
  const fees = await read<{ managementBps: bigint; performanceBps: bigint; hurdleBps: bigint }>("feeState");
  const [entryBps, exitBps] = [BigInt(await read<number>("entryBps")), BigInt(await read<number>("exitBps"))];
  const decimals = 6; // USDC
  await page.goto(`/fund/${f.address}?tab=fees`);
  const calc = page.getByTestId("year-cost");
  await calc.getByTestId("cost-amount").fill("25,000.5");
  await calc.getByTestId("cost-gain").fill("12.5");
  const want = yearCost(parseUnits("25000.5", decimals), 1_250n, { entryBps, exitBps, ...fees });
  const show = (v: bigint) => exact(v, decimals, "USDC");
  await expect(calc.getByTestId("cost-entry")).toHaveText(show(want.entry));
  await expect(calc.getByTestId("cost-management")).toHaveText(show(want.management));
  await expect(calc.getByTestId("cost-performance")).toHaveText(show(want.performance));
  await expect(calc.getByTestId("cost-exit")).toHaveText(show(want.exit));
  await expect(calc.getByTestId("cost-end")).toHaveText(show(want.end));
  expect(want.management, "the seeded fund charges a management fee").toBeGreaterThan(0n);

  // A loss, and then a mistyped amount: said at the field, the other figures wait, the text stays.
  await calc.getByTestId("cost-gain").fill("-30");
  await expect(calc.getByTestId("cost-performance")).toHaveText(show(0n));
  await calc.getByTestId("cost-amount").fill("12.3.4");
  const typo = parseAmount("12.3.4", decimals);
  expect(typo.ok).toBe(false);
  if (!typo.ok) await expect(calc.getByText(amountInputMessage(typo.error, "USDC"))).toBeVisible();
  await expect(calc.getByTestId("cost-amount")).toHaveAttribute("aria-invalid", "true");
  await expect(calc.getByTestId("cost-amount")).toHaveValue("12.3.4");
  await expect(calc.getByTestId("cost-total")).toHaveText("—");
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await calc.scrollIntoViewIfNeeded();
    await expectFits(page, w);
    await page.screenshot({ path: `${SHOTS}/fund-year-cost-${w}.png` });
  }
});

test("the NAV chart reads its points from the keyboard, and announces each", async ({ page }) => {
  const f = await fundNamed("Evergreen Stable Yield");
  await page.goto(`/fund/${f.address}`);
  const chart = page.getByTestId("chart-nav").getByRole("group", { name: /arrow keys/ });
  await expect(chart.locator(".chart-line")).toBeVisible();
  const said = chart.locator("[aria-live]");
  await expect(said).toHaveText("");
  await chart.focus();
  await page.keyboard.press("End");
  await expect(said).toHaveText(new RegExp(`: NAV per share [\\d.,]+ ${f.assetSymbol}$`));
  const latest = await said.textContent();
  await page.keyboard.press("Home");
  await expect(said).not.toHaveText(latest!);
  const first = await said.textContent();
  await page.keyboard.press("ArrowRight");
  await expect(said).not.toHaveText(first!);
  await page.keyboard.press("Tab"); // leaving the chart hides the point
  await expect(said).toHaveText("");
});

test("beside the returns: holding ETH or BTC over the same windows, at the feeds' prices of their time", async ({
  page,
}) => {
  const f = await fundNamed("DeFi Blue Chips");
  await page.goto(`/fund/${f.address}?in=usd`);
  const block = await pageBlock(page);
  await nearSections(page);
  const bench = page.getByTestId("benchmark");
  await expect(bench).not.toHaveAttribute("aria-busy", "true", { timeout: 60_000 });
  // The fund's row is the header's returns, computed one way.
  for (const w of ["d7", "d30", "y1"]) {
    const header = page.getByTestId(`fund-ret-${w}`);
    await expect(header).not.toHaveText("…");
    await expect(bench.getByTestId(`bench-fund-${w}`)).toHaveText((await header.textContent())!.trim());
  }
  // Holding ETH, from the lens's checkpoint times at the page's block and the feed's rounds walked there.
  const { timestamp } = await client.getBlock({ blockNumber: block });
  const history = await client.readContract({
    ...fundHistoryRead(31337, f.address, historySince(Number(timestamp))),
    blockNumber: block,
  });
  const times = decodeHistory(history)!.returns.map((p) => p.t);
  const eth = await feedAt(contractOf(31337, "WETHUsdFeed").address, 18, block);
  const want = holdingReturns(times, timestamp, undefined, eth);
  for (const w of ["d7", "d30", "y1"] as const) {
    expect(want[w], `the seeded world has ETH's ${w} return`).toBeDefined();
    await expect(bench.getByTestId(`bench-eth-${w}`)).toHaveText(ppmPercent(want[w]!, { signed: true }));
  }
  // In ETH, holding ETH returns nothing; BTC still moves against it.
  await page.goto(`/fund/${f.address}?in=eth`);
  await nearSections(page);
  await expect(bench).not.toHaveAttribute("aria-busy", "true", { timeout: 60_000 });
  await expect(bench.getByTestId("benchmark-eth").locator("td")).toHaveText(Array(4).fill(/^[+]?0\.00%$/));
  await expect(bench.getByTestId("bench-btc-y1")).not.toHaveText(/^[+]?0\.00%$/);
  await shootPanel(page, bench, "fund-benchmark");
});

test("the record since inception: first NAV, peak, worst fall and the addresses holding shares now", async ({
  page,
}) => {
  const f = await fundNamed("Evergreen Stable Yield");
  await page.goto(`/fund/${f.address}`);
  const block = await pageBlock(page);
  await nearSections(page);
  const record = page.getByTestId("track-record");
  await expect(record.getByTestId("record-holders")).toHaveText(/^\d[\d,]*$/, { timeout: 60_000 });
  const logs = async (name: "NavRecorded" | "Transfer") =>
    client.getContractEvents({ address: f.address, abi: fundAbi, eventName: name, fromBlock: 0n, toBlock: block });
  const navs = await logs("NavRecorded");
  const first = navs.find((l) => (l.args as { totalSupply?: bigint }).totalSupply !== 0n) ?? navs[0];
  await expect(record.getByTestId("record-inception")).toHaveText(
    formatDate((first.args as { timestamp: bigint }).timestamp),
  );
  const holders = balancesFromTransfers(
    (await logs("Transfer")).map((l) => l.args as { from: Address; to: Address; value: bigint }),
  );
  expect(holders.length).toBeGreaterThan(1);
  await expect(record.getByTestId("record-holders")).toHaveText(holders.length.toLocaleString("en-US"));
  await expect(record.getByTestId("record-drawdown")).toHaveText(/^-?\d+\.\d\d%$/);
  await expect(record.getByTestId("record-peak")).toHaveText(/ USDC$/);
  await shootPanel(page, record, "fund-record");
});

test("the track record names the manager's other funds with their returns, or says the holders govern the fund", async ({
  page,
}) => {
  const funds = await fundSummaries();
  const managerOf = (address: Address) => client.readContract({ address, abi: fundAbi, functionName: "manager" });
  const stable = await fundNamed("Evergreen Stable Yield");
  const manager = await managerOf(stable.address);
  const others: typeof funds = [];
  for (const f of funds) if (f.address !== stable.address && (await managerOf(f.address)) === manager) others.push(f);
  expect(
    others.map((o) => o.name),
    "the seeded institution runs two funds",
  ).toEqual(["BTC/ETH Balanced"]);

  // Read with the overview, in its requests: none of its own. (Later reads, such as the holders'
  // once the history is in, may go out before the section's code arrives: they are not counted.)
  const bodies: string[] = [];
  page.on("request", (r) => void (isRpc(new URL(r.url())) && r.method() === "POST" && bodies.push(r.postData() ?? "")));
  await page.goto(`/fund/${stable.address}`);
  await nearSections(page);
  const list = page.getByTestId("track-record").getByTestId("manager-funds");
  await expect(list).toHaveAttribute("data-state", "list");
  const managedBy = toFunctionSelector(getAbiItem({ abi: abiOf("FundListLens"), name: "managedBy" })).slice(2);
  const carrying = bodies.flatMap((b, i) => (b.toLowerCase().includes(managedBy) ? [i] : []));
  expect(carrying, "the manager's funds are read once, in one of the overview's first three requests").toHaveLength(1);
  expect(carrying[0]).toBeLessThan(3);
  await expect(list.getByTestId("manager-fund")).toHaveCount(others.length);
  for (const o of others) {
    const item = list.locator(`[data-fund="${o.address.toLowerCase()}"]`);
    await expect(item.getByRole("link")).toHaveText(o.name);
    // Since its first checkpoint with a NAV per share, to its NAV per share now, in its asset: at the
    // block the page read, which moves on when the keeper mines one, so compared until they agree.
    const at = async (block: bigint) => {
      const words = await client.readContract({
        address: o.address,
        abi: fundAbi,
        functionName: "checkpoints",
        args: [0n, 1_000n, 1n],
        blockNumber: block,
      });
      const first = checkpointSeries(words).nav[0];
      const { perShare } = await client.readContract({
        ...lens,
        functionName: "intrinsicValues",
        args: [o.address],
        blockNumber: block,
      });
      const ppm = ((perShare - first.navPerShare) * 1_000_000n) / first.navPerShare;
      return { text: ppmPercent(ppm, { signed: true }), since: `since ${formatDate(first.t)}` };
    };
    await expect
      .poll(async () => {
        const expected = await at(await pageBlock(page));
        // A reload (after a chain revert) draws the sections again only near the view.
        await nearSections(page);
        const shown = await item.getByTestId("manager-fund-return").textContent();
        return shown === expected.text ? "same" : `${shown} shown, ${expected.text} on chain`;
      })
      .toBe("same");
    await expect(item).toContainText((await at(await pageBlock(page))).since);
  }
  await shootPanel(page, page.getByTestId("track-record"), "fund-record-manager-funds");
  // Each of the two names the other.
  await list.getByRole("link", { name: "BTC/ETH Balanced" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("BTC/ETH Balanced");
  await nearSections(page);
  await expect(
    page.getByTestId("manager-funds").locator(`[data-fund="${stable.address.toLowerCase()}"]`).getByRole("link"),
  ).toHaveText("Evergreen Stable Yield");

  // A fund its own timelock manages: its holders' governance, no list.
  const ether = await fundNamed("Evergreen Ether");
  await page.goto(`/fund/${ether.address}`);
  await nearSections(page);
  const governed = page.getByTestId("manager-funds");
  await expect(governed).toHaveAttribute("data-state", "governance");
  await expect(governed).toHaveText(
    "Managed by its manager-token holders' governance, through its own timelock: no other funds.",
  );
  await shootPanel(page, page.getByTestId("track-record"), "fund-record-governance");
  // The algorithm's keeper runs one fund only.
  const algo = funds.find((f) => f.mechanism === 2)!;
  const keeper = await managerOf(algo.address);
  expect((await Promise.all(funds.map((f) => managerOf(f.address)))).filter((m) => m === keeper)).toHaveLength(1);
  await page.goto(`/fund/${algo.address}`);
  await nearSections(page);
  await expect(page.getByTestId("manager-funds")).toHaveText("Its manager runs no other fund in the registry.");
});

test("the intrinsic tab: your shares and manager tokens at their value, or a word when no wallet is connected", async ({
  page,
}) => {
  const f = await fundNamed("Evergreen Stable Yield");
  await page.goto(`/fund/${f.address}?tab=intrinsic`);
  await expect(page.getByTestId("your-value")).toHaveText(/Connect a wallet to see what your shares/);
  await expect(page.getByTestId("your-shares-value")).toHaveCount(0);

  await installTestWallet(page, { account: HOLDER, authorized: true });
  await page.goto(`/fund/${f.address}?tab=intrinsic`);
  const blockNumber = await pageBlock(page);
  const shares = await client.readContract({
    address: f.address,
    abi: fundAbi,
    functionName: "balanceOf",
    args: [HOLDER],
    blockNumber,
  });
  const assets = await client.readContract({
    address: f.address,
    abi: fundAbi,
    functionName: "convertToAssets",
    args: [shares],
    blockNumber,
  });
  const [credited, tokens] = await client.readContract({
    ...lens,
    functionName: "holderValue",
    args: [f.address, HOLDER],
    blockNumber,
  });
  expect(credited + tokens, "the seeded holder owns something through its manager tokens").toBeGreaterThan(0n);
  const mine = page.getByTestId("your-value");
  await expect(mine.getByTestId("your-shares-value")).toHaveAttribute("data-value", assets.toString());
  await expect(mine.getByTestId("your-shares-value")).toHaveText(money(assets, 6, "USDC"));
  await expect(mine.getByTestId("your-holder-value")).toHaveAttribute("data-value", (credited + tokens).toString());
  await shootPanel(page, mine, "fund-your-value");
});
