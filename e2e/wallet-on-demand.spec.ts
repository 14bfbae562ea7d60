// The wallet stack (RainbowKit, connectors, WalletConnect, the MetaMask SDK) loads when someone
// asks to connect, or at once for a wallet this site already knows; never on a cold visit.
import type { Page } from "@playwright/test";
import { allFunds } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { DEV_ACCOUNT, installTestWallet } from "./fixtures/wallet.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

// src/app/WalletButton.tsx imports ./WalletUi.tsx, the one door to the wallet code: its chunk
// is WalletUi-<hash>.js in the production build, the module itself on the dev server.
const WALLET_UI = /\/WalletUi(?:-[\w-]+\.js|\.tsx)(?:\?|$)/;
// src/chain/walletLayer.ts imports ./walletStart.ts, which creates wagmi's config: wagmi itself.
const WALLET_LAYER = /\/walletStart(?:-[\w-]+\.js|\.ts)(?:\?|$)/;
const shortAddress = `${DEV_ACCOUNT.slice(0, 4)}…${DEV_ACCOUNT.slice(-4)}`;

/** Paths of every script the page requests from now on. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  return scripts;
}

// RainbowKit's dialog; without a browser wallet it offers no MetaMask, only the others.
const connectDialog = (page: Page) => page.getByRole("dialog", { name: "Connect a Wallet" });

const walletChunks = (scripts: string[]) => scripts.filter((s) => WALLET_UI.test(s));
const wagmiChunks = (scripts: string[]) => scripts.filter((s) => WALLET_LAYER.test(s));

test("a cold visit downloads no wallet code; one press on Connect wallet loads it and opens the dialog", async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Discover funds");
  await expect(page.getByTestId("fund-row").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(scripts.length, "scripts seen").toBeGreaterThan(0);
  expect(walletChunks(scripts), "wallet code on a cold visit").toEqual([]);
  expect(wagmiChunks(scripts), "wagmi on a cold visit").toEqual([]);

  const connect = page.getByRole("banner").getByRole("button", { name: "Connect wallet" });
  await connect.click();
  await expect(connectDialog(page)).toBeVisible();
  expect(walletChunks(scripts).length, "the wallet UI loaded on the press").toBeGreaterThan(0);
  expect(wagmiChunks(scripts).length, "wagmi loaded on the press").toBeGreaterThan(0);
  // Closed, the dialog gives the focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(connectDialog(page)).toHaveCount(0);
  await expect(connect).toBeFocused();
});

test("a panel's connect button loads the wallet UI and opens the dialog in one press", async ({ page }) => {
  const [first] = await allFunds();
  const scripts = scriptsOf(page);
  await page.goto(`/fund/${first.fund}`);
  const notice = page.getByTestId("invest-panel").getByTestId("wallet-notice");
  await expect(notice).toContainText("Connect a wallet to deposit.");
  await page.waitForLoadState("networkidle");
  expect(walletChunks(scripts), "wallet code on a cold visit").toEqual([]);

  await notice.getByRole("button", { name: "Connect wallet" }).click();
  await expect(connectDialog(page)).toBeVisible();
});

test("a returning visit with an authorised wallet shows the account without a press", async ({ page }) => {
  await installTestWallet(page);
  await page.goto("/");
  await page.getByRole("banner").getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "MetaMask" }).click();
  await expect(page.getByRole("banner").getByTestId("account")).toContainText(shortAddress);

  // A new visit in the same browser: wagmi's storage knows the wallet.
  const scripts = scriptsOf(page);
  await page.goto("/");
  await expect(page.getByRole("banner").getByTestId("account")).toContainText(shortAddress);
  expect(walletChunks(scripts).length, "the wallet UI loaded without a press").toBeGreaterThan(0);
});

test("a browser wallet that already authorised the site reconnects on a first visit, without a press", async ({
  page,
}) => {
  await installTestWallet(page, { authorized: true });
  const scripts = scriptsOf(page);
  await page.goto("/");
  await expect(page.getByRole("banner").getByTestId("account")).toContainText(shortAddress);
  expect(wagmiChunks(scripts).length, "the wallet layer loaded for the authorised wallet").toBeGreaterThan(0);
});

test("a browser wallet that has not authorised the site loads no wallet code", async ({ page }) => {
  await installTestWallet(page);
  const scripts = scriptsOf(page);
  await page.goto("/");
  await expect(page.getByTestId("fund-row").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(wagmiChunks(scripts), "wagmi for a wallet that never connected here").toEqual([]);
  await expect(page.getByRole("banner").getByRole("button", { name: "Connect wallet" })).toBeVisible();
});
