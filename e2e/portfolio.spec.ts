import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { encodeFunctionData, erc20Abi, type Address } from "viem";
import { client } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { limitLogRanges } from "./fixtures/rangeLimit.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { balances, fundAbi, HOLDER, INVESTOR, rpc, splitterAbi, tokenAbi, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

async function send(from: Address, to: Address, data: `0x${string}`) {
  const hash = await rpc<`0x${string}`>("eth_sendTransaction", [{ from, to, data }]);
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe("success");
}

async function open(page: Page, account: Address) {
  await installTestWallet(page, { account, authorized: true });
  await page.goto("/portfolio");
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
  await expect(card.getByTestId("position-shares")).toHaveAttribute("data-value", (await balances(f.fund, f.asset, INVESTOR)).shares.toString());
  expect(await value(page, f.fund, "position-cost")).toBe(cost + amount);
  expect(await value(page, f.fund, "position-realised")).toBe(realised);
});

test("a provider that limits log ranges: the cost basis is read in pieces and equals the unlimited read", async ({ page }) => {
  const f = await usdcFund();
  await open(page, INVESTOR);
  const cost = await value(page, f.fund, "position-cost");
  const realised = await value(page, f.fund, "position-realised");
  const latest = await client.getBlockNumber();
  // Some thousand blocks per request: the seeded year spans several times that.
  const seen = await limitLogRanges(page, latest / 5n + 1n);
  await page.reload();
  const card = page.getByTestId("position").and(page.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("position-cost")).toHaveAttribute("data-value", cost.toString());
  expect(await value(page, f.fund, "position-realised")).toBe(realised);
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(seen.refused).toBeGreaterThan(0);
  expect(seen.served).toBeGreaterThan(4);
});

test("claiming fees moves the claimable shares to the holder, on chain and on screen", async ({ page }) => {
  const f = await usdcFund();
  await open(page, HOLDER);
  const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("mt-delegation")).toHaveText("to yourself");
  const sharesBefore = (await balances(f.fund, f.asset, HOLDER)).shares;
  const shownClaimable = await value(page, f.fund, "mt-claimable");
  expect(shownClaimable > 0n).toBe(true);
  await card.getByRole("button", { name: "Claim" }).click();
  await expect(card.getByTestId("mt-claimable")).toHaveAttribute("data-value", "0");
  const gained = (await balances(f.fund, f.asset, HOLDER)).shares - sharesBefore;
  expect(gained >= shownClaimable).toBe(true);
  expect(await client.readContract({ address: f.feeSplitter, abi: splitterAbi, functionName: "claimable", args: [HOLDER] })).toBe(0n);
});

test("manager tokens without a delegate warn and delegate to oneself in one click", async ({ page }) => {
  const f = await usdcFund();
  await send(HOLDER, f.managerToken, encodeFunctionData({ abi: tokenAbi, functionName: "transfer", args: [INVESTOR, 1_000n * 10n ** 18n] }));
  await open(page, INVESTOR);
  const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("mt-delegation")).toHaveText("not delegated");
  await expect(card.getByTestId("mt-votes")).toHaveAttribute("data-value", "0");
  await expect(card.getByRole("status")).toContainText("carry no votes");
  await page.screenshot({ path: "test-results/screenshots/portfolio-undelegated.png", fullPage: true });
  await card.getByRole("button", { name: "Delegate to myself" }).click();
  await expect(card.getByTestId("mt-delegation")).toHaveText("to yourself");
  await expect(card.getByTestId("mt-votes")).toHaveAttribute("data-value", (1_000n * 10n ** 18n).toString());
  expect(await client.readContract({ address: f.managerToken, abi: tokenAbi, functionName: "delegates", args: [INVESTOR] })).toBe(INVESTOR);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious axe violation on the portfolio and the invest panel with a wallet, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const f = await usdcFund();
    // Manager tokens without a delegate: the warning and its button are on the page too.
    await send(HOLDER, f.managerToken, encodeFunctionData({ abi: tokenAbi, functionName: "transfer", args: [INVESTOR, 10n ** 18n] }));
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
