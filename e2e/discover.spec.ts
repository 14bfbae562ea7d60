import { expect, test, type Page } from "@playwright/test";
import { parseUnits } from "viem";
import { formatTvl } from "../src/features/discover/amounts.ts";
import { bpsPercent } from "../src/lib/percent.ts";
import { fundSummaries, heldCount, rpcUrl, type ChainFund } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { rpcReads } from "./fixtures/rpcReads.ts";

const MECH = ["governance", "institution", "algorithm", "committee"];
// The dev server serves hundreds of modules to every fresh page: allow for a busy machine.
const LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 180_000 });

// No console error, ever, on this page.
let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(e.message));
});
test.afterEach(() => expect(errors, "console errors").toEqual([]));

const rows = (page: Page) => page.getByTestId("fund-row");
const shownAddresses = (page: Page) =>
  rows(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-address")!.toLowerCase()));
const addresses = (funds: ChainFund[]) => funds.map((f) => f.address.toLowerCase());

/** Rendered in full: every row and every sparkline. */
async function loaded(page: Page, count: number) {
  await expect(rows(page)).toHaveCount(count, LOAD);
  await expect(page.getByTestId("sparkline-loading")).toHaveCount(0, LOAD);
}

/** TVL order by USD value, ties in registry order. */
const byTvl = (funds: ChainFund[], dir: "asc" | "desc") =>
  [...funds].sort((a, b) =>
    a.tvlUsd === b.tvlUsd ? a.index - b.index : (a.tvlUsd < b.tvlUsd ? -1 : 1) * (dir === "asc" ? 1 : -1),
  );

test("renders fully, its returns valued in USD, in two JSON-RPC requests without eth_getLogs", async ({ page }) => {
  const funds = await fundSummaries();
  // The reads (not the new-block poll), counted until every return is shown.
  const { bodies: reads, stop } = rpcReads(page, rpcUrl);
  await page.goto("/?in=usd");
  await loaded(page, funds.length);
  await expect(page.getByTestId("sparkline")).toHaveCount(funds.length);
  // Every fund's returns at each day's USD prices: the feeds' answers at the return points, from
  // the list lens, instead of every round of the feeds' logs.
  for (const id of ["fund-r7", "fund-r30", "fund-r1y"]) {
    await expect(page.getByTestId(id).filter({ hasText: "…" })).toHaveCount(0, LOAD);
  }
  await expect(page.getByTestId("fund-r1y").filter({ hasText: "%" })).not.toHaveCount(0);
  stop();
  const shown = reads.map((b) => b.slice(0, 200)).join("\n");
  expect(reads.length, shown).toBeLessThanOrEqual(2);
  expect(
    reads.some((b) => b.includes("eth_getLogs")),
    shown,
  ).toBe(false);
});

test("at every desktop width the whole table shows, its last column included, without scrolling", async ({ page }) => {
  const funds = await fundSummaries();
  for (const unit of ["usd", "asset"]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?in=${unit}`);
    await loaded(page, funds.length);
    const table = page.getByTestId("fund-table");
    for (const width of [1024, 1280, 1440, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => table.evaluate((el) => el.scrollWidth - el.clientWidth), {
          message: `fits at ${width} px, ${unit}`,
        })
        .toBeLessThanOrEqual(0);
      const last = page.getByRole("columnheader").last();
      const [box, frame] = [await last.boundingBox(), await table.boundingBox()];
      expect(box!.x + box!.width, `last column inside the frame at ${width} px`).toBeLessThanOrEqual(
        frame!.x + frame!.width,
      );
      await page.screenshot({ path: `test-results/screenshots/discover-${width}-${unit}.png` });
    }
  }
});

test("sorting by TVL, by click and by keyboard, follows the chain's values", async ({ page }) => {
  await page.goto("/");
  const funds = await fundSummaries();
  await loaded(page, funds.length);
  const header = page.getByRole("columnheader", { name: /^TVL/ });
  await expect(header).toHaveAttribute("aria-sort", "none");

  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=tvl&dir=desc/);
  expect(await shownAddresses(page)).toEqual(addresses(byTvl(funds, "desc")));

  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=tvl&dir=asc/);
  expect(await shownAddresses(page)).toEqual(addresses(byTvl(funds, "asc")));
});

test("on a phone, where the headers are hidden, a select and a direction button sort the cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const funds = await fundSummaries();
  await loaded(page, funds.length);
  await expect(page.getByTestId("phone-sort")).toBeVisible();
  await page.getByLabel("Sort by").selectOption("tvl");
  await expect(page).toHaveURL(/sort=tvl&dir=desc/);
  expect(await shownAddresses(page)).toEqual(addresses(byTvl(funds, "desc")));
  await page.getByRole("button", { name: "Order: highest first. Reverse" }).click();
  await expect(page).toHaveURL(/sort=tvl&dir=asc/);
  expect(await shownAddresses(page)).toEqual(addresses(byTvl(funds, "asc")));
  await expect(page.getByRole("button", { name: "Order: lowest first. Reverse" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/discover-phone-sort.png" });
});

test("filters by mechanism, asset and minimum TVL show exactly the funds the chain says", async ({ page }) => {
  const funds = await fundSummaries();
  await page.goto("/?in=usd");
  await loaded(page, funds.length);

  await page.getByLabel("Decision", { exact: true }).selectOption("governance");
  const governed = funds.filter((f) => MECH[f.mechanism] === "governance");
  expect(governed.length).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(governed.length);
  expect(await shownAddresses(page)).toEqual(addresses(governed));

  await page.getByLabel("Asset", { exact: true }).selectOption("USDC");
  const usdc = governed.filter((f) => f.assetSymbol === "USDC");
  await expect(rows(page)).toHaveCount(usdc.length);
  expect(await shownAddresses(page)).toEqual(addresses(usdc));

  // A threshold between the funds' USD TVLs, in whole dollars.
  const sorted = byTvl(usdc, "asc");
  const min = (sorted[Math.floor(sorted.length / 2)].tvlUsd / 10n ** 18n).toString();
  await page.getByLabel(/Minimum TVL \(USD\)/).fill(min);
  const big = usdc.filter((f) => f.tvlUsd >= parseUnits(min, 18));
  expect(big.length).toBeGreaterThan(0);
  expect(big.length).toBeLessThan(usdc.length);
  await expect(rows(page)).toHaveCount(big.length);
  expect(await shownAddresses(page)).toEqual(addresses(big));
  await expect(page).toHaveURL(new RegExp(`mech=governance&asset=USDC&minTvl=${min}`));

  // In the fund's own asset the same number means units of each fund's asset.
  await page.goto(`/?minTvl=${min}&in=asset`);
  const inAsset = funds.filter((f) => f.tvl >= parseUnits(min, f.assetDecimals));
  await expect(rows(page)).toHaveCount(inAsset.length, LOAD); // a fresh page load
  expect(await shownAddresses(page)).toEqual(addresses(inAsset));
});

test("search by name, and a search that matches nothing offers to clear the filters", async ({ page }) => {
  const funds = await fundSummaries();
  await page.goto("/");
  await loaded(page, funds.length);
  const search = page.getByLabel("Search by name");
  await search.fill("ether");
  const ether = funds.filter((f) => `${f.name} ${f.symbol}`.toLowerCase().includes("ether"));
  expect(ether.length).toBeGreaterThan(0);
  await expect(rows(page)).toHaveCount(ether.length);
  await expect(page.getByTestId("fund-name")).toHaveText(ether.map((f) => f.name));
  await expect(page).toHaveURL(/q=ether/);

  await search.fill("no such fund anywhere");
  await expect(page.getByTestId("no-match")).toContainText("No fund matches");
  await expect(rows(page)).toHaveCount(0);
  await page.getByTestId("no-match").getByRole("button", { name: "Clear filters" }).click();
  await expect(rows(page)).toHaveCount(funds.length);
  await expect(search).toHaveValue("");
  await expect(page).not.toHaveURL(/q=/);
});

test(
  "comparing three funds shows their names, fees and holdings as on chain and a chart; a fourth is " + "disabled",
  async ({ page }) => {
    const funds = await fundSummaries();
    expect(funds.length).toBeGreaterThanOrEqual(4);
    await page.goto("/");
    await loaded(page, funds.length);
    const toggles = page.getByTestId("compare-toggle");
    const picked = funds.slice(0, 3);
    // The URL holds the choice, so the box shows it once the navigation is committed.
    const box = (f: ChainFund) => page.getByRole("checkbox", { name: `Compare ${f.name}` });
    for (const f of picked) {
      await box(f).click();
      await expect(box(f)).toBeChecked();
    }

    const fourth = page.getByRole("checkbox", { name: `Compare ${funds[3].name}` });
    await expect(fourth).toBeDisabled();
    await expect(page.locator("#compare-limit")).toContainText("Compare up to 3 funds");
    await expect(fourth).toHaveAttribute("aria-describedby", "compare-limit");
    await expect(toggles.filter({ has: page.locator(":scope:disabled") })).toHaveCount(funds.length - 3);

    const panel = page.getByTestId("compare-panel");
    const fees = panel.getByTestId("compare-fees");
    await expect(fees.locator("thead th").filter({ hasText: /\S/ })).toHaveText(["Fees", ...picked.map((f) => f.name)]);
    const feeRow = (label: string) => fees.getByRole("row", { name: new RegExp(`^${label}`) }).locator("td");
    await expect(feeRow("Management fee")).toHaveText(
      picked.map((f) => bpsPercent(f.fees.managementBps, { locale: "en-US" })),
    );
    await expect(feeRow("Performance fee")).toHaveText(
      picked.map((f) => bpsPercent(f.fees.performanceBps, { locale: "en-US" })),
    );
    await expect(feeRow("Hurdle")).toHaveText(picked.map((f) => bpsPercent(f.fees.hurdleBps, { locale: "en-US" })));
    await expect(feeRow("High-water mark")).toHaveCount(3);

    await expect(panel.getByTestId("compare-chart").locator(".recharts-line")).toHaveCount(3, LOAD);
    const holdings = panel.getByTestId("compare-holdings");
    for (const [i, f] of picked.entries()) {
      await expect(holdings.nth(i).locator("caption")).toHaveText(`Holdings of ${f.name}`);
      await expect(holdings.nth(i).locator("tbody tr")).toHaveCount(await heldCount(f.address));
    }
    await expect(page).toHaveURL(new RegExp(`compare=${addresses(picked).join("%2C")}`));

    // Unticking one frees a place.
    await box(picked[0]).click();
    await expect(box(picked[0])).not.toBeChecked();
    await expect(fourth).toBeEnabled();
  },
);

test("a deep link with every parameter restores the same view, also after a reload", async ({ page }) => {
  const funds = await fundSummaries();
  const compare = addresses(funds.slice(1, 3));
  const url = `/?sort=tvl&dir=asc&mech=governance&asset=USDC&minTvl=1&q=e&compare=${compare.join(",")}&in=usd`;
  const expected = byTvl(
    funds.filter(
      (f) =>
        MECH[f.mechanism] === "governance" &&
        f.assetSymbol === "USDC" &&
        f.tvlUsd >= 10n ** 18n &&
        `${f.name} ${f.symbol}`.toLowerCase().includes("e"),
    ),
    "asc",
  );
  expect(expected.length).toBeGreaterThan(0);
  await page.goto(url);
  for (const round of ["first load", "reload"]) {
    await expect(rows(page), round).toHaveCount(expected.length, LOAD);
    expect(await shownAddresses(page), round).toEqual(addresses(expected));
    await expect(page.getByRole("columnheader", { name: /^TVL/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByLabel("Decision", { exact: true })).toHaveValue("governance");
    await expect(page.getByLabel("Asset", { exact: true })).toHaveValue("USDC");
    await expect(page.getByLabel(/Minimum TVL \(USD\)/)).toHaveValue("1");
    await expect(page.getByLabel("Search by name")).toHaveValue("e");
    await expect(page.getByTestId("compare-fees").locator("thead th").filter({ hasText: /\S/ })).toHaveText([
      "Fees",
      ...funds.slice(1, 3).map((f) => f.name),
    ]);
    await expect(page.getByTestId("fund-tvl").first()).toContainText("USD");
    if (round === "first load") await page.reload();
  }
});

test("invalid URL values fall back to the default view", async ({ page }) => {
  const funds = await fundSummaries();
  await page.goto("/?sort=evil&dir=sideways&mech=dictator&asset=%3Cb%3E&minTvl=-3&q=&compare=0x123,nope&in=eur");
  await loaded(page, funds.length);
  expect(await shownAddresses(page)).toEqual(addresses(funds));
  await expect(page.getByLabel("Decision", { exact: true })).toHaveValue("");
  await expect(page.getByTestId("compare-panel")).toHaveCount(0);
  // The default unit of a list of funds in different assets: USD.
  await expect(page.getByTestId("fund-tvl").first()).toHaveText(/ USD$/);
});

test("?in=usd shows each TVL as the engine converts the chain's values", async ({ page }) => {
  await page.goto("/?in=usd");
  const before = await fundSummaries();
  await loaded(page, before.length);
  const after = await fundSummaries();
  for (const [i, f] of before.entries()) {
    const shown = await page
      .locator(`[data-testid="fund-row"][data-address="${f.address}"]`)
      .getByTestId("fund-tvl")
      .textContent();
    // A keeper may move a price while the page loads: the value before or the value after.
    const candidates = [f, after[i]].map((x) => formatTvl(x.tvlUsd, 18, "USD", "en-US"));
    expect(candidates, `TVL of ${f.name} in USD`).toContain(shown);
  }
});

for (const scheme of ["light", "dark"] as const) {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
    [360, 740],
  ] as const) {
    test(`screenshot of a comparison ${width}×${height} ${scheme}`, async ({ page }) => {
      const funds = await fundSummaries();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      await page.goto(`/?in=usd&sort=tvl&compare=${addresses(funds.slice(0, 3)).join(",")}`);
      await loaded(page, funds.length);
      await expect(page.getByTestId("compare-chart").locator(".recharts-line")).toHaveCount(3, LOAD);
      await expect(page.getByTestId("compare-holdings").locator("tbody tr").first()).toBeVisible();
      await expectFits(page, width);
      await page.screenshot({
        path: `test-results/screenshots/discover-compare-${width}x${height}-${scheme}.png`,
        fullPage: true,
      });
    });
  }
}
