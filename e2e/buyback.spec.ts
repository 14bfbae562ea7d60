// Buyback and burn (DESIGN §4): DeFi Blue Chips' share trades below its intrinsic value in its USDC
// pool. The seeded governance buyback shows in the fund's Exits with its effect on the NAV per
// share; a second one goes through the template, the vote, the queue and the timelock, and joins it.
import { getAddress, parseAbiItem, type Address } from "viem";
import { navEffectPpm, newestFirst, type ExitEvent } from "../src/domain/exits/index.ts";
import { money } from "../src/features/fund/format.ts";
import { ppmPercent } from "../src/lib/percent.ts";
import { client, fundSummaries } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { nearSections } from "./fixtures/overview.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { passOnPage } from "./governanceFlow.ts";

const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = process.env.SHOTS ?? "/tmp/buyback-shots";
const boughtBack = parseAbiItem(
  "event BoughtBack(address indexed pair, uint256 shares, uint256 cash, uint256 navPerShareBefore, uint256 navPerShareAfter)",
);
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const effect = (e: Pick<ExitEvent, "navBefore" | "navAfter">) =>
  ppmPercent(navEffectPpm(e), { signed: true, maximumSignificantDigits: 3 });

async function defi() {
  const f = (await fundSummaries()).find((s) => s.name === "DeFi Blue Chips");
  expect(f, "the seeded DeFi Blue Chips fund").toBeDefined();
  return f!.address as Address;
}

/** The fund's buybacks as the chain logged them, newest first. */
async function buybacks(fund: Address) {
  const logs = await client.getLogs({ address: fund, event: boughtBack, fromBlock: 0n });
  return newestFirst(
    logs.map((l) => ({
      kind: "buyback" as const,
      t: 0n,
      blockNumber: l.blockNumber,
      logIndex: l.logIndex,
      amount: l.args.cash!,
      shares: l.args.shares!,
      navBefore: l.args.navPerShareBefore!,
      navAfter: l.args.navPerShareAfter!,
    })),
  );
}

test("the seeded buyback shows in DeFi Blue Chips' Exits with its NAV effect, beside the pool's discount", async ({
  page,
}) => {
  const fund = await defi();
  const [seeded] = await buybacks(fund);
  expect(seeded, "the seed's governance buyback").toBeDefined();
  expect(seeded.navAfter > seeded.navBefore, "bought below NAV").toBe(true);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(`/fund/${fund}`);
    const exits = page.getByTestId("fund-exits");
    // The section loads with the overview's lower sections and reads its exits once in view.
    await nearSections(page, "fund-exits");
    const row = exits.getByTestId("exit-row").last();
    await expect(row).toHaveAttribute("data-kind", "buyback");
    await expect(row).toContainText("Buyback and burn");
    await expect(row.getByTestId("exit-amount")).toContainText(money(seeded.amount, 6, "USDC"));
    await expect(row.getByTestId("exit-effect")).toHaveText(effect(seeded));
    await expect(exits.getByTestId("buyback-room")).toHaveAttribute("data-possible", "true");
    await expect(exits.getByTestId("buyback-room")).toContainText("below its intrinsic value");
    await expectFits(page, width);
    await exits.scrollIntoViewIfNeeded();
    await exits.screenshot({ path: `${SHOTS}/exits-${width}.png` });
    await page.emulateMedia({ colorScheme: "dark" });
    await exits.screenshot({ path: `${SHOTS}/exits-dark-${width}.png` });
    await page.emulateMedia({ colorScheme: "light" });
  }
});

test("a buyback proposed through the template, voted, queued and executed joins the Exits", async ({ page }) => {
  test.setTimeout(600_000);
  const fund = await defi();
  const before = await buybacks(fund);
  await page.setViewportSize({ width: 1280, height: 900 });
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(`/fund/${fund}?tab=governance&new=buyback`);
  const form = page.getByTestId("create-proposal");
  await expect(form.getByLabel("Template")).toHaveValue("buyback");
  await expect(form.getByTestId("buyback-discount")).toHaveAttribute("data-possible", "true");
  await expect(form.getByTestId("buyback-discount")).toContainText("a buyback is possible");
  await form.getByLabel(/^Cash to spend on the fund's shares/).fill("5000");
  await form.getByLabel("Title", { exact: true }).fill("Buy back 5 000 USDC of shares");
  await expect(form.getByTestId("action").first()).toContainText(
    "Buy back the fund's shares for 5,000 USDC and burn them",
  );
  await page.screenshot({ path: `${SHOTS}/buyback-template-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectFits(page, 390);
  await page.screenshot({ path: `${SHOTS}/buyback-template-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await form.getByRole("button", { name: "Propose" }).click();

  // A buyback is a priced manager operation: it executes once the keeper has fresh rounds after the jump.
  await passOnPage(page, fund);

  const after = await buybacks(fund);
  expect(after.length).toBe(before.length + 1);
  const [newest] = after;
  expect(newest.amount).toBe(5_000n * 10n ** 6n);
  expect(newest.navAfter > newest.navBefore, "the NAV per share rose").toBe(true);
  await page.goto(`/fund/${fund}`);
  await nearSections(page, "fund-exits");
  const rows = page.getByTestId("fund-exits").getByTestId("exit-row");
  await expect(rows).toHaveCount(after.length);
  await expect(rows.first().getByTestId("exit-amount")).toContainText(money(newest.amount, 6, "USDC"));
  await expect(rows.first().getByTestId("exit-effect")).toHaveText(effect(newest));
  await page.getByTestId("fund-exits").screenshot({ path: `${SHOTS}/exits-after-1280.png` });
});
