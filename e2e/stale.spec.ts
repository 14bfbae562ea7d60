// When the prices go out of date, every page says so where the figures are: Discover marks each
// fund's NAV and TVL and stops promising an open door, the fund page names the stale price and
// when it last moved, and Portfolio marks the values it shows. The test runs in a chain snapshot.
import type { Page } from "@playwright/test";
import { pauseKeeper, rpc } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { fundByName, HOLDER } from "./investChain.ts";
import { expectFits } from "./fixtures/fits.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = "test-results/screenshots";

async function staleWorld() {
  await pauseKeeper(); // no round may freshen a price
  await rpc("evm_increaseTime", [27 * 3600]); // past every feed's heartbeat
  await rpc("evm_mine");
}

async function shoot(page: Page, name: string) {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await expectFits(page, w, `${name} fits ${w} px`);
    await page.screenshot({ path: `${SHOTS}/stale-${name}-${w}.png`, fullPage: true });
  }
}

test("fresh prices: no stale mark on any page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("fund-row").first()).toBeVisible();
  await expect(page.getByText("Evergreen funds are open every day")).toBeVisible();
  await expect(page.getByTestId("stale-funds")).toHaveCount(0);
  await expect(page.getByTestId("stale-mark")).toHaveCount(0);
  const f = await fundByName("DeFi Blue Chips");
  await page.goto(`/fund/${f.fund}`);
  await expect(page.getByTestId("fund-nav")).toBeVisible();
  await expect(page.getByTestId("fund-stale")).toHaveCount(0);
});

test("stale prices: Discover, the fund page and Portfolio mark the values and say what still works", async ({
  page,
}) => {
  await staleWorld();

  await page.goto("/");
  const rows = page.getByTestId("fund-row");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(page.getByTestId("stale-funds")).toContainText(`${count} funds have prices out of date`);
  await expect(page.getByTestId("stale-funds")).toContainText("the exit in kind stays open");
  await expect(page.locator('[data-testid="fund-nav"][data-stale="true"]')).toHaveCount(count);
  await expect(page.locator('[data-testid="fund-tvl"][data-stale="true"]')).toHaveCount(count);
  await expect(page.getByText("always open")).toHaveCount(0);
  await shoot(page, "discover");

  await page.setViewportSize({ width: 1280, height: 800 });
  const f = await fundByName("DeFi Blue Chips");
  await page.goto(`/fund/${f.fund}`);
  const notice = page.getByTestId("fund-stale");
  // Which price, and since when: the feed's last update is more than a day old.
  await expect(notice).toContainText(/^The price of .+ is out of date \(last update .+ UTC\)\./);
  await expect(notice).toContainText("the exit in kind stays open");
  await expect(page.getByTestId("fund-nav")).toHaveAttribute("data-stale", "true");
  await expect(page.getByTestId("fund-tvl")).toHaveAttribute("data-stale", "true");
  await shoot(page, "fund");

  await page.setViewportSize({ width: 1280, height: 800 });
  await installTestWallet(page, { account: HOLDER, authorized: true });
  await page.goto("/portfolio");
  await expect(page.getByTestId("position").first()).toBeVisible();
  await expect(page.getByTestId("stale-funds")).toContainText("prices out of date");
  const values = page.getByTestId("position-value");
  await expect(page.locator('[data-testid="position-value"][data-stale="true"]')).toHaveCount(await values.count());
  await shoot(page, "portfolio");
});
