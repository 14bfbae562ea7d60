// Two local chains (31337 and a smaller 31338 whose year spans mainnet's block count) and a
// listed chain without deployments: every page reads the chain the URL names, the picker
// switches it with or without a wallet, a wallet on the other chain is asked to switch, and a
// chain without Evergreen says so.
import { expect, test, type Page } from "@playwright/test";
import { createPublicClient, http, type Address, type PublicClient } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { client, rpcUrl } from "./chain.ts";
import { installTestWallet } from "./fixtures/wallet.ts";

const rpcUrl2 = process.env.VITE_RPC_URLS_31338 ?? "http://127.0.0.1:8555";
const client2 = createPublicClient({ transport: http(rpcUrl2), cacheTime: 0 });
const LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 240_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(e.message));
});
test.afterEach(() => expect(errors, "console errors").toEqual([]));

type ChainFund = { address: Address; name: string };
async function fundsOn(c: PublicClient, chainId: 31337 | 31338): Promise<ChainFund[]> {
  const sets = await c.readContract({ ...contractOf(chainId, "FundFactory"), functionName: "allFunds" });
  const names = await Promise.all(
    sets.map((s) => c.readContract({ address: s.fund, abi: abiOf("Fund"), functionName: "name" })),
  );
  return sets.map((s, i) => ({ address: s.fund, name: names[i] }));
}

const rows = (page: Page) => page.getByTestId("fund-row");
const picker = (page: Page) => page.getByTestId("network-picker-bar");

/** Discover lists exactly `shown` and none of `hidden`. */
async function listsFunds(page: Page, shown: ChainFund[], hidden: ChainFund[]) {
  await expect(rows(page)).toHaveCount(shown.length, LOAD);
  for (const f of shown) await expect(rows(page).filter({ hasText: f.name })).toHaveCount(1);
  for (const f of hidden) await expect(rows(page).filter({ hasText: f.name })).toHaveCount(0);
}

let one: ChainFund[];
let two: ChainFund[];
test.beforeAll(async () => {
  [one, two] = await Promise.all([fundsOn(client as PublicClient, 31337), fundsOn(client2 as PublicClient, 31338)]);
  expect(two.length).toBeGreaterThan(0);
  // The chains must be told apart by what they list.
  expect(two.filter((f) => one.some((o) => o.name === f.name))).toEqual([]);
});

test("each page shows the funds of the chain the URL names, and its links keep that chain", async ({ page }) => {
  for (const [slug, shown, hidden] of [
    ["local", one, two],
    ["local-2", two, one],
  ] as const) {
    await page.goto(`/?chain=${slug}`);
    await expect(picker(page)).toHaveValue(slug);
    await listsFunds(page, shown, hidden);

    // The top bar's links keep the chain: the Advisor lists this chain's funds.
    await page.getByRole("banner").getByRole("link", { name: "Advisor" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]chain=${slug}`));
    const advisor = page.getByTestId("advisor-list");
    for (const f of shown) await expect(advisor.getByRole("link", { name: new RegExp(f.name) })).toBeVisible(LOAD);
    for (const f of hidden) await expect(advisor.getByRole("link", { name: new RegExp(f.name) })).toHaveCount(0);

    // A fund's link keeps it too, and the fund page reads that chain's fund at that address.
    await advisor.getByRole("link", { name: new RegExp(shown[0].name) }).click();
    await expect(page).toHaveURL(new RegExp(`/fund/${shown[0].address}\\?.*chain=${slug}`, "i"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(shown[0].name, LOAD);
  }
  // The same address is another fund on each chain (both chains deployed the same way).
  expect(one[0].address.toLowerCase()).toBe(two[0].address.toLowerCase());
  expect(one[0].name).not.toBe(two[0].name);
});

test("without a wallet, the picker switches the network; a reload keeps it", async ({ page }) => {
  await page.goto("/");
  await expect(picker(page)).toHaveValue("local");
  await listsFunds(page, one, two);
  await picker(page).selectOption("local-2");
  await expect(page).toHaveURL(/[?&]chain=local-2/);
  await listsFunds(page, two, one);
  await page.reload();
  await listsFunds(page, two, one);
  await page.screenshot({ path: "test-results/screenshots/networks-picker-desktop.png" });

  // On a phone the picker sits in the menu. From a fund's page it goes back to the list.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/fund/${two[0].address}?chain=local-2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(two[0].name, LOAD);
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByTestId("network-picker-menu").selectOption("local");
  await expect(page).toHaveURL(/\/\?chain=local$/);
  await listsFunds(page, one, two);
  await page.getByRole("button", { name: "Menu" }).click();
  await page.screenshot({ path: "test-results/screenshots/networks-picker-phone.png" });
});

test("a wallet on the other chain is asked to switch, and the pages follow the wallet", async ({ page }) => {
  await installTestWallet(page, { chainId: 31337, authorized: true });
  await page.goto(`/fund/${two[0].address}?chain=local-2`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(two[0].name, LOAD);

  // A link to the second chain keeps it although the wallet is on the first: the page says so.
  const banner = page.getByTestId("network-banner");
  await expect(banner).toHaveText(
    "Your wallet is on Evergreen Local; this page shows Evergreen Local 2. " +
      "To send transactions here, switch your wallet to Evergreen Local 2.",
    LOAD,
  );
  const notice = page.getByTestId("invest-panel").getByTestId("wallet-notice");
  await expect(notice).toContainText(
    "Your wallet is on Evergreen Local (31337). Switch to Evergreen Local 2 to deposit.",
  );
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/networks-switch-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("status").getByRole("button", { name: "Switch to Evergreen Local 2" }).click();
  await expect(banner).toHaveCount(0);
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate(() => window.testWallet.chainId())).toBe(31338);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(two[0].name);

  // The user moves the wallet to the first chain: the pages follow, from the list.
  await page.evaluate(() => window.testWallet.setChain(31337));
  await expect(page).toHaveURL(/\/\?chain=local$/);
  await listsFunds(page, one, two);
  await expect(banner).toHaveCount(0);

  // Picking a network with a wallet connected asks the wallet to switch as well.
  await picker(page).selectOption("local-2");
  await listsFunds(page, two, one);
  await expect.poll(() => page.evaluate(() => window.testWallet.chainId())).toBe(31338);
  await expect(banner).toHaveCount(0);
});

test("a chain without deployments says so and reads nothing", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => {
    const url = r.url();
    if (r.method() === "POST" && !url.startsWith(rpcUrl) && !url.startsWith(rpcUrl2)) requests.push(url);
  });
  await page.goto("/?chain=sepolia");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No Evergreen funds on Sepolia");
  await expect(page.getByTestId("no-deployment")).toContainText("not deployed on Sepolia (chain 11155111)");
  await expect(picker(page)).toHaveValue("sepolia");
  // Every page says the same, deep links included.
  await page.goto(`/fund/${one[0].address}?chain=sepolia`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No Evergreen funds on Sepolia");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/screenshots/networks-none-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(requests, "no request to the undeployed chain's RPC").toEqual([]);

  await page.getByTestId("no-deployment").getByRole("link", { name: "Evergreen Local 2" }).click();
  await listsFunds(page, two, one);
});
