// Screenshots of each step of a deposit and of a redemption — empty, typing, error, pending,
// success — at desktop
// and phone width, under test-results/screenshots/. Each step is asserted before its picture,
// so a picture never shows a state the test did not reach.
import type { Page } from "@playwright/test";
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

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

/** Holds every receipt back until the returned function is called, so that a pending state stays on screen. */
async function holdReceipts(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(`${rpcUrl}/**`, async (route) => {
    if ((route.request().postData() ?? "").includes("eth_getTransactionReceipt")) await held;
    await route.continue();
  });
  return release;
}

async function openPanel(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  const f = await usdcFund();
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto(`/fund/${f.fund}`);
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

    const release = await holdReceipts(page);
    await field.fill("1,250.75");
    await panel.getByRole("radio", { name: "Signature" }).check();
    await panel.getByRole("button", { name: "Deposit USDC" }).click();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "pending");
    await shot(page, `deposit-pending-${label}`);

    release();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
    await expect(field).toHaveValue("");
    await shot(page, `deposit-success-${label}`);
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

    const release = await holdReceipts(page);
    await field.fill("2500.5");
    await panel.getByRole("button", { name: "Redeem" }).click();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "pending");
    await shot(page, `redeem-pending-${label}`);

    release();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
    await expect(field).toHaveValue("");
    await shot(page, `redeem-success-${label}`);
  });
}
