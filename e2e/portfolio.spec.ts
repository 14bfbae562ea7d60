import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { encodeFunctionData, erc20Abi, keccak256, toBytes, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { usdValue } from "../src/domain/valuation/index.ts";
import { REORG_DEPTH } from "../src/chain/logCache/range.ts";
import { allFunds, client, rpc, rpcUrl } from "./chain.ts";
import { revertChain, snapshotChain } from "./fixtures/chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { limitLogRanges } from "./fixtures/rangeLimit.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { balances, fundAbi, HOLDER, INVESTOR, splitterAbi, tokenAbi, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

async function send(from: Address, to: Address, data: `0x${string}`) {
  const hash = await rpc<`0x${string}`>("eth_sendTransaction", [{ from, to, data }]);
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe("success");
  return hash;
}

const feedAbi = abiOf("FeedProxy");
const governorAbi = abiOf("FundGovernor");

/** A fund's asset with its USD price, as the chain had them at `blockNumber`. */
async function assetAt(fund: Address, blockNumber: bigint) {
  const at = { blockNumber };
  const asset = await client.readContract({ address: fund, abi: fundAbi, functionName: "asset", ...at });
  const [symbol, decimals] = await Promise.all([
    client.readContract({ address: asset, abi: erc20Abi, functionName: "symbol", ...at }),
    client.readContract({ address: asset, abi: erc20Abi, functionName: "decimals", ...at }),
  ]);
  const feed = contractOf(31337, `${symbol}UsdFeed` as "USDCUsdFeed").address;
  const [round, feedDecimals] = await Promise.all([
    client.readContract({ address: feed, abi: feedAbi, functionName: "latestRoundData", ...at }),
    client.readContract({ address: feed, abi: feedAbi, functionName: "decimals", ...at }),
  ]);
  return { symbol, decimals, usd: { answer: round[1], feedDecimals: Number(feedDecimals), decimals } };
}

/** Every figure of the total strip and the cards, read in one go so that no refresh falls between them. */
const figures = (page: Page) =>
  page.evaluate(() => {
    const attr = (el: Element | null, name = "data-value") => el?.getAttribute(name) ?? "0";
    const total = document.querySelector('[data-testid="portfolio-total"]')!;
    const pnl = document.querySelector('[data-testid="portfolio-pnl"]')!;
    const cards = (id: string, keys: string[]) =>
      [...document.querySelectorAll(`[data-testid="${id}"]`)].map((c) => ({
        fund: c.getAttribute("data-fund")!,
        ...Object.fromEntries(keys.map((k) => [k, attr(c.querySelector(`[data-testid="${k}"]`))])),
      }));
    return {
      total: attr(total),
      block: attr(total, "data-block"),
      unit: attr(total, "data-unit"),
      pnl: attr(pnl),
      invested: attr(pnl, "data-invested"),
      pct: attr(document.querySelector('[data-testid="portfolio-pnl-pct"]')),
      positions: cards("position", ["position-value", "position-cost", "position-realised"]) as Record<
        string,
        string
      >[],
      managers: cards("manager-tokens", ["mt-value"]) as Record<string, string>[],
    };
  });

async function open(page: Page, account: Address, search = "") {
  await installTestWallet(page, { account, authorized: true });
  await page.goto(`/portfolio${search}`);
  await expect(page.getByTestId("position").first()).toBeVisible();
}

const value = async (page: Page, fund: Address, testId: string) =>
  BigInt((await page.locator(`[data-fund="${fund}"]`).getByTestId(testId).first().getAttribute("data-value"))!);

test("without a wallet the page asks for one", async ({ page }) => {
  await page.goto("/portfolio");
  await expect(page.getByTestId("portfolio-disconnected")).toContainText("Connect a wallet to see your portfolio.");
});

test("positions show the chain's shares; a deposit adds exactly its amount to the cost basis", async ({ page }) => {
  const f = await usdcFund();
  await open(page, INVESTOR);
  const card = page.getByTestId("position").and(page.locator(`[data-fund="${f.fund}"]`));
  expect(await value(page, f.fund, "position-shares")).toBe((await balances(f.fund, f.asset, INVESTOR)).shares);
  const cost = await value(page, f.fund, "position-cost");
  const realised = await value(page, f.fund, "position-realised");
  await page.screenshot({ path: "test-results/screenshots/portfolio.png", fullPage: true });

  const amount = 2_500_000_000n;
  await send(INVESTOR, f.asset, encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [f.fund, amount] }));
  await send(INVESTOR, f.fund, encodeFunctionData({ abi: fundAbi, functionName: "deposit", args: [amount, INVESTOR] }));
  await page.reload();
  await expect(card.getByTestId("position-shares")).toHaveAttribute(
    "data-value",
    (await balances(f.fund, f.asset, INVESTOR)).shares.toString(),
  );
  expect(await value(page, f.fund, "position-cost")).toBe(cost + amount);
  expect(await value(page, f.fund, "position-realised")).toBe(realised);
});

test("a provider that limits log ranges: the cost basis is read in pieces and equals the unlimited read", async ({
  page,
}) => {
  const f = await usdcFund();
  await open(page, INVESTOR);
  const cost = await value(page, f.fund, "position-cost");
  const realised = await value(page, f.fund, "position-realised");
  const latest = await client.getBlockNumber();
  // A new browser profile: the first page's settled history, cached, would spare the reads measured here.
  const fresh = await page
    .context()
    .browser()!
    .newPage({ baseURL: new URL(page.url()).origin });
  // Some thousand blocks per request: the seeded year spans several times that.
  const seen = await limitLogRanges(fresh, latest / 5n + 1n);
  await open(fresh, INVESTOR);
  const card = fresh.getByTestId("position").and(fresh.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("position-cost")).toHaveAttribute("data-value", cost.toString());
  expect(await value(fresh, f.fund, "position-realised")).toBe(realised);
  await expect(fresh.getByRole("alert")).toHaveCount(0);
  expect(seen.refused).toBeGreaterThan(0);
  expect(seen.served).toBeGreaterThan(4);
  await fresh.context().close();
});

test("a reload reads the account's logs only after the settled range kept from the first visit", async ({ page }) => {
  await open(page, INVESTOR);
  const done = page.locator('[data-testid="activity-time"][aria-busy="true"]');
  await expect(done).toHaveCount(0);
  const readAt = BigInt((await page.getByTestId("portfolio-total").getAttribute("data-block"))!);
  const froms: bigint[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(rpcUrl) || r.method() !== "POST") return;
    const body = r.postDataJSON() as { method: string; params: { fromBlock?: string }[] }[];
    for (const c of [body].flat()) if (c.method === "eth_getLogs") froms.push(BigInt(c.params[0].fromBlock!));
  });
  await page.reload();
  await expect(page.getByTestId("position").first()).toBeVisible();
  await expect(done).toHaveCount(0);
  expect(froms.length).toBeGreaterThan(0);
  // Kept: every block at least REORG_DEPTH below the block the first visit read at.
  expect(froms.every((f) => f > readAt - REORG_DEPTH)).toBe(true);
});

test("the total is the chain's positions and manager tokens in USD; the P&L sums every position's", async ({
  page,
}) => {
  await installTestWallet(page, { account: HOLDER, authorized: true });
  await page.goto("/portfolio?in=usd");
  await expect(page.getByTestId("portfolio-total")).toHaveAttribute("data-unit", "usd");
  await expect(page.getByTestId("manager-tokens").first()).toBeVisible();
  const f = await figures(page);
  const block = BigInt(f.block);
  const at = { blockNumber: block };
  const usd = (v: bigint, a: Awaited<ReturnType<typeof assetAt>>) => (v < 0n ? -usdValue(-v, a)! : usdValue(v, a)!);
  let total = 0n,
    pnl = 0n;
  for (const fund of (await allFunds()).map((s) => s.fund)) {
    const shares = await client.readContract({
      address: fund,
      abi: fundAbi,
      functionName: "balanceOf",
      args: [HOLDER],
      ...at,
    });
    const manager = f.managers.find((m) => m.fund === fund);
    const position = f.positions.find((p) => p.fund === fund);
    expect(!!position, `a card for each fund with shares (${fund})`).toBe(shares > 0n);
    if (!position && !manager) continue;
    const asset = await assetAt(fund, block);
    const value = await client.readContract({
      address: fund,
      abi: fundAbi,
      functionName: "convertToAssets",
      args: [shares],
      ...at,
    });
    if (position) expect(BigInt(position["position-value"])).toBe(value);
    total += usd(value, asset) + usd(BigInt(manager?.["mt-value"] ?? "0"), asset);
    if (position)
      pnl +=
        usd(value, asset) -
        usd(BigInt(position["position-cost"]), asset) +
        usd(BigInt(position["position-realised"]), asset);
  }
  expect(total > 0n).toBe(true);
  expect(BigInt(f.total)).toBe(total);
  expect(BigInt(f.pnl)).toBe(pnl);
  expect(BigInt(f.pct)).toBe((pnl * 1_000_000n) / BigInt(f.invested));
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/portfolio-holder-${width}.png`, fullPage: true });
  }
});

test("positions in funds of different assets are shown side by side in USD unless another unit is chosen", async ({
  page,
}) => {
  await open(page, INVESTOR);
  await expect(page.getByRole("banner").getByRole("radio", { name: "USD" })).toBeChecked();
  const values = page.getByTestId("position-value");
  await expect(values.first()).toHaveText(/ USD$/);
  for (const text of await values.allInnerTexts()) expect(text).toMatch(/ USD$|—/);
  await expect(page.getByText("(in USD: your funds hold different assets)")).toHaveCount(0);
});

test("with the fund asset chosen the total is in USD and says so", async ({ page }) => {
  await open(page, INVESTOR, "?in=asset");
  await expect(page.getByTestId("portfolio-total")).toHaveAttribute("data-unit", "usd");
  await expect(page.getByText("(in USD: your funds hold different assets)")).toBeVisible();
});

test("an account with nothing shows no total, no attention strip and no activity", async ({ page }) => {
  await installTestWallet(page, { account: "0x000000000000000000000000000000000000dEaD", authorized: true });
  await page.goto("/portfolio");
  await expect(page.getByText("No positions yet.")).toBeVisible();
  await expect(page.getByTestId("portfolio-total")).toHaveCount(0);
  await expect(page.getByTestId("attention")).toHaveCount(0);
  await expect(page.getByTestId("activity")).toHaveCount(0);
});

test("a deposit through the node is the first item of the activity list, with its transaction", async ({ page }) => {
  const f = await usdcFund();
  await open(page, INVESTOR);
  await expect(page.getByTestId("activity-item").first()).toBeVisible();
  const amount = 1_234_000_000n;
  await send(INVESTOR, f.asset, encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [f.fund, amount] }));
  const hash = await send(
    INVESTOR,
    f.fund,
    encodeFunctionData({ abi: fundAbi, functionName: "deposit", args: [amount, INVESTOR] }),
  );
  await page.reload();
  const first = page.getByTestId("activity-item").first();
  await expect(first).toHaveAttribute("data-hash", hash);
  await expect(first).toHaveAttribute("data-kind", "deposit");
  await expect(first).toHaveAttribute("data-value", amount.toString());
  await expect(first).toContainText("Evergreen Stable Yield");
  await expect(first).toContainText("1,234 USDC");
  await expect(first).toContainText(`${hash.slice(0, 6)}…${hash.slice(-4)}`);
  await expect(first).toContainText(/\d{4}, \d\d:\d\d UTC/);
  expect(await page.getByTestId("activity-item").count()).toBeLessThanOrEqual(20);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId("activity").screenshot({ path: `test-results/screenshots/portfolio-activity-${width}.png` });
  }
});

test("claiming fees moves the claimable shares to the holder, on chain and on screen", async ({ page }) => {
  const f = await usdcFund();
  await open(page, HOLDER);
  const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${f.fund}"]`));
  // The attention strip names the fees to claim and leads to the card that claims them.
  const toClaim = page.getByTestId("attention-item").and(page.locator(`[data-kind="claim"][data-fund="${f.fund}"]`));
  await expect(toClaim).toBeVisible();
  await toClaim.getByRole("link").click();
  await expect(card).toBeInViewport();
  await expect(card.getByTestId("mt-delegation")).toHaveText("to yourself");
  const sharesBefore = (await balances(f.fund, f.asset, HOLDER)).shares;
  const shownClaimable = await value(page, f.fund, "mt-claimable");
  expect(shownClaimable > 0n).toBe(true);
  await card.getByRole("button", { name: "Claim" }).click();
  await expect(card.getByTestId("mt-claimable")).toHaveAttribute("data-value", "0");
  await expect(toClaim).toHaveCount(0);
  await expect(page.getByTestId("activity-item").first()).toHaveAttribute("data-kind", "claim");
  const gained = (await balances(f.fund, f.asset, HOLDER)).shares - sharesBefore;
  expect(gained >= shownClaimable).toBe(true);
  expect(
    await client.readContract({ address: f.feeSplitter, abi: splitterAbi, functionName: "claimable", args: [HOLDER] }),
  ).toBe(0n);
});

test("manager tokens without a delegate warn and delegate to oneself in one click", async ({ page }) => {
  const f = await usdcFund();
  await send(
    HOLDER,
    f.managerToken,
    encodeFunctionData({ abi: tokenAbi, functionName: "transfer", args: [INVESTOR, 1_000n * 10n ** 18n] }),
  );
  await open(page, INVESTOR);
  const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("mt-delegation")).toHaveText("not delegated");
  await expect(card.getByTestId("mt-votes")).toHaveAttribute("data-value", "0");
  await expect(card.getByRole("status")).toContainText("carry no votes");
  await expect(
    page.getByTestId("attention-item").and(page.locator(`[data-kind="delegate"][data-fund="${f.fund}"]`)),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/portfolio-undelegated.png", fullPage: true });
  await card.getByRole("button", { name: "Delegate to myself" }).click();
  await expect(card.getByTestId("mt-delegation")).toHaveText("to yourself");
  await expect(card.getByTestId("mt-votes")).toHaveAttribute("data-value", (1_000n * 10n ** 18n).toString());
  expect(
    await client.readContract({ address: f.managerToken, abi: tokenAbi, functionName: "delegates", args: [INVESTOR] }),
  ).toBe(INVESTOR);
});

test("a vote closing within three days that the account has not cast is called out, until it votes", async ({
  page,
}) => {
  const f = await usdcFund();
  const gov = { address: f.governor, abi: governorAbi } as const;
  // A proposal of the account's own, moved to a day and 4.5 h before its vote closes; the chain is put back after.
  const snapshot = await snapshotChain();
  try {
    const title = "Attention: a vote about to close";
    const proposal = {
      targets: [f.fund],
      values: [0n],
      calldatas: [encodeFunctionData({ abi: fundAbi, functionName: "totalSupply" })],
      description: `# ${title}\n\nNo effect: it only reads the fund's supply.`,
    };
    const args = [proposal.targets, proposal.values, proposal.calldatas] as const;
    await send(
      HOLDER,
      f.governor,
      encodeFunctionData({ abi: governorAbi, functionName: "propose", args: [...args, proposal.description] }),
    );
    const id = await client.readContract({
      ...gov,
      functionName: "hashProposal",
      args: [...args, keccak256(toBytes(proposal.description))],
    });
    const deadline = await client.readContract({ ...gov, functionName: "proposalDeadline", args: [id] });
    const { timestamp } = await client.getBlock();
    await rpc("evm_increaseTime", [Number(deadline - timestamp) - (86_400 + 4.5 * 3_600)]);
    await rpc("evm_mine");
    expect(await client.readContract({ ...gov, functionName: "state", args: [id] })).toBe(1); // Active

    await open(page, HOLDER);
    const item = page
      .getByTestId("attention-item")
      .and(page.locator(`[data-kind="vote"][data-proposal="${id}"][data-fund="${f.fund}"]`));
    const name = await client.readContract({ address: f.fund, abi: fundAbi, functionName: "name" });
    await expect(item).toContainText(`Vote on “${title}” in ${name}`);
    await expect(item).toContainText(/ends in 1\s+d\s+4\s+h$/);
    const axe = await new AxeBuilder({ page }).include('[data-testid="attention"]').analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    await page.screenshot({ path: "/tmp/attn-shots/portfolio-vote-1280.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/attn-shots/portfolio-vote-390.png" });
    await page.setViewportSize({ width: 1280, height: 800 });

    await item.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/fund/${f.fund}\\?tab=governance&proposal=${id}`));
    await expect(page.getByTestId("vote-panel")).toBeVisible();

    const vote = await send(
      HOLDER,
      f.governor,
      encodeFunctionData({ abi: governorAbi, functionName: "castVote", args: [id, 1] }),
    );
    const voted = (await client.getTransactionReceipt({ hash: vote })).blockNumber;
    await open(page, HOLDER);
    await expect
      .poll(async () => BigInt((await page.getByTestId("portfolio-total").getAttribute("data-block"))!))
      .toBeGreaterThanOrEqual(voted);
    await expect(item).toHaveCount(0);
  } finally {
    expect(await revertChain(snapshot), "evm_revert restored the snapshot").toBe(true);
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious axe violation on the portfolio and the invest panel with a wallet, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const f = await usdcFund();
    // Manager tokens without a delegate: the warning and its button are on the page too.
    await send(
      HOLDER,
      f.managerToken,
      encodeFunctionData({ abi: tokenAbi, functionName: "transfer", args: [INVESTOR, 10n ** 18n] }),
    );
    await open(page, INVESTOR);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await expect(page.getByTestId("manager-tokens")).toBeVisible();
    expect(await serious(), "portfolio").toEqual([]);
    await page.goto(`/fund/${f.fund}`);
    const panel = page.getByTestId("invest-panel");
    await expect(panel.getByText(/^Balance /)).toBeVisible();
    await panel.getByLabel("Amount of USDC").fill("1e18");
    await panel.getByRole("button", { name: "Change" }).click();
    await panel.getByLabel("Slippage tolerance (%)").fill("3");
    expect(await serious(), "deposit with errors").toEqual([]);
    await panel.getByRole("radio", { name: "Redeem" }).check();
    await panel.locator("#redeem-amount").fill("1");
    expect(await serious(), "redeem").toEqual([]);
  });
}
