import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { DEV_ACCOUNT, installTestWallet } from "./fixtures/wallet.ts";
import { everyPage } from "./pages.ts";
import { expectFits } from "./fixtures/fits.ts";

// The dev server compiles modules on first request and the machine may be busy: a cold page
// with the lazily loaded wallet UI can take well over the default timeouts.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

const topNav = (page: Page) => page.getByRole("banner").getByRole("navigation", { name: "Pages" });
// RainbowKit shows an address as its first four and last four characters.
const shortAddress = `${DEV_ACCOUNT.slice(0, 4)}…${DEV_ACCOUNT.slice(-4)}`;

test("every page opens from a deep link without a wallet, with the current page marked", async ({ page }) => {
  for (const p of await everyPage()) {
    await page.goto(p.path);
    await expect(page.getByRole("heading", { level: 1 }), p.path).toHaveText(p.heading);
    const current = topNav(page).locator('[aria-current="page"]');
    if (p.nav) await expect(current, p.path).toHaveText(p.nav);
    else await expect(current, p.path).toHaveCount(0);
  }
  await expect(page.getByRole("banner").getByRole("button", { name: "Connect wallet" })).toBeVisible();
  // The top bar moves between pages without a reload.
  await page.goto("/");
  await topNav(page).getByRole("link", { name: "Governance" }).click();
  await expect(page).toHaveURL(/\/governance$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Governance");
});

test("connecting through RainbowKit's MetaMask option shows the account in the top bar", async ({ page }) => {
  await installTestWallet(page);
  await page.goto("/");
  await page.getByRole("banner").getByRole("button", { name: "Connect wallet" }).click();
  const dialog = page.getByRole("dialog");
  // Words for the user; the configuration variable belongs in the README.
  await expect(dialog).toContainText("This site connects browser wallets only");
  await expect(dialog).not.toContainText("VITE_");
  await dialog.getByRole("button", { name: "MetaMask" }).click();
  await expect(page.getByRole("banner").getByTestId("account")).toContainText(shortAddress);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByTestId("network-banner")).toHaveCount(0);
  // The connection survives a reload.
  await page.reload();
  await expect(page.getByRole("banner").getByTestId("account")).toContainText(shortAddress);
});

test("a wallet on a chain without deployments gets a banner and switches in one click", async ({ page }) => {
  await installTestWallet(page, { chainId: 1, authorized: true });
  await page.goto("/");
  await expect(page.getByRole("banner").getByTestId("account")).toContainText(shortAddress);
  const banner = page.getByTestId("network-banner");
  await expect(banner).toContainText(
    "Your wallet is on Ethereum (1), where Evergreen has no funds. You can browse Evergreen Local",
  );
  // Reads go on from the app's own RPC meanwhile.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Discover funds");
  await page.getByRole("button", { name: "Switch to Evergreen Local" }).click();
  await expect(banner).toHaveCount(0);
  expect(await page.evaluate(() => window.testWallet.chainId())).toBe(31337);

  // The user moves the wallet away again: the banner comes back.
  await page.evaluate(() => window.testWallet.setChain(424242));
  await expect(banner).toContainText("Your wallet is on chain 424242, where Evergreen has no funds.");
});

test("the denomination lives in ?in=, survives reload and follows the top-bar links", async ({ page }) => {
  await page.goto("/?keep=1");
  const bar = page.getByRole("banner");
  // Discover sets funds in different assets side by side: USD unless chosen otherwise.
  await expect(bar.getByRole("radio", { name: "USD" })).toBeChecked();
  await bar.getByRole("radio", { name: "Fund asset" }).click();
  await expect(page).toHaveURL(/[?&]in=asset/);
  await expect(page.getByTestId("fund-tvl").first()).not.toHaveText(/ USD$/);
  await bar.getByRole("radio", { name: "ETH" }).click();
  await expect(page).toHaveURL(/[?&]in=eth/);
  expect(new URL(page.url()).searchParams.get("keep"), "other parameters stay").toBe("1");
  await page.reload();
  await expect(bar.getByRole("radio", { name: "ETH" })).toBeChecked();
  await topNav(page).getByRole("link", { name: "Deals" }).click();
  await expect(page).toHaveURL(/\/deals\?in=eth$/);
  await expect(bar.getByRole("radio", { name: "ETH" })).toBeChecked();
  await bar.getByRole("radio", { name: "Fund asset" }).click();
  await expect(page).toHaveURL(/\/deals$/);
  // One fund's pages keep its own asset unless chosen otherwise.
  await page.goto("/deals");
  await expect(bar.getByRole("radio", { name: "Fund asset" })).toBeChecked();
});

test("the theme follows the system until chosen, and the choice persists", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).toHaveAttribute("data-theme", "light");

  await page.getByRole("banner").getByRole("radio", { name: "Dark theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "dark");
  const canvas = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await canvas()).toBe("rgb(12, 18, 16)");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("banner").getByRole("radio", { name: "Dark theme" })).toBeChecked();

  await page.getByRole("banner").getByRole("radio", { name: "System theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await canvas()).toBe("rgb(246, 248, 246)");
});

/** Presses Tab until the focused element has this accessible text, at most `limit` times. */
async function tabTo(page: Page, text: string, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === text) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

test("keyboard: Tab reaches the top-bar links and the connect button, Enter activates them", async ({ page }) => {
  await installTestWallet(page);
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("button", { name: "Connect wallet" })).toBeVisible();
  await tabTo(page, "Portfolio");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/portfolio$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portfolio");
  await tabTo(page, "Connect wallet");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("mobile: the menu is a keyboard-operable disclosure with the pages and settings", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(topNav(page)).toBeHidden();
  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const links = page.getByRole("banner").getByRole("navigation", { name: "Pages" }).getByRole("link");
  await expect(links).toHaveText(["Discover", "Portfolio", "Governance", "Deals", "Contributors", "Picks", "Advisor"]);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await page.getByRole("banner").getByRole("radio", { name: "ETH" }).click();
  await expect(page).toHaveURL(/[?&]in=eth/);
  await links.filter({ hasText: "Advisor" }).click();
  await expect(page).toHaveURL(/\/advisor\?in=eth$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expectFits(page, 360);
});

test("an unknown address shows the 404 page with a way home", async ({ page }) => {
  const res = await page.goto("/definitely/not/here");
  expect(res?.ok(), "the dev server answers deep links with the app").toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("/definitely/not/here")).toBeVisible();
  await page.getByRole("link", { name: "Go to Discover" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Discover funds");
});
