// Screenshots of each step of a deposit, a redemption and an in-kind exit — empty, typing,
// error, pending, success — at desktop and phone width, under test-results/screenshots/. Each step is asserted
// before its picture, so a picture never shows a state the test did not reach.
import type { Locator, Page } from "@playwright/test";
import { rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { balances, INVESTOR, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

const sizes = [
  ["desktop", 1280, 900],
  ["phone", 390, 844],
] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

/**
 * Sends with `send` while every receipt is held back, so that the pending state stays on screen
 * for its picture; then lets the receipt through and pictures the confirmed, cleared form.
 */
async function pendingThenSuccess(
  page: Page,
  panel: Locator,
  field: Locator,
  [flow, label]: [string, string],
  send: () => Promise<void>,
) {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(`${rpcUrl}/**`, async (route) => {
    if ((route.request().postData() ?? "").includes("eth_getTransactionReceipt")) await held;
    await route.continue();
  });
  await send();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "pending");
  await shot(page, `${flow}-pending-${label}`);

  release();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  await expect(field).toHaveValue("");
  await shot(page, `${flow}-success-${label}`);
}

async function openPanel(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  const f = await usdcFund();
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto(`/fund/${f.fund}`);
  // On a phone the panel sits below the tabs: it loads as the page is scrolled to it.
  await page.locator("#invest").scrollIntoViewIfNeeded();
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByText(/^Balance /)).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  return { f, panel };
}

for (const [label, width, height] of sizes) {
  test(`every deposit step reads clearly at ${label} width`, async ({ page }) => {
    const { f, panel } = await openPanel(page, width, height);
    const field = panel.getByLabel("Amount of USDC");
    await shot(page, `deposit-empty-${label}`);

    await field.fill("1,250.75");
    await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
    await shot(page, `deposit-typing-${label}`);

    const { assets } = await balances(f.fund, f.asset, INVESTOR);
    await field.fill(`${assets / 1_000_000n + 1n}`);
    await expect(panel.getByText(/more than your balance/i)).toBeVisible();
    await shot(page, `deposit-error-${label}`);

    await field.fill("1,250.75");
    await panel.getByRole("radio", { name: "Signature" }).check();
    await pendingThenSuccess(page, panel, field, ["deposit", label], () =>
      panel.getByRole("button", { name: "Deposit USDC" }).click(),
    );
  });
}

for (const [label, width, height] of sizes) {
  test(`every redemption step reads clearly at ${label} width`, async ({ page }) => {
    const { panel } = await openPanel(page, width, height);
    await panel.getByRole("radio", { name: "Redeem" }).check();
    await panel.getByRole("radio", { name: "USDC" }).check();
    const field = panel.getByLabel("Amount of USDC to receive");
    await expect(panel.getByText(/^You hold /)).toBeVisible();
    await shot(page, `redeem-empty-${label}`);

    await field.fill("2500.5");
    await expect(panel.getByTestId("preview-burn")).toHaveAttribute("data-value", /^\d+$/);
    await shot(page, `redeem-typing-${label}`);

    await field.fill("999999999999");
    await expect(panel.getByText(/more than you hold/i)).toBeVisible();
    await shot(page, `redeem-error-${label}`);

    await field.fill("2500.5");
    await pendingThenSuccess(page, panel, field, ["redeem", label], () =>
      panel.getByRole("button", { name: "Redeem" }).click(),
    );
  });
}

for (const [label, width, height] of sizes) {
  test(`every step of the in-kind exit reads clearly at ${label} width`, async ({ page }) => {
    const { f, panel } = await openPanel(page, width, height);
    await panel.getByRole("radio", { name: "Redeem" }).check();
    await panel.getByRole("radio", { name: "In kind" }).check();
    const field = panel.getByLabel(/to redeem in kind$/);
    await expect(panel.getByText(/^You hold /)).toBeVisible();
    await expect(panel.getByTestId("preview-exit-fee")).toContainText("None");
    await shot(page, `inkind-empty-${label}`);

    const { shares } = await balances(f.fund, f.asset, INVESTOR);
    await field.fill("100");
    await expect(panel.getByTestId("basket-line").first()).toBeVisible();
    await shot(page, `inkind-typing-${label}`);

    await field.fill(`${shares / 10n ** 12n + 1n}`);
    await expect(panel.getByText(/more than you hold/i)).toBeVisible();
    await expect(panel.getByTestId("inkind-basket")).toHaveCount(0);
    await shot(page, `inkind-error-${label}`);

    await field.fill("100");
    await expect(panel.getByTestId("basket-line").first()).toBeVisible();
    await pendingThenSuccess(page, panel, field, ["inkind", label], () =>
      panel.getByRole("button", { name: "Redeem in kind" }).click(),
    );
  });
}
