// Screenshots of each step of a deposit — empty, typing, error, pending, success — at desktop
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

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/deposit-${name}.png`, fullPage: true });

for (const [label, width, height] of sizes) {
  test(`every deposit step reads clearly at ${label} width`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const f = await usdcFund();
    await installTestWallet(page, { account: INVESTOR, authorized: true });
    await page.goto(`/fund/${f.fund}`);
    const panel = page.getByTestId("invest-panel");
    const field = panel.getByLabel("Amount of USDC");
    await expect(panel.getByText(/^Balance /)).toBeVisible();
    await panel.scrollIntoViewIfNeeded();
    await shot(page, `empty-${label}`);

    await field.fill("1,250.75");
    await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
    await shot(page, `typing-${label}`);

    const { assets } = await balances(f.fund, f.asset, INVESTOR);
    await field.fill(`${assets / 1_000_000n + 1n}`);
    await expect(panel.getByText(/more than your balance/i)).toBeVisible();
    await shot(page, `error-${label}`);

    // Hold the receipt back, so that the pending state stays on screen for its picture.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route(`${rpcUrl}/**`, async (route) => {
      if ((route.request().postData() ?? "").includes("eth_getTransactionReceipt")) await held;
      await route.continue();
    });
    await field.fill("1,250.75");
    await panel.getByRole("radio", { name: "Signature" }).check();
    await panel.getByRole("button", { name: "Deposit USDC" }).click();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "pending");
    await shot(page, `pending-${label}`);

    release();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
    await expect(field).toHaveValue("");
    await shot(page, `success-${label}`);
  });
}
