// Behind a provider with a public endpoint's limits (eth_getLogs refused over 1,000 blocks or
// 2,000 results, HTTP 429 above 25 requests a second, 80 ms latency, a 503 every 50 requests),
// every page still renders in full; the log reader learns the range limit from the first
// refusal and is not refused again. The world holds about 8,000 blocks, so the limit is scaled
// down from a public endpoint's 10,000 to make a year of history need splitting.
import { erc20Abi, type Address } from "viem";
import { startLimitedRpc, type LimitedRpc } from "../scripts/limitedRpc.ts";
import { abiOf } from "../src/chain/contracts.ts";
import { allFunds, client, fundSummaries, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { HOLDER } from "./investChain.ts";

test.describe.configure({ mode: "serial", timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 90_000 });
// The browser's own line for each 429 and 503 it receives.
test.use({ expectedConsoleErrors: [/status of (429|503)/] });

let provider: LimitedRpc;
test.beforeAll(async () => {
  provider = await startLimitedRpc(rpcUrl, {
    maxLogBlocks: 1000n,
    maxLogResults: 2000,
    ratePerSecond: 25,
    latencyMs: 80,
    failEvery: 50,
  });
});
test.afterAll(async () => provider?.close());
// The page keeps polling: requests still on their way through the proxy when a test ends are dropped.
test.afterEach(async ({ page }) => page.unrouteAll({ behavior: "ignoreErrors" }));

const governorAbi = abiOf("FundGovernor");
const rewardsAbi = abiOf("ContributionRewards");
const fundAbi = abiOf("Fund");

async function setNamed(name: string) {
  for (const set of await allFunds()) {
    if ((await client.readContract({ address: set.fund, abi: fundAbi, functionName: "name" })) === name) return set;
  }
  throw new Error(`no fund named ${name}`);
}

test("every page renders in full behind a provider with public limits, and the range limit is learned once", async ({
  page,
}) => {
  await page.route(`${rpcUrl}/**`, async (route) =>
    route.fulfill({ response: await route.fetch({ url: provider.url }) }),
  );
  await installTestWallet(page, { account: HOLDER, authorized: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Discover in the funds' assets: every fund, every sparkline (a year of daily checkpoints, read
  // with the summaries: no event logs at all).
  const funds = await fundSummaries();
  await page.goto("/?in=asset");
  await expect(page.getByTestId("fund-row")).toHaveCount(funds.length);
  await expect(page.getByTestId("sparkline")).toHaveCount(funds.length);
  expect(provider.stats.logRangesRefused + provider.stats.logsServed, "Discover reads no logs").toBe(0);
  // In USD, its default, the returns are valued at each day's prices: the asset feeds' rounds come
  // from their AnswerUpdated logs, which the provider makes split.
  await page.goto("/");
  await expect(page.getByTestId("fund-row")).toHaveCount(funds.length);
  await expect(page.getByTestId("fund-tvl").first()).toContainText("USD");
  // Each return drawn (not the "…" of a return waiting for its prices).
  await expect(page.getByTestId("fund-r7").filter({ hasText: "…" })).toHaveCount(0);
  await expect(page.getByTestId("fund-r7").filter({ hasText: "%" })).not.toHaveCount(0);

  // A fund page, reached in the app: overview with both charts and the market, then each tab.
  const ether = await setNamed("Evergreen Ether");
  await page.getByRole("link", { name: "Evergreen Ether" }).first().click();
  // Discover's rows carry the same test ids: wait for the fund page before reading it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evergreen Ether");
  await expect(page.getByTestId("fund-header").getByTestId("fund-nav")).toBeVisible();
  await expect(page.getByTestId("fund-market")).toBeVisible();
  await expect(page.locator('[data-testid="chart-nav"] .chart-line')).toBeVisible();
  await expect(page.locator('[data-testid="chart-tvl"] .chart-line')).toBeVisible();
  // Discover's feed rounds and the charts' year of NavRecorded logs needed splitting; at most one
  // refusal per read in flight before the first answer taught the limit.
  const refusedAtFirst = provider.stats.logRangesRefused;
  expect(refusedAtFirst, "the year of history needed splitting").toBeGreaterThan(0);
  expect(refusedAtFirst).toBeLessThanOrEqual(6);
  await page.getByRole("tab", { name: "Holdings" }).click();
  await expect(page.getByTestId("holding-row").first()).toBeVisible();
  await page.getByRole("tab", { name: "Fees" }).click();
  await expect(page.getByTestId("fees-paid-total")).toBeVisible();

  const proposals = await client.getContractEvents({
    address: ether.governor,
    abi: governorAbi,
    eventName: "ProposalCreated",
    fromBlock: 0n,
  });
  await page.getByRole("tab", { name: "Governance" }).click();
  await expect(page.getByTestId("proposal-card")).toHaveCount(proposals.length);

  const awards = await client.readContract({
    address: ether.contributionRewards,
    abi: rewardsAbi,
    functionName: "allAwards",
  });
  await page.getByRole("tab", { name: "Contributors" }).click();
  await expect(page.getByTestId("panel-contributors").getByTestId("award")).toHaveCount(awards.length);

  await page.getByRole("tab", { name: "Advisor" }).click();
  await expect(page.getByTestId("advisor-row").first()).toBeVisible();

  // Every deal of the venture fund, on the Deals page.
  await page.getByRole("link", { name: "Deals", exact: true }).click();
  await expect(page.getByTestId("deal")).not.toHaveCount(0);
  await expect(page.getByTestId("deals-loading")).toHaveCount(0);

  // Portfolio: a position in every fund the holder has shares of, and the account's activity.
  const held: Address[] = [];
  for (const f of funds)
    if (
      (await client.readContract({ address: f.address, abi: erc20Abi, functionName: "balanceOf", args: [HOLDER] })) > 0n
    )
      held.push(f.address);
  await page.getByRole("link", { name: "Portfolio", exact: true }).click();
  await expect(page.getByTestId("position")).toHaveCount(held.length);
  await expect(page.getByTestId("activity-item").first()).toBeVisible();

  // Nothing after the first page was refused for its range; retries rode out the 503s.
  expect(provider.stats.logRangesRefused).toBe(refusedAtFirst);
  expect(provider.stats.failed).toBeGreaterThan(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  test.info().annotations.push({ type: "provider", description: JSON.stringify(provider.stats) });
});

test("a provider answering 429 to bursts: the fund page backs off and still draws its history in full", async ({
  page,
}) => {
  // One request a second: the page's two state reads, one after the other, are more than that on every run
  // (its log ranges go out batched, a few in one request).
  provider.limits.ratePerSecond = 1;
  const before = { ...provider.stats };
  await page.route(`${rpcUrl}/**`, async (route) =>
    route.fulfill({ response: await route.fetch({ url: provider.url }) }),
  );
  const ether = await setNamed("Evergreen Ether");
  await page.goto(`/fund/${ether.fund}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evergreen Ether");
  await expect(page.locator('[data-testid="chart-nav"] .chart-line')).toBeVisible();
  await expect(page.locator('[data-testid="chart-tvl"] .chart-line')).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(provider.stats.rateLimited - before.rateLimited, "the provider refused some requests").toBeGreaterThan(0);
  test.info().annotations.push({ type: "provider", description: JSON.stringify(provider.stats) });
});
