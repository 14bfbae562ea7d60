// A fund's returns are one computation, to now and in the chosen unit, on Discover and on its
// own page: the same figures, to the last digit, when both read the same block.
import type { Page } from "@playwright/test";
import { pauseKeeper } from "./chain.ts";
import { expect, test } from "./fixtures/chain.ts";
import { fundByName } from "./investChain.ts";

const LOAD = { timeout: 90_000 };
test.describe.configure({ timeout: 240_000 });

const WINDOWS = [
  ["d7", "fund-r7"],
  ["d30", "fund-r30"],
  ["y1", "fund-r1y"],
] as const;

async function discoverReturns(page: Page, name: string, unit: string) {
  await page.goto(`/?in=${unit}`);
  const row = page.getByTestId("fund-row").filter({ hasText: name });
  await expect(page.getByTestId("sparkline-loading")).toHaveCount(0, LOAD);
  const out: string[] = [];
  for (const [, id] of WINDOWS) {
    const cell = row.getByTestId(id);
    await expect(cell).not.toHaveText("…", LOAD);
    out.push((await cell.innerText()).trim());
  }
  return out;
}

async function fundReturns(page: Page, fund: string, unit: string) {
  await page.goto(`/fund/${fund}${unit === "asset" ? "" : `?in=${unit}`}`);
  const out: string[] = [];
  for (const [w] of WINDOWS) {
    const cell = page.getByTestId(`fund-ret-${w}`);
    await expect(cell).not.toHaveText("…", LOAD);
    out.push((await cell.innerText()).trim());
  }
  return out;
}

for (const name of ["Algorithmic Momentum", "Evergreen Ether"]) {
  for (const unit of ["asset", "usd"]) {
    test(`${name}: Discover shows the fund page's 7 d, 30 d and 1 y returns, in ${unit}`, async ({ page }) => {
      await pauseKeeper(); // no new block between the two reads
      const f = await fundByName(name);
      const listed = await discoverReturns(page, name, unit);
      const own = await fundReturns(page, f.fund, unit);
      expect(listed, "Discover vs the fund page").toEqual(own);
      expect(own.filter((r) => r !== "—").length, "the seeded year covers every window").toBe(3);
    });
  }
}
