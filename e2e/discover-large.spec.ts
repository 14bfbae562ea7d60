// A registry larger than one call reads: Discover draws the funds of the first call at once, in
// registry order, with the others' places held, and reads the rest in one more request. A sort
// or a filter waits for the whole list. The test adds funds to the running world (inside the chain
// snapshot every test gets) and holds the second request until it has seen the first screen.
import type { Request } from "@playwright/test";
import type { Address } from "viem";
import { contractOf } from "../src/chain/contracts.ts";
import { client, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { createStrangerFund } from "./strangerFund.ts";

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

/** Hardhat dev account #9: a stranger to the seeded world. */
const CREATOR: Address = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
const ADDED = 60;

/** Creates `n` USDC funds priced by the seeded feed, without shares; returns the registry's count. */
async function addFunds(n: number) {
  const feed = contractOf(31337, "USDCUsdFeed").address;
  const fees = { managementBps: 100, performanceBps: 1_000 };
  for (let i = 0; i < n; i++) {
    const tag = `BK${String(i + 1).padStart(2, "0")}`;
    await createStrangerFund(CREATOR, { name: `Bulk Fund ${tag.slice(2)}`, symbol: `eg${tag}`, tag, feed, fees });
  }
  return client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "fundCount" });
}

type Call = { method?: string; params?: [{ to?: string }] };
const LIST_LENS = contractOf(31337, "FundListLens").address.toLowerCase();

/** The list lens's further pages (the first rides in a Multicall3 call): the request that completes the list. */
function isPagesBatch(request: Request) {
  if (request.method() !== "POST") return false;
  const body = request.postDataJSON() as Call | Call[];
  return (Array.isArray(body) ? body : [body]).some(
    (c) => c.method === "eth_call" && c.params?.[0]?.to?.toLowerCase() === LIST_LENS,
  );
}

test("draws the first call's funds at once and the rest in one more request", async ({ page }) => {
  const total = Number(await addFunds(ADDED));
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let held = 0;
  const node = new URL(rpcUrl).origin;
  await page.route(
    (url) => url.origin === node,
    async (route) => {
      if (isPagesBatch(route.request())) {
        held++;
        await released;
      }
      await route.continue();
    },
  );

  await page.goto("/?in=asset");
  const status = page.getByTestId("funds-pending");
  await expect(status).toHaveText(/^Reading \d+ more funds…$/);
  const pending = Number((await status.textContent())!.match(/\d+/)![0]);
  expect(pending).toBeGreaterThan(0);
  expect(pending).toBeLessThan(total);
  expect(held).toBe(1);
  // Every fund has its place; the first screen is drawn in registry order.
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(total + 1));
  await expect(page.getByTestId("fund-row").first()).toContainText("Evergreen");
  await expect(page.getByTestId("sparkline-loading")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/discover-large-first.png" });
  // The places of the funds still coming, at the end of the list.
  await page.keyboard.press("End");
  const placeholder = page.getByTestId("fund-row-pending").last();
  await expect(placeholder).toBeVisible();
  await expect(placeholder).toHaveAttribute("aria-rowindex", String(total + 1));
  await page.screenshot({ path: "test-results/screenshots/discover-large-pending.png" });
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.keyboard.press("End");
  await expect(page.getByTestId("fund-row-pending").last()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/discover-large-pending-phone.png" });
  await page.setViewportSize(desktop);

  // A sort needs every fund: it waits for them and says so.
  await page.keyboard.press("Home");
  await page.getByRole("button", { name: /^TVL/ }).click();
  await expect(status).toHaveText(`Reading ${pending} more funds to sort and filter the whole list…`);
  await expect(page.getByTestId("funds-loading")).toBeVisible();

  release();
  await expect(status).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(total + 1));
  await expect(page.getByTestId("fund-row-pending")).toHaveCount(0);
  // Sorted by TVL, largest first: the funds added hold nothing and come last.
  await expect(page.getByTestId("fund-row").first()).not.toContainText("Bulk Fund");
  await page.keyboard.press("End");
  await expect(page.getByTestId("fund-row").last()).toContainText("Bulk Fund");
  expect(held).toBe(1);
});

test.describe("when the other funds cannot be read", () => {
  // The browser's own line for each refused request.
  test.use({ expectedConsoleErrors: [/Failed to load resource: net::ERR_CONNECTION_REFUSED/] });

  test("a failed read of the other funds says so at the list, keeps the first screen, and a retry completes it", async ({
    page,
  }) => {
    const total = Number(await addFunds(ADDED));
    let failing = true;
    const node = new URL(rpcUrl).origin;
    await page.route(
      (url) => url.origin === node,
      (route) => (failing && isPagesBatch(route.request()) ? route.abort("connectionrefused") : route.continue()),
    );
    await page.goto("/?in=asset");
    // After the read's retries, in words, at the list; the funds already read stay.
    const alert = page.getByTestId("funds-pending-error");
    await expect(alert).toContainText(/^Could not read the other \d+ funds: /, { timeout: 90_000 });
    await expect(page.getByTestId("fund-row").first()).toContainText("Evergreen");
    await expect(page.getByRole("table")).toHaveAttribute("aria-rowcount", String(total + 1));
    await page.screenshot({ path: "test-results/screenshots/discover-large-failed.png" });
    failing = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.getByTestId("funds-pending")).toHaveCount(0);
    await page.keyboard.press("End");
    await expect(page.getByTestId("fund-row").last()).toContainText("Bulk Fund");
  });
});
