import { expect, test } from "@playwright/test";
import { formatNavPerShare, formatTvl } from "../src/features/discover/amounts.ts";
import { allFunds, emptyRegistryAnswer, fundAmounts, fundName, rpcUrl } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";

// The dev server serves hundreds of modules to every fresh page: allow for a busy machine.
const LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 120_000 });

test("Discover lists exactly the funds of the registry, with TVL and NAV as on chain", async ({ page }) => {
  const sets = await allFunds();
  expect(sets.length, "the seeded world has funds").toBeGreaterThan(0);
  const names = await Promise.all(sets.map((s) => fundName(s.fund)));

  await page.goto("/?in=asset");
  const rows = page.getByTestId("fund-row");
  await expect(rows).toHaveCount(sets.length, LOAD);
  const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-address")?.toLowerCase()));
  expect(shown).toEqual(sets.map((s) => s.fund.toLowerCase()));
  await expect(page.getByTestId("fund-name")).toHaveText(names);

  // A keeper may move prices or mine while the page loads, so the page must show the value
  // read just before or just after it.
  for (const { fund } of sets) {
    const row = page.locator(`[data-testid="fund-row"][data-address="${fund}"]`);
    const before = await fundAmounts(fund);
    const tvl = await row.getByTestId("fund-tvl").textContent();
    const nav = await row.getByTestId("fund-nav").textContent();
    const after = await fundAmounts(fund);
    const tvls = [before, after].map((v) => formatTvl(v.tvl, v.decimals, v.symbol, "en-US"));
    const navs = [before, after].map((v) => formatNavPerShare(v.navPerShare, v.decimals, v.symbol, "en-US"));
    expect(tvls, `TVL of ${fund}`).toContain(tvl);
    expect(navs, `NAV per share of ${fund}`).toContain(nav);
  }
});

test("an unreachable RPC shows an error with Retry, which recovers", async ({ page }) => {
  await page.route(`${rpcUrl}/**`, (route) => route.abort("connectionrefused"));
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Could not read the funds", LOAD);
  await page.unroute(`${rpcUrl}/**`);
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("fund-row").first()).toBeVisible(LOAD);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("an RPC that goes down shows one banner over every page, and the page recovers by itself when it returns", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("fund-row").first()).toBeVisible(LOAD);
  await expect(page.getByTestId("rpc-banner")).toHaveCount(0);
  await page.route(`${rpcUrl}/**`, (route) => route.abort("connectionrefused"));
  await page.getByRole("link", { name: "Governance", exact: true }).first().click();
  const banner = page.getByTestId("rpc-banner");
  await expect(banner).toContainText(
    `The RPC of Evergreen Local at ${rpcUrl} is not working: it did not answer.`,
    LOAD,
  );
  await expect(banner).toHaveCount(1);
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await expectFits(page, w);
    await page.screenshot({ path: `test-results/screenshots/rpc-down-${w}.png` });
  }
  await page.unroute(`${rpcUrl}/**`);
  // No click: the banner's probe finds the RPC back and the failed reads run again.
  await expect(page.getByTestId("proposal-card").first()).toBeVisible(LOAD);
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
    [360, 740],
  ] as const) {
    test(`screenshot ${width}×${height} ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      await page.goto("/");
      await expect(page.getByTestId("fund-row").first()).toBeVisible(LOAD);
      // Nothing may overflow sideways, at any width.
      await expectFits(page, width);
      await page.screenshot({
        path: `test-results/screenshots/discover-${width}x${height}-${scheme}.png`,
        fullPage: true,
      });
    });
  }
}

test("a registry without funds shows the empty state", async ({ page }) => {
  // Answer the page's batched allFunds() read with an empty list.
  const methods: string[] = [];
  await page.route(`${rpcUrl}/**`, async (route) => {
    const body = route.request().postDataJSON();
    methods.push(body?.method);
    if (body?.method !== "eth_call") return route.continue();
    await route.fulfill({ json: { jsonrpc: "2.0", id: body.id, result: emptyRegistryAnswer() } });
  });
  await page.goto("/");
  await expect(page.getByText("No funds yet")).toBeVisible(LOAD);
  await expect(page.getByTestId("fund-row")).toHaveCount(0);
  await expect(page.getByRole("search")).toHaveCount(0);
  // No history is read for no funds.
  expect(methods).not.toContain("eth_getLogs");
});
