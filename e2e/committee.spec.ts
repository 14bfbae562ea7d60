// Committee Growth: governance elects a member to the fund's investment committee through a
// proposal, then two members approve and execute a trade on the committee tab, and the fund's
// holdings change. Screenshots and axe of the committee view at 390 and 1280 px, light and dark.
import { erc20Abi, getAddress, type Address } from "viem";
import { contractOf } from "../src/chain/contracts.ts";
import { formatAmount } from "../src/lib/format.ts";
import { client, fundSummaries } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { seriousAxeViolations } from "./fixtures/axe.ts";
import { expectFits } from "./fixtures/fits.ts";
import { passOnPage } from "./governanceFlow.ts";

// Dev accounts of the seeded world: #9 the founder (600,000 votes), #1 Alice (a member), #4 Dave (not yet one).
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const ALICE = getAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const DAVE = getAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
const SHOTS = "/tmp/committee-shots";
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const WETH = contractOf(31337, "WETH").address;

async function committeeFund(): Promise<Address> {
  const f = (await fundSummaries()).find((s) => s.name === "Committee Growth");
  expect(f, "the seeded committee fund").toBeDefined();
  return f!.address;
}

const committeeTab = (fund: Address) => `/fund/${fund}?tab=committee`;

test("governance elects a member; two members approve and execute a trade, and the fund holds more WETH", async ({
  page,
}) => {
  test.setTimeout(600_000); // a proposal's whole life, then three committee transactions
  const fund = await committeeFund();
  await installTestWallet(page, { account: FOUNDER, authorized: true });

  // ─── governance: elect Dave ───
  await page.goto(`/fund/${fund}?tab=governance`);
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await form.getByLabel("Template").selectOption({ label: "Investment committee (members, threshold)" });
  await expect(form.getByLabel("Committee contract")).not.toHaveValue("");
  await form.getByLabel("Member's address").fill(DAVE);
  await form.getByLabel("Term ends (YYYY-MM-DD)").fill("2031-01-01");
  await form.getByLabel("Title", { exact: true }).fill("Elect Dave to the committee");
  await expect(form.getByTestId("action")).toHaveText(/Elect 0x15d3…6A65 to the investment committee/);
  await form.getByRole("button", { name: "Propose" }).click();
  // The clock jumps a week: the proposal executes once the keeper has pushed fresh prices, as the trade needs.
  await passOnPage(page, fund, "Execute: run its 1 action now");

  // ─── the committee: Dave proposes (his approval), Alice approves and executes ───
  // The wallet starts each page load on the founder's account: Dave picks his once the page is up.
  await page.goto(committeeTab(fund));
  const view = page.getByTestId("committee");
  await expect(view.getByTestId("committee-member")).toHaveCount(4);
  await page.evaluate((a) => window.testWallet.setAccount(a), DAVE);
  await expect(view.getByTestId("committee-member")).toHaveCount(4);
  await expect(view.getByTestId("committee-member").filter({ hasText: "you" })).toContainText("term ends");
  await expect(view.getByTestId("committee-threshold")).toHaveText(/^2 of 4 members must approve each decision/);
  const count = await view.getByTestId("decision").count();
  const trade = view.getByTestId("propose-trade");
  const pair = trade.getByLabel("Pair");
  await pair.selectOption(
    (await pair.locator("option", { hasText: /^(USDC\/WETH|WETH\/USDC)$/ }).getAttribute("value"))!,
  );
  await trade.getByLabel("Sell").selectOption({ label: "USDC" });
  await trade.getByLabel(/^Amount/).fill("10000");
  await trade.getByLabel("Slippage (%)").fill("2");
  await trade.getByRole("button", { name: "Propose" }).click();
  await expect(view.getByTestId("decision")).toHaveCount(count + 1);
  const mine = view.getByTestId("decision").first();
  await expect(mine).toContainText("Swap 10,000 USDC for WETH");
  await expect(mine.getByTestId("decision-state")).toHaveText("Proposed");
  await expect(mine.getByTestId("decision-approvals")).toContainText("1 of 2 needed");
  await expect(mine.getByTestId("decision-approve")).toHaveCount(0); // his proposal is his approval

  const wethBefore = await client.readContract({
    address: WETH,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [fund],
  });
  await page.evaluate((a) => window.testWallet.setAccount(a), ALICE);
  await mine.getByRole("button", { name: "Approve" }).click();
  await expect(mine.getByTestId("decision-state")).toHaveText("Approved");
  await expect(mine.getByTestId("decision-approvals")).toContainText("2 of 2 needed");
  await mine.getByRole("button", { name: "Execute" }).click();
  await expect(mine.getByTestId("decision-state")).toHaveText("Executed");
  const wethAfter = await client.readContract({
    address: WETH,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [fund],
  });
  expect(wethAfter).toBeGreaterThan(wethBefore);
  // The holdings tab shows the fund's new WETH balance, as the fund page writes an amount.
  await page.getByRole("tab", { name: "Holdings" }).click();
  const row = page.locator(`[data-testid=holding-row][data-token="${WETH.toLowerCase()}"]`);
  const weth = (v: bigint) => formatAmount(v, 18, { maximumFractionDigits: 4, maximumSignificantDigits: 6 });
  await expect(row).toContainText(weth(wethAfter));
  expect(weth(wethAfter), "a balance the page can tell apart from before").not.toBe(weth(wethBefore));
});

test("a member approves a decision once; a non-member is told why it cannot act", async ({ page }) => {
  const fund = await committeeFund();
  await installTestWallet(page, { account: ALICE, authorized: true });
  await page.goto(committeeTab(fund));
  const view = page.getByTestId("committee");
  // The seeded year ends with one decision proposed by Bob and one approved by Alice and Bob.
  await expect(view.locator("[data-testid=decision-state][data-state=proposed]")).toHaveCount(1);
  for (const state of ["approved", "executed", "expired", "cancelled"])
    await expect(view.locator(`[data-testid=decision-state][data-state=${state}]`).first()).toBeVisible();
  const id = await view
    .getByTestId("decision")
    .filter({ has: page.locator("[data-state=proposed]") })
    .getAttribute("data-id");
  const proposed = view.locator(`[data-testid=decision][data-id="${id}"]`);
  await proposed.getByRole("button", { name: "Approve" }).click();
  await expect(proposed.getByTestId("decision-state")).toHaveText("Approved");
  await expect(proposed.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await page.evaluate((a) => window.testWallet.setAccount(a), FOUNDER);
  await expect(view.getByTestId("propose-trade")).toHaveCount(0);
  await expect(proposed.getByText("Only a member in term may approve or execute.")).toBeVisible();
});

test("the seeded hand-over proposal words its committee calls: three elections, the threshold, the new manager", async ({
  page,
}) => {
  const fund = await committeeFund();
  await page.goto(`/fund/${fund}?tab=governance`);
  await page.getByRole("link", { name: "Hand management to an investment committee" }).click();
  const actions = page.getByTestId("proposal-detail").getByTestId("action");
  await expect(actions).toHaveCount(5);
  await expect(actions.nth(0)).toContainText("Elect 0x7099…79C8 to the investment committee");
  await expect(actions.nth(3)).toContainText("Require 2 committee approvals for each decision");
  await expect(actions.nth(4)).toContainText("decided by an investment committee");
});

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`the committee view at ${w}x${h} ${scheme}: screenshot and axe`, async ({ page }) => {
      const fund = await committeeFund();
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await installTestWallet(page, { account: ALICE, authorized: true });
      await page.goto(committeeTab(fund));
      await expect(page.getByTestId("decision").first()).toBeVisible();
      await expect(page.getByTestId("propose-trade")).toBeVisible();
      expect(await seriousAxeViolations(page, "[data-testid=panel-committee]")).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/committee-${w}-${scheme}.png`, fullPage: true });
      await expectFits(page, w);
    });
  }
}
