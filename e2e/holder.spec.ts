// The largest manager-token holder: its own value is the fees credited to it (which it can claim)
// plus its tokens at the value per token, which counts only the fee shares not yet credited to any
// holder (DESIGN §3). A claim pays the holder what is its own: it moves neither the value per
// token nor the market premium set against it.
import type { Locator, Page } from "@playwright/test";
import type { Address } from "viem";
import { contractOf } from "../src/chain/contracts.ts";
import { client } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { fundByName, HOLDER, splitterAbi } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const lens = contractOf(31337, "FundLens");
const big = async (l: Locator, name = "data-value") => BigInt((await l.getAttribute(name))!);

/** The manager token's pool quote on the fund page: the value per token and the premium, at the page's block. */
async function managerQuote(page: Page, fund: Address) {
  await page.goto(`/fund/${fund}`);
  const quote = page.locator('[data-testid="market-quote"][data-token="manager"]');
  await expect(quote.getByTestId("market-premium")).toBeVisible();
  const block = await big(page.getByTestId("fund-header"), "data-block");
  const intrinsic = await big(quote.getByTestId("market-intrinsic"));
  const premium = await big(quote.getByTestId("market-premium"));
  const iv = await client.readContract({ ...lens, functionName: "intrinsicValues", args: [fund], blockNumber: block });
  expect(intrinsic, "the page's value per token is the lens's").toBe(iv.perManagerToken);
  return { block, intrinsic, premium, text: await quote.textContent() };
}

/** The holder's figures on its manager-token card, checked against the lens at the page's block. */
async function holderFigures(page: Page, card: Locator, fund: Address) {
  const block = await big(page.getByTestId("portfolio-total"), "data-block");
  const [claimable, credited, share, value, perToken] = await Promise.all([
    big(card.getByTestId("mt-claimable")),
    big(card.getByTestId("mt-claimable"), "data-worth"),
    big(card.getByTestId("mt-share")),
    big(card.getByTestId("mt-value")),
    big(card.getByTestId("mt-per-token")),
  ]);
  expect(value, "your value = claimable fees + your tokens' share").toBe(credited + share);
  const at = { blockNumber: block };
  const [parts, iv] = await Promise.all([
    client.readContract({ ...lens, functionName: "holderValue", args: [fund, HOLDER], ...at }),
    client.readContract({ ...lens, functionName: "intrinsicValues", args: [fund], ...at }),
  ]);
  expect([credited, share, perToken], "the lens's holder value, to the wei").toEqual([...parts, iv.perManagerToken]);
  return { claimable, credited, share, value, perToken };
}

/** `b` within `ppm` millionths of `a`. */
const near = (a: bigint, b: bigint, ppm: bigint) => (a > b ? a - b : b - a) * 1_000_000n <= a * ppm;

test("a claim moves neither the value per manager token nor its premium; the holder's value is claimable + share", async ({
  page,
}) => {
  // Evergreen Ether's manager token trades in a WETH pool (excluded from the fees).
  const f = await fundByName("Evergreen Ether");
  const before = await managerQuote(page, f.fund);
  expect(before.intrinsic > 0n).toBe(true);
  await expect(page.getByTestId("fund-market")).toContainText("value per token (fees not yet credited");

  await installTestWallet(page, { account: HOLDER, authorized: true });
  await page.goto("/portfolio");
  const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("mt-value")).toBeVisible();
  const held = await holderFigures(page, card, f.fund);
  expect(held.claimable > 0n && held.credited > 0n && held.share > 0n, "the holder has both parts").toBe(true);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `test-results/screenshots/holder-card-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await card.getByRole("button", { name: "Claim" }).click();
  await expect(card.getByTestId("mt-claimable")).toHaveAttribute("data-value", "0");
  const claimed = await holderFigures(page, card, f.fund);
  expect(claimed.credited).toBe(0n);
  // Only the fees of the seconds between the two reads (and the keeper's hourly prices) move these.
  expect(near(held.perToken, claimed.perToken, 10_000n), `${held.perToken} → ${claimed.perToken}`).toBe(true);
  expect(near(held.share, claimed.share, 10_000n), `${held.share} → ${claimed.share}`).toBe(true);

  const after = await managerQuote(page, f.fund);
  const claimable = await client.readContract({
    address: f.feeSplitter,
    abi: splitterAbi,
    functionName: "claimable",
    args: [HOLDER],
    blockNumber: after.block,
  });
  expect(claimable, "the fund page read after the claim").toBe(0n);
  expect(near(before.intrinsic, after.intrinsic, 10_000n), `${before.intrinsic} → ${after.intrinsic}`).toBe(true);
  const moved = after.premium - before.premium;
  expect(moved < 20_000n && moved > -20_000n, `premium ${before.premium} → ${after.premium} ppm`).toBe(true);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId("fund-market").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/holder-market-${width}.png` });
  }
});

test("crediting the fees turns the holder's share into claimable fees, and the holder's value stays", async ({
  page,
}) => {
  const f = await fundByName("Evergreen Ether");
  await installTestWallet(page, { account: HOLDER, authorized: true });
  await page.goto("/portfolio");
  const card = page.getByTestId("manager-tokens").and(page.locator(`[data-fund="${f.fund}"]`));
  await expect(card.getByTestId("mt-value")).toBeVisible();
  const before = await holderFigures(page, card, f.fund);
  expect(before.share > 0n, "fees wait to be credited").toBe(true);
  const block = await big(page.getByTestId("portfolio-total"), "data-block");
  await card.getByRole("button", { name: "Credit" }).click();
  // Read again after the credit's block: the share became the holder's own, claimable.
  await expect
    .poll(async () => big(page.getByTestId("portfolio-total"), "data-block"), { timeout: 60_000 })
    .toBeGreaterThan(block);
  const after = await holderFigures(page, card, f.fund);
  expect(after.credited > before.credited, "credited grew").toBe(true);
  expect(after.share < before.share / 100n, `share ${before.share} → ${after.share}: all but seconds of fees`).toBe(
    true,
  );
  expect(near(before.value, after.value, 10_000n), `value ${before.value} → ${after.value}`).toBe(true);
});
