import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { rpcUrl } from "./chain.ts";
import { everyPage } from "./pages.ts";
import { expectFits } from "./fixtures/fits.ts";

// Cold pages on the dev server can be slow on a busy machine.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

const pages = await everyPage();
const sizes = [
  [1280, 800],
  [390, 844],
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const [width, height] of sizes) {
    test(`no serious or critical axe violation on any page, ${width}×${height} ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      for (const p of pages) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1 }), p.path).toHaveText(p.heading);
        // The wallet button is part of the top bar under test: wait for it to load.
        await expect(page.getByRole("banner").getByRole("button", { name: "Connect wallet" })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
        // The loaded page, not whatever state it is in when the heading appears.
        await expect(page.locator('main [aria-busy="true"]'), `${p.path} loaded`).toHaveCount(0);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const bad = violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(bad, `${p.path} at ${width}px, ${scheme}`).toEqual([]);
        await page.screenshot({ path: `test-results/screenshots/shell-${p.name}-${width}x${height}-${scheme}.png` });
      }
    });
  }
}

for (const scheme of ["light", "dark"] as const) {
  test(`screenshots of the top bar at 360 px with the menu open, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/portfolio");
    await expect(page.getByRole("banner").getByRole("button", { name: "Connect wallet" })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/shell-topbar-360-${scheme}.png` });
    await page.getByRole("button", { name: "Menu" }).click();
    const { violations } = await new AxeBuilder({ page }).include("header").analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/shell-menu-360-${scheme}.png` });
    await expectFits(page, 360);
  });
}

// Each page while its reads are held back: the loading placeholders are checked too.
test("no serious or critical axe violation while each page is loading", async ({ page }) => {
  let release = () => {};
  for (const p of pages.filter((x) => x.name !== "not-found")) {
    const gate = new Promise<void>((r) => (release = r));
    await page.route(`${rpcUrl}/**`, async (route) => {
      await gate;
      await route.continue().catch(() => {}); // the page may have moved on
    });
    await page.goto(p.path);
    await expect(page.locator('main [aria-busy="true"]').first(), `${p.path} loading`).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include("main").analyze();
    const bad = violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(bad, `${p.path} while loading`).toEqual([]);
    release();
    await page.unroute(`${rpcUrl}/**`);
  }
});
