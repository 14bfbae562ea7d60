import type { Browser, Page } from "@playwright/test";
import { getAddress, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { encodeDraft } from "../src/lib/rebalanceDraft.ts";
import { advance, client, fundSummaries } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { seriousAxeViolations } from "./fixtures/axe.ts";
import { expectFits } from "./fixtures/fits.ts";

// Dev accounts of the seeded world (README): #9 the founder, #1 delegated, #3 holds without delegating.
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const ALICE = getAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const CAROL = getAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
/** Hardhat's account #15, which holds no manager tokens and has no votes delegated to it. */
const NOBODY = getAddress("0xcd3B766CCDd6AE721141F452C550Ca635964ce71");
const DAY = 86_400;
// Pages read the chain cold after every clock jump; a busy machine can take a while.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const fundAbi = abiOf("Fund");
const USDC = contractOf(31337, "USDC").address;

async function etherFund(): Promise<Address> {
  const f = (await fundSummaries()).find((s) => s.name === "Evergreen Ether");
  expect(f, "the seeded Ether fund").toBeDefined();
  return f!.address;
}

/** A page whose wallet is `account`, already connected. */
async function walletPage(browser: Browser, account: Address): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
  await installTestWallet(page, { account, authorized: true });
  return page;
}

const tab = (fund: Address) => `/fund/${fund}?tab=governance`;

test(
  "an undelegated holder sees why it has no votes, delegates, and still cannot vote on a proposal from " + "before",
  async ({ page }) => {
    const fund = await etherFund();
    await installTestWallet(page, { account: CAROL, authorized: true });
    await page.goto(tab(fund));
    const delegation = page.getByTestId("delegation");
    await expect(delegation.getByTestId("undelegated-warning")).toContainText("carry no votes until you delegate");
    await expect(delegation.getByTestId("current-delegate")).toHaveText("none");

    await page.getByRole("link", { name: "Introduce a 3 % hurdle rate" }).click();
    const ballot = page.getByTestId("vote-panel");
    await expect(ballot.getByTestId("voting-power")).toContainText("Your voting power at the snapshot: 0");
    await expect(ballot.getByTestId("why-zero")).toContainText("have not delegated them, not even to yourself");
    await expect(ballot.getByRole("button", { name: "No votes to cast" })).toBeDisabled();

    await page.getByRole("link", { name: "← All proposals" }).click();
    await delegation.getByRole("button", { name: "Delegate to myself" }).click();
    await expect(delegation.getByTestId("current-delegate")).toHaveText("yourself");
    await expect(delegation.getByTestId("votes-now")).toHaveText("100,000");
    await expect(delegation.getByTestId("undelegated-warning")).toHaveCount(0);
    const token = (
      await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "fundSet", args: [fund] })
    ).managerToken;
    expect(
      await client.readContract({
        address: token,
        abi: abiOf("ManagerToken"),
        functionName: "delegates",
        args: [CAROL],
      }),
    ).toBe(CAROL);

    // Votes count at the snapshot: the open proposal's came before the delegation.
    await page.getByRole("link", { name: "Introduce a 3 % hurdle rate" }).click();
    await expect(ballot.getByTestId("why-zero")).toContainText("count only from after this proposal's snapshot");
    await expect(ballot.getByRole("button", { name: "No votes to cast" })).toBeDisabled();

    // Delegated to itself, the holder is not offered that again: only another address.
    await page.getByRole("link", { name: "← All proposals" }).click();
    await expect(delegation.getByLabel("Myself (already)")).toBeDisabled();
    await expect(delegation.getByRole("button", { name: "Delegate to myself" })).toHaveCount(0);
    await expect(delegation.getByLabel("Another address")).toBeChecked();

    // Delegating to a mistyped address is refused at the field.
    await delegation.getByLabel("Another address").check();
    await delegation.getByLabel("Delegate's address").fill("0x1234");
    await delegation.getByRole("button", { name: "Delegate" }).click();
    await expect(delegation.getByText("This is not an address")).toBeVisible();
  },
);

test("the fund's own address is refused as a delegate (its votes would be 0) and as its own manager", async ({
  page,
}) => {
  const fund = await etherFund();
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(tab(fund));
  const delegation = page.getByTestId("delegation");
  await delegation.getByLabel("Another address").check();
  await delegation.getByLabel("Delegate's address").fill(fund.toLowerCase());
  await delegation.getByRole("button", { name: /^Delegate to 0x/ }).click();
  await expect(delegation.getByTestId("delegate-error")).toHaveText(
    "That is the fund itself: it cannot vote, so votes delegated to it count as 0. Delegate to yourself or to " +
      "a person you trust.",
  );
  expect(await page.evaluate(() => window.testWallet.signed()), "nothing was asked of the wallet").toEqual([]);

  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await form.getByLabel("Title", { exact: true }).fill("The fund manages itself");
  await form.getByLabel("Template").selectOption({ label: "Manager or mechanism change" });
  await form.getByLabel("Decision mechanism").selectOption("1");
  await form.getByLabel("Manager's address").fill(fund);
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(
    form.getByText("That is the fund itself: it cannot manage the fund. Choose the manager's own address."),
  ).toBeVisible();
  await expect(form.getByLabel("Manager's address")).toHaveValue(fund);
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual([]);
});

test("a description's javascript: link is dropped whole: its words stay, no link and no stray parenthesis", async ({
  page,
}) => {
  const fund = await etherFund();
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(tab(fund));
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await form.getByLabel("Asset").selectOption({ label: "USDC" });
  await form.getByLabel("Maximum weight (% of the fund's value)").fill("45");
  await form.getByLabel("Title", { exact: true }).fill("Allow up to 45 % in USDC");
  await form.getByLabel(/^Description/).fill("Do not [click](javascript:alert(1)) here.");
  await form.getByRole("button", { name: "Propose" }).click();
  const description = page.getByTestId("proposal-detail").getByTestId("proposal-description");
  await expect(description).toHaveText("Do not click here.");
  await expect(description.getByRole("link")).toHaveCount(0);
});

test("an account below the proposal threshold is told what it takes, and Propose stays disabled", async ({ page }) => {
  const fund = await etherFund();
  await installTestWallet(page, { account: NOBODY, authorized: true });
  await page.goto(tab(fund));
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await expect(form.getByTestId("threshold")).toHaveText(
    "Proposing takes 10,000 votes; you have 0. Delegate your tokens to yourself, or ask holders to delegate to you.",
  );
  await form.getByLabel("Title", { exact: true }).fill("Allow up to 45 % in USDC");
  await expect(form.getByRole("button", { name: "Propose" })).toBeDisabled();
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Allow up to 45 % in USDC");
});

test(
  "a guideline change from its template: propose, two votes, succeed, queue, execute, and the fund's " +
    "guideline changes",
  async ({ page, browser }) => {
    test.setTimeout(600_000); // six transactions and five cold page loads
    const fund = await etherFund();
    const before = await client.readContract({
      address: fund,
      abi: fundAbi,
      functionName: "assetConfig",
      args: [USDC],
    });
    expect(before.maxWeightBps).toBe(4_000);

    await installTestWallet(page, { account: FOUNDER, authorized: true });
    await page.goto(tab(fund));
    await page.getByRole("link", { name: "New proposal" }).click();
    const form = page.getByTestId("create-proposal");
    await expect(form.getByLabel("Template")).toHaveValue("guideline");
    await form.getByLabel("Asset").selectOption({ label: "USDC" });
    await form.getByLabel("Maximum weight (% of the fund's value)").fill("450");
    await form.getByRole("button", { name: "Propose" }).click();
    await expect(form.getByText("At most 100%.")).toBeVisible();
    await expect(form.getByText("Give the proposal a title.")).toBeVisible();
    await form.getByLabel("Maximum weight (% of the fund's value)").fill("45");
    await form.getByLabel("Title", { exact: true }).fill("Allow up to 45 % in USDC");
    await form
      .getByLabel(/^Description/)
      .fill("More room for redemptions. See [the forum](https://forum.example/t/45).");
    await expect(form.getByTestId("action")).toHaveText(/Raise the maximum weight of USDC from 40% to 45%/);
    await expect(form.getByTestId("threshold")).toContainText("meet the proposal threshold of 10,000");
    await form.getByRole("button", { name: "Propose" }).click();

    const detail = page.getByTestId("proposal-detail");
    await expect(detail.getByRole("heading", { name: "Allow up to 45 % in USDC" })).toBeVisible();
    await expect(detail.getByTestId("proposal-state")).toHaveText("Pending");
    await expect(
      detail.getByTestId("proposal-description").getByRole("link", { name: "the forum (forum.example)" }),
    ).toHaveAttribute("rel", /noopener/);
    const url = page.url();

    await advance(DAY + 60);
    await page.reload();
    await expect(detail.getByTestId("proposal-state")).toHaveText("Active");
    const ballot = detail.getByTestId("vote-panel");
    await ballot.getByRole("radio", { name: "For" }).check();
    await ballot.getByLabel("Reason (optional, public)").fill("Room for redemptions.");
    await ballot.getByRole("button", { name: /^Vote For with 550,000 votes$/ }).click();
    await expect(ballot.getByTestId("voted")).toHaveText("You voted For with 550,000 votes.");
    // Voting twice: the ballot is gone, and says why.
    await page.reload();
    await expect(ballot.getByTestId("voted")).toHaveText("You voted For with 550,000 votes.");
    await expect(ballot.getByRole("button", { name: /^Vote/ })).toHaveCount(0);

    const alice = await walletPage(browser, ALICE);
    await alice.goto(url);
    const aliceBallot = alice.getByTestId("vote-panel");
    await aliceBallot.getByRole("radio", { name: "Against" }).check();
    await aliceBallot.getByRole("button", { name: /^Vote Against with 300,000 votes$/ }).click();
    await expect(aliceBallot.getByTestId("voted")).toHaveText("You voted Against with 300,000 votes.");
    await expect(alice.getByTestId("vote-list")).toContainText("Room for redemptions.");

    await advance(4 * DAY + 60);
    await page.reload();
    await expect(detail.getByTestId("proposal-state")).toHaveText("Succeeded");
    await expect(detail.getByTestId("quorum")).toContainText("reached");
    // Against votes do not count towards the quorum: the label says which do.
    await expect(detail.getByTestId("tally").getByText("Quorum, For + Abstain")).toBeVisible();
    await expect(detail.getByTestId("votes-for")).toHaveText("550,000");
    await expect(detail.getByTestId("votes-against")).toHaveText("300,000");

    // Anyone may queue: Alice, who voted against, does.
    await alice.reload();
    await alice.getByRole("button", { name: "Queue: executable in 2 d" }).click();
    await expect(alice.getByTestId("proposal-state")).toHaveText("Queued");
    // Executing before the timelock delay is refused, with the time it opens.
    const early = alice.getByRole("button", { name: "Execute: not before the timelock delay" });
    await expect(early).toBeDisabled();
    await expect(alice.getByTestId("lifecycle")).toContainText("Executable from");
    await alice.context().close();

    await advance(2 * DAY + 60);
    await page.reload();
    await detail.getByRole("button", { name: "Execute: run its 1 action now" }).click();
    await expect(detail.getByTestId("proposal-state")).toHaveText("Executed");
    await expect(detail.getByTestId("timeline").locator("[data-step=executed]")).toHaveAttribute("data-status", "done");

    const after = await client.readContract({ address: fund, abi: fundAbi, functionName: "assetConfig", args: [USDC] });
    expect(after.maxWeightBps).toBe(4_500);
    await page.getByRole("tab", { name: "Overview" }).click();
    await expect(page.getByTestId("panel-overview")).toContainText("USDC ≤ 45%");
  },
);

test(
  "entry and exit fees, trading limits and delisting from their templates: refused beyond the fund's caps, " +
    "described in words",
  async ({ page }) => {
    const fund = await etherFund();
    const [entry, exit, limits] = await Promise.all([
      client.readContract({ address: fund, abi: fundAbi, functionName: "entryBps" }),
      client.readContract({ address: fund, abi: fundAbi, functionName: "exitBps" }),
      client.readContract({ address: fund, abi: fundAbi, functionName: "limits" }),
    ]);
    expect([entry, exit, limits.maxSlippageBps, limits.minCashBps]).toEqual([0, 0, 100, 0]);
    await installTestWallet(page, { account: FOUNDER, authorized: true });
    await page.goto(tab(fund));
    await page.getByRole("link", { name: "New proposal" }).click();
    const form = page.getByTestId("create-proposal");
    await form.getByLabel("Title", { exact: true }).fill("Terms");

    await form.getByLabel("Template").selectOption({ label: "Entry and exit fees" });
    await expect(form.getByText("Now 0%; the contract caps it at 2%.").first()).toBeVisible();
    await form.getByLabel("Entry fee (% of a deposit)").fill("3");
    await form.getByRole("button", { name: "Propose" }).click();
    await expect(form.getByText("At most 2%: the fund's cap.")).toBeVisible();
    await form.getByLabel("Entry fee (% of a deposit)").fill("0.5");
    await form.getByLabel("Exit fee (% of a cash redemption)").fill("0.25");
    await expect(form.getByTestId("action")).toHaveText(
      /Raise the entry fee from 0% to 0\.5%, raise the exit fee from 0% to 0\.25%/,
    );
    await expect(form.getByTestId("action")).toContainText("the in-kind exit pays none");

    await form.getByLabel("Template").selectOption({ label: "Trading limits (LP share, slippage, minimum cash)" });
    await form.getByLabel("Slippage limit (% of what a trade gives)").fill("0.5");
    await form.getByLabel(/^Minimum cash/).fill("5");
    await expect(form.getByTestId("action")).toHaveCount(2);
    await expect(form.getByTestId("action").nth(0)).toContainText("Lower the manager's slippage limit from 1% to 0.5%");
    await expect(form.getByTestId("action").nth(1)).toContainText("Raise the minimum cash from 0% to 5%");

    // The Ether fund lists USDC beside its WETH, which cannot be delisted and is not offered. Its
    // USDC/WETH pair is approved (and it may hold USDC): the template refuses, saying which.
    await form.getByLabel("Template").selectOption({ label: "Delist an asset" });
    const asset = form.getByLabel("Asset to delist");
    await expect(asset.locator("option", { hasText: "WETH" })).toHaveCount(0);
    await asset.selectOption({ label: "USDC" });
    const [balance, reserved] = await Promise.all([
      client.readContract({ address: USDC, abi: abiOf("MockERC20"), functionName: "balanceOf", args: [fund] }),
      client.readContract({ address: fund, abi: fundAbi, functionName: "reserved", args: [USDC] }),
    ]);
    await form.getByRole("button", { name: "Propose" }).click();
    await expect(
      form.getByText(
        balance > reserved
          ? "The fund still holds some USDC: sell it first (a rebalance), then delist it."
          : "An approved pair trades USDC against WETH: remove the pair first.",
      ),
    ).toBeVisible();
    await expect(form.getByTestId("action")).toHaveCount(0);
  },
);

test("a rebalance draft opens the rebalance template filled in; a broken draft says so", async ({ page }) => {
  const fund = await etherFund();
  await page.goto(`${tab(fund)}&draft=not-a-draft`);
  await expect(page.getByTestId("draft-problem")).toContainText("The rebalance draft in this link is not valid");
  await expect(page.getByLabel("Template")).toHaveValue("rebalance");

  const [, pairs] = await client.readContract({ address: fund, abi: fundAbi, functionName: "registry" });
  const WETH = contractOf(31337, "WETH").address;
  const draft = encodeDraft({
    fund,
    description: "# Rebalance toward USDC\n\nFrom the advisor.",
    calls: [
      {
        kind: "swap",
        pair: pairs[0],
        tokenIn: WETH,
        tokenOut: USDC,
        amountIn: 25n * 10n ** 18n,
        minOut: 50_000n * 10n ** 6n,
      },
    ],
  });
  await page.goto(`${tab(fund)}&draft=${draft}`);
  await expect(page.getByTestId("draft-problem")).toHaveCount(0);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Rebalance toward USDC");
  await expect(page.getByTestId("action")).toHaveText(/Swap 25 WETH for at least 50,000 USDC/);
});

for (const [w, h] of [
  [1280, 800],
  [390, 844],
  [360, 740],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshots and axe ${w}x${h} ${scheme}: all proposals, a proposal, a new proposal`, async ({ page }) => {
      const fund = await etherFund();
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await installTestWallet(page, { account: FOUNDER, authorized: true });
      await page.goto("/governance");
      await expect(page.getByTestId("proposal-card").first()).toBeVisible();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/governance-${w}-${scheme}.png`, fullPage: true });
      await page.goto(tab(fund));
      await page.getByRole("link", { name: "Introduce a 3 % hurdle rate" }).click();
      await expect(page.getByTestId("voted")).toBeVisible();
      expect(await seriousAxeViolations(page, "[data-testid=panel-governance]")).toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/governance-proposal-${w}-${scheme}.png`,
        fullPage: true,
      });
      await page.goto(`${tab(fund)}&new=fees`);
      await expect(page.getByTestId("threshold")).toBeVisible();
      expect(await seriousAxeViolations(page, "[data-testid=panel-governance]")).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/governance-new-${w}-${scheme}.png`, fullPage: true });
      await expectFits(page, w);
    });
  }
}

for (const [w, h] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`a proposal opened from /governance lands on its title, the invest panel beside or one tap away, ${w} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await installTestWallet(page, { account: FOUNDER, authorized: true });
    await page.goto("/governance");
    await page.getByRole("link", { name: "Introduce a 3 % hurdle rate" }).first().click();
    const title = page.locator("#proposal-title");
    await expect(title).toHaveText("Introduce a 3 % hurdle rate");
    await expect(page.getByTestId("voted")).toBeVisible();
    await expect(title, "the title is on screen, not below the fold").toBeInViewport({ ratio: 1 });
    const invest = page.getByTestId("invest-panel");
    if (w >= 1280) {
      // Beside the tabs, in view: it loads with the page.
      await expect(invest.getByText(/^Balance /)).toBeVisible();
      const panel = (await page.getByTestId("panel-governance").boundingBox())!;
      const aside = (await invest.boundingBox())!;
      expect(aside.x, "the invest panel stands beside the tabs").toBeGreaterThanOrEqual(panel.x + panel.width);
      await expect(page.getByTestId("invest-jump")).toBeHidden();
    } else {
      // Below the tab's content, out of view: it loads when reached for, and takes the focus then.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByTestId("invest-jump").click();
      await expect(page.locator("#invest-title")).toBeFocused();
      await expect(page.locator("#invest-title")).toBeInViewport();
      await expect(invest.getByText(/^Balance /)).toBeVisible();
      const panel = (await page.getByTestId("panel-governance").boundingBox())!;
      const aside = (await invest.boundingBox())!;
      expect(aside.y, "the invest panel comes after the tab's content").toBeGreaterThanOrEqual(panel.y + panel.height);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/screenshots/fund-order-proposal-${w}.png` });
    await expectFits(page, w);
  });
}
