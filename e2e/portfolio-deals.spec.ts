// Portfolio's attention strip and the VAM deals: what an account can do now in a deal is named,
// links to the deal's card on its fund's Deals tab, and goes once done.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { encodeFunctionData, erc20Abi, getAddress, parseAbiItem, type Address } from "viem";
import { abiOf } from "../src/chain/contracts.ts";
import { client, pauseKeeper } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { fundAbi, HOLDER, INVESTOR, sendAs } from "./investChain.ts";

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const dealAbi = abiOf("VamDeal");
const SHOTS = "/tmp/attention-shots";

/** The seeded deal on Orbit Lending's token, exercisable at the world's start, with its fund's name. */
async function orbit() {
  const escrowed = await client.getLogs({
    event: parseAbiItem("event Escrowed(address indexed party, uint256 amount)"),
    fromBlock: 0n,
  });
  for (const address of new Set(escrowed.map((l) => getAddress(l.address)))) {
    const read = <T>(functionName: "projectToken" | "fund" | "project") =>
      client.readContract({ address, abi: dealAbi, functionName } as never) as Promise<T>;
    const token = await read<Address>("projectToken");
    if ((await client.readContract({ address: token, abi: erc20Abi, functionName: "name" })) !== "Orbit Lending")
      continue;
    const fund = await read<Address>("fund");
    const fundName = await client.readContract({ address: fund, abi: fundAbi, functionName: "name" });
    return { address, fund, fundName, project: await read<Address>("project") };
  }
  throw new Error("no Orbit Lending deal");
}

const chip = (page: Page, deal: Address, action: string) =>
  page
    .getByTestId("attention-item")
    .and(page.locator(`[data-kind="deal"][data-action="${action}"][data-deal="${deal.toLowerCase()}"]`));
const dealChips = (page: Page, deal: Address) =>
  page.getByTestId("attention-item").and(page.locator(`[data-kind="deal"][data-deal="${deal.toLowerCase()}"]`));

/** The account's portfolio, read in full (so that a chip's absence is the read's answer). */
async function portfolio(page: Page) {
  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { name: "Positions" })).toBeVisible();
  await expect(page.getByTestId("portfolio-loading")).toHaveCount(0);
}

const exercise = (deal: Address) =>
  sendAs(INVESTOR, deal, encodeFunctionData({ abi: dealAbi, functionName: "exercise" }));

test("a holder is asked to exercise an exercisable deal, lands on its card, and then to claim the fund's leg", async ({
  page,
}) => {
  const orb = await orbit();
  expect(await client.readContract({ address: orb.address, abi: dealAbi, functionName: "exercisable" })).toBe(true);
  // Else the keeper exercises and claims for the fund itself within seconds.
  await pauseKeeper();
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await portfolio(page);
  const toExercise = chip(page, orb.address, "exercise");
  await expect(toExercise).toHaveText(
    `Exercise tranche 2 of the Orbit Lending deal of ${orb.fundName}: its condition holds`,
  );
  await expect(toExercise).toHaveAttribute("data-fund", orb.fund);
  const where = `/fund/${orb.fund}?tab=deals&deal=${orb.address.toLowerCase()}`;
  await expect(toExercise.getByRole("link")).toHaveAttribute("href", where);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).include('[data-testid="attention"]').analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId("attention").screenshot({ path: `${SHOTS}/portfolio-deal-${width}-${scheme}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  await toExercise.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${where.replace(/[?]/g, "\\?")}$`));
  // The deal's card alone, with the way back to the fund's other deals.
  const card = page.locator(`[data-testid=deal][data-deal="${orb.address.toLowerCase()}"]`);
  await expect(card.getByTestId("deal-status")).toHaveText("Exercisable");
  await expect(page.getByTestId("deal")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "All deals of this fund" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/deal-landing-1280-light.png` });
  await card.getByRole("button", { name: "Exercise tranche 2" }).click();
  await expect(card.getByTestId("deal-status")).toHaveText("Exercised");

  await portfolio(page);
  await expect(chip(page, orb.address, "claim-fund")).toHaveText(
    `Claim ${orb.fundName}'s leg of the Orbit Lending deal for the fund`,
  );
  await expect(toExercise).toHaveCount(0);
  await chip(page, orb.address, "claim-fund").getByRole("link").click();
  await card.getByTestId("claim-fund").click();
  await expect(card.getByTestId("claimable-fund")).toHaveText("nothing");
  expect(await client.readContract({ address: orb.address, abi: dealAbi, functionName: "fundClaimed" })).toBe(true);
  await portfolio(page);
  await expect(page.getByTestId("position").first()).toBeVisible();
  await expect(dealChips(page, orb.address)).toHaveCount(0);
});

test("the project team is asked to claim what a settled deal owes it, and a holder its in-kind exit's part", async ({
  page,
}) => {
  const orb = await orbit();
  await pauseKeeper();
  // An in-kind exit gives the holder a part of each live deal's second leg.
  const shares = await client.readContract({
    address: orb.fund,
    abi: fundAbi,
    functionName: "balanceOf",
    args: [HOLDER],
  });
  await sendAs(
    HOLDER,
    orb.fund,
    encodeFunctionData({ abi: fundAbi, functionName: "redeemInKind", args: [shares / 10n, HOLDER, HOLDER] }),
  );
  const part = await client.readContract({
    address: orb.address,
    abi: dealAbi,
    functionName: "assignedPart",
    args: [HOLDER],
  });
  expect(part > 0n).toBe(true);

  // Not settled yet: the part is nothing to claim; the project's n1 was claimed in the seed.
  await installTestWallet(page, { account: HOLDER, authorized: true });
  await portfolio(page);
  await expect(chip(page, orb.address, "exercise")).toBeVisible();
  await expect(chip(page, orb.address, "claim-assigned")).toHaveCount(0);

  await exercise(orb.address);
  await portfolio(page);
  await expect(chip(page, orb.address, "claim-assigned")).toHaveText(
    `Claim your part of the Orbit Lending deal of ${orb.fundName}`,
  );
  await expect(chip(page, orb.address, "claim-fund")).toBeVisible();
  await sendAs(HOLDER, orb.address, encodeFunctionData({ abi: dealAbi, functionName: "claimAssigned" }));
  await portfolio(page);
  await expect(chip(page, orb.address, "claim-fund")).toBeVisible();
  await expect(chip(page, orb.address, "claim-assigned")).toHaveCount(0);

  // The project team holds no share of the fund: only its own leg is named to it.
  const projectPage = await page.context().newPage();
  await installTestWallet(projectPage, { account: orb.project, authorized: true });
  await portfolio(projectPage);
  const owed = chip(projectPage, orb.address, "claim-project");
  await expect(owed).toHaveText(`Claim what the Orbit Lending deal of ${orb.fundName} owes your project`);
  await expect(dealChips(projectPage, orb.address)).toHaveCount(1);
  await owed.getByRole("link").click();
  const card = projectPage.locator(`[data-testid=deal][data-deal="${orb.address.toLowerCase()}"]`);
  await card.getByTestId("claim-project-assets").click();
  await expect(card.getByTestId("claim-project-assets")).toHaveCount(0);
  await portfolio(projectPage);
  await expect(dealChips(projectPage, orb.address)).toHaveCount(0);
});

test("a lapsed deal's project team is asked to take its escrow back, from the deal's card", async ({ page }) => {
  const orb = await orbit();
  const escrowed = await client.getLogs({
    event: parseAbiItem("event Escrowed(address indexed party, uint256 amount)"),
    fromBlock: 0n,
  });
  const deals = [...new Set(escrowed.map((l) => getAddress(l.address)))];
  const lapsed: Address[] = [];
  for (const address of deals)
    if (await client.readContract({ address, abi: dealAbi, functionName: "lapsed" })) lapsed.push(address);
  expect(lapsed, "the seed has one lapsed deal, its escrow still in").toHaveLength(1);
  const [quasar] = lapsed;
  expect(await client.readContract({ address: quasar, abi: dealAbi, functionName: "projectEscrowed" })).toBe(true);

  await installTestWallet(page, { account: orb.project, authorized: true });
  await portfolio(page);
  const withdraw = chip(page, quasar, "withdraw");
  await expect(withdraw).toHaveText(
    `Withdraw your escrow from the Quasar Yield deal of ${orb.fundName}: it can no longer start`,
  );
  // Only the lapsed deal: the pending one waits for the fund's vote, the others owe the project nothing.
  await expect(page.getByTestId("attention-item")).toHaveCount(1);
  await withdraw.getByRole("link").click();
  const card = page.locator(`[data-testid=deal][data-deal="${quasar.toLowerCase()}"]`);
  await expect(card.getByTestId("deal-status")).toHaveText("Lapsed");
  await card.getByTestId("withdraw").click();
  await expect(card.getByTestId("withdraw")).toHaveCount(0);
  expect(await client.readContract({ address: quasar, abi: dealAbi, functionName: "projectEscrowed" })).toBe(false);
  await portfolio(page);
  await expect(page.getByTestId("attention")).toHaveCount(0);
});
