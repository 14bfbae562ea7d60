// Issue 21, item 6: primary positions are said to be at cost; governance marks one down and the fund page shows it.
// The seeded world marks NOVA (its deal expired) down through a real proposal (vote, queue, timelocked execution);
// here the page must show that mark and the lower value, and the proposal form must draft a further mark-down,
// worded from what value to what value. Executing such a proposal is covered on the contract side
// (contracts/test/impairment.test.ts, "passes through proposal, vote, queue and timelocked execution").
import { encodeFunctionData, getAddress, type Address } from "viem";
import { abiOf } from "../src/chain/contracts.ts";
import { money } from "../src/features/fund/format.ts";
import { formatDate } from "../src/lib/dates.ts";
import { formatAmount } from "../src/lib/format.ts";
import { bpsPercent } from "../src/lib/percent.ts";
import { client, fundSummaries } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";

const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = process.env.SHOTS ?? "/tmp/impair-shots";
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const fundAbi = abiOf("Fund");
const erc20 = abiOf("MockERC20");
const WAD = 10n ** 18n;

/** Primary Ventures and its NOVA position as the chain has them: cost, mark, what counts now. */
async function ventures() {
  const f = (await fundSummaries()).find((s) => s.name === "Primary Ventures");
  expect(f, "the seeded venture fund").toBeDefined();
  const fund = f!.address as Address;
  const [, , primaries] = await client.readContract({ address: fund, abi: fundAbi, functionName: "registry" });
  const symbols = await Promise.all(
    primaries.map((t) => client.readContract({ address: t, abi: erc20, functionName: "symbol" })),
  );
  const nova = primaries[symbols.indexOf("NOVA")];
  expect(nova, "NOVA is one of the fund's primary tokens").toBeDefined();
  const [[paid, received, markWad, markedAt], balance, reserved] = await Promise.all([
    client.readContract({ address: fund, abi: fundAbi, functionName: "primaryCost", args: [nova] }),
    client.readContract({ address: nova, abi: erc20, functionName: "balanceOf", args: [fund] }),
    client.readContract({ address: fund, abi: fundAbi, functionName: "reserved", args: [nova] }),
  ]);
  const held = balance - reserved;
  const counted = held < received ? held : received;
  const atCost = (counted * paid) / received;
  return { fund, nova, markWad, markedAt, counted, atCost, marked: (counted * markWad) / WAD };
}

test("Primary Ventures says its primary positions are at cost and shows NOVA marked down by governance", async ({
  page,
}) => {
  const v = await ventures();
  expect(v.markedAt, "the seed's mark-down proposal was executed").toBeGreaterThan(0n);
  expect(v.markWad).toBe(50_000n); // 0.05 USDC a token, bought at 0.20
  const [lines] = await client.readContract({ address: v.fund, abi: fundAbi, functionName: "holdings" });
  const line = lines.find((h) => getAddress(h.token) === getAddress(v.nova))!;
  // The NAV dropped by the mark-down: NOVA counts at the mark, a quarter of its cost.
  expect(line.value).toBe(v.marked);
  const diff = v.atCost - 4n * line.value;
  expect(diff >= 0n && diff < 5n, `NOVA at ${line.value}, a quarter of ${v.atCost}`).toBe(true);
  const belowBps = ((v.atCost - v.marked) * 10_000n) / v.atCost;

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(`/fund/${v.fund}?tab=holdings`);
    await expect(page.getByTestId("primary-at-cost")).toContainText(
      "Primary positions are valued at cost, no market price",
    );
    const card = page.getByTestId("primary-position").filter({ hasText: "(NOVA)" });
    await expect(card.getByTestId("primary-mark")).toHaveText(
      `Marked down to 0.05 USDC a token (−${bpsPercent(belowBps)} of cost) by governance on ${formatDate(v.markedAt)}.`,
    );
    await expect(card.getByTestId("primary-value")).toHaveText(money(v.marked, 6, "USDC"));
    // The other positions still say they are at cost.
    await expect(page.getByTestId("primary-position").filter({ hasNotText: "(NOVA)" }).first()).toContainText(
      "Valued at cost, no market price",
    );
    await expect(page.getByTestId("holding-row").filter({ hasText: "NOVA" })).toContainText(
      "Primary market, marked down",
    );
    await expectFits(page, width);
    await page.getByTestId("primary-position").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/ventures-holdings-${width}.png`, fullPage: true });
    await page.goto(`/fund/${v.fund}?tab=overview`);
    await expect(page.getByTestId("chart-nav")).toBeVisible();
    await expect(page.getByTestId("nav-at-cost-note")).toContainText("valued at cost with no market price");
    await page.screenshot({ path: `${SHOTS}/ventures-overview-${width}.png`, fullPage: true });
  }
});

test("the proposal form drafts a further mark-down of NOVA, refused at the field unless lower, in words", async ({
  page,
}) => {
  const v = await ventures();
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(`/fund/${v.fund}?tab=governance`);
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await form.getByLabel("Template").selectOption({ label: "Mark down a primary position" });
  await form.getByLabel("Primary position").selectOption({ label: "NOVA" });
  await expect(form.getByText(/^Counts now at 0\.05 USDC a token, marked down on /)).toBeVisible();
  const price = form.getByLabel("New value of one token (USDC)");
  await form.getByLabel("Title", { exact: true }).fill("Write NOVA further down");
  await price.fill("0.05");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(
    form.getByText(/^Enter less than 0\.05 USDC a token, what it counts at now \(its last mark-down\)/),
  ).toBeVisible();
  await price.fill("0.0000001");
  await expect(form.getByText("At most 6 decimals.")).toBeVisible();
  await price.fill("0.01");
  // The action list decodes the drafted calldata: impairPrimary(NOVA, 0.01 USDC a token).
  const action = form.getByTestId("action");
  await expect(action).toContainText("Mark NOVA down to 0.01 USDC a token");
  const usdc = (x: bigint) => `${formatAmount(x, 6, { maximumFractionDigits: 6, maximumSignificantDigits: 8 })} USDC`;
  const after = (v.counted * 10_000n) / WAD;
  const below = bpsPercent(((v.atCost - after) * 10_000n) / v.atCost);
  await expect(action).toContainText(
    `From 0.05 USDC a token (marked down on ${formatDate(v.markedAt)}) to 0.01 USDC: the position from ` +
      `${usdc(v.marked)} to ${usdc(after)}, ${below} below cost.`,
  );
  await action.getByText("Raw calldata").click();
  const calldata = encodeFunctionData({ abi: fundAbi, functionName: "impairPrimary", args: [v.nova, 10_000n] });
  await expect(action).toContainText(calldata);
  await page.screenshot({ path: `${SHOTS}/ventures-markdown-form-1280.png`, fullPage: true });
});
