// Sharing: each share action gives a deep link that opens the page in the state it was shared
// from (the pick selected, the fund's tab, the proposal open, the deal alone) and a picture card.
import AxeBuilder from "@axe-core/playwright";
import { getAddress } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { client } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
const fundAbi = abiOf("Fund");

async function fundNamed(name: string) {
  const sets = await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "allFunds" });
  for (const s of sets)
    if ((await client.readContract({ address: s.fund, abi: fundAbi, functionName: "name" })) === name) return s.fund;
  throw new Error(`no fund ${name}`);
}

test("a pick's shared link opens the Picks page with that pick selected, and its card is drawn", async ({ page }) => {
  await page.goto("/picks");
  const pick = page.locator("[data-testid=pick][data-pick='3']");
  await pick.getByTestId("share-pick").click();
  const panel = pick.getByTestId("share-panel");
  const url = await panel.getByTestId("share-url").inputValue();
  expect(new URL(url).pathname + new URL(url).search).toBe("/picks?pick=3");
  // The card is a drawn PNG, not an empty canvas.
  const png = await panel.getByTestId("share-card").evaluate((c: HTMLCanvasElement) => c.toDataURL("image/png"));
  expect(png.length).toBeGreaterThan(10_000);
  const { violations } = await new AxeBuilder({ page }).include("[data-testid=share-panel]").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  // At 390 px the open panel stays on the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  const box = (await panel.boundingBox())!;
  expect(box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(url);
  await expect(page.locator("[data-testid=pick][aria-current=true]")).toHaveAttribute("data-pick", "3");
});

test("a fund's, a proposal's and a deal's shared links restore the tab, the open proposal and the deal", async ({
  page,
}) => {
  const ventures = await fundNamed("Primary Ventures");
  await page.goto(`/fund/${ventures}?tab=deals`);
  await page.getByTestId("share-fund").click();
  const fundUrl = await page.getByTestId("share-url").inputValue();
  expect(fundUrl).toMatch(new RegExp(`/fund/${ventures.toLowerCase()}\\?tab=deals$`));

  const deal = page.getByTestId("deal").first();
  const dealAddress = await deal.getAttribute("data-deal");
  await deal.getByTestId("share-deal").click();
  const dealUrl = await deal.getByTestId("share-url").inputValue();
  await page.goto(dealUrl);
  await expect(page.getByTestId("deal")).toHaveCount(1);
  await expect(page.getByTestId("deal")).toHaveAttribute("data-deal", dealAddress!);

  await page.goto(`/fund/${ventures}?tab=governance`);
  await page.getByTestId("proposal-card").first().getByRole("link").first().click();
  const detail = page.getByTestId("proposal-detail");
  const title = await detail.locator("#proposal-title").textContent();
  await detail.getByTestId("share-proposal").click();
  const proposalUrl = await detail.getByTestId("share-url").inputValue();
  expect(proposalUrl).toMatch(/tab=governance&proposal=\d+/);
  await page.goto("/");
  await page.goto(proposalUrl);
  await expect(page.getByTestId("proposal-detail").locator("#proposal-title")).toHaveText(title!);
  expect(getAddress(ventures)).toBeTruthy();
});
