// The fund page's strategy: the statement its creator made before the first deposit (or governance's
// restatement), where it came from, and beside it what the contracts enforce; the overview still renders from at
// most 3 requests. Then the "Restate the strategy" template: refused at the field when empty or over 1,200 bytes,
// drafted with its text quoted, proposed, voted, queued and executed, after which the page shows version 2.
import { encodeFunctionData, getAddress, keccak256, toHex, type Address } from "viem";
import { STRATEGY, VENTURES_RESTATED } from "../contracts/scripts/seed/strategies.ts";
import { contractOf } from "../src/chain/contracts.ts";
import { strategyDescription } from "../src/domain/governance/strategy.ts";
import { utf8Length } from "../src/domain/strategy/index.ts";
import { formatDate } from "../src/lib/dates.ts";
import { client, fundSummaries, KEEPER, pauseKeeper, rpcUrl } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { rpcReads } from "./fixtures/rpcReads.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { voteAndQueue } from "./governanceFlow.ts";

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = process.env.SHOTS ?? "/tmp/strategy-shots";
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const registry = contractOf(31337, "StrategyRegistry");

async function fundNamed(name: string) {
  const f = (await fundSummaries()).find((s) => s.name === name);
  expect(f, name).toBeDefined();
  return f!.address as Address;
}

async function statement(fund: Address) {
  const [text, author, statedAt, version] = await client.readContract({
    ...registry,
    functionName: "statementOf",
    args: [fund],
  });
  return { text, author: getAddress(author), statedAt, version };
}

/** The overview rendered in full, as the bench counts it: header, market, both charts, and the strategy. */
const overviewReady = () =>
  !!document.querySelector('[data-testid="fund-nav"]') &&
  !!document.querySelector('[data-testid="fund-market"]') &&
  !!document.querySelector('[data-testid="chart-nav"] .chart-line') &&
  !!document.querySelector('[data-testid="chart-tvl"] .chart-line') &&
  !!document.querySelector('[data-testid="strategy-text"]');

test("a seeded fund shows its creator's statement, its provenance and what the contracts enforce, from ≤ 3 requests", async ({
  page,
}) => {
  const fund = await fundNamed("Evergreen Stable Yield");
  const s = await statement(fund);
  expect(s.version, "the creator stated it once").toBe(1);
  expect(s.author).toBe(getAddress(KEEPER)); // the deployer created every seeded fund
  expect(s.text).toBe(STRATEGY.stable);

  const reads = rpcReads(page, rpcUrl);
  await page.goto(`/fund/${fund}`);
  await page.waitForFunction(overviewReady, null, { polling: "raf", timeout: 120_000 });
  reads.stop();
  expect(reads.bodies.length, "the overview's requests, the statement read in its existing batch").toBeLessThanOrEqual(
    3,
  );

  const text = page.getByTestId("strategy-text");
  // Long: folded to its first paragraph until asked.
  await expect(text).toContainText("A dollar fund: it holds only USDC");
  await expect(text).not.toContainText("A professional institution manages it.");
  await page.getByRole("button", { name: "Read the whole statement" }).click();
  await expect(page.getByRole("button", { name: "Show less" })).toHaveAttribute("aria-expanded", "true");
  // Each paragraph of the statement is a paragraph of the page.
  await expect(text.locator("p")).toHaveText(STRATEGY.stable.split("\n\n"));
  await expect(page.getByTestId("strategy-provenance")).toContainText(
    `Stated by the fund's creator 0xf39F…2266 on ${formatDate(s.statedAt)}, before anyone held shares.`,
  );
  await expect(page.getByRole("link", { name: "Propose a restatement" })).toHaveAttribute(
    "href",
    new RegExp(`/fund/${fund}\\?tab=governance&new=strategy`),
  );
  const enforced = page.getByTestId("strategy-enforced");
  await expect(enforced).toContainText("Its manager, a professional institution at 0x976E…0aa9,");
  await expect(enforced).toContainText(
    "It may hold USDC, its currency, and DAI up to 60% of its value, with LP positions up to 40% in all",
  );
  await expect(enforced).toContainText("10% of gains above the high-water mark grown by a 4% yearly hurdle");

  for (const width of [1280, 390])
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await expect(page.getByTestId("strategy-enforced")).toBeVisible();
      await expectFits(page, width);
      await page.getByRole("heading", { name: "Strategy" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/stable-strategy-${width}-${scheme}.png` });
    }
});

test("Primary Ventures shows governance's restatement and its version; every seeded fund has a statement", async ({
  page,
}) => {
  const fund = await fundNamed("Primary Ventures");
  const s = await statement(fund);
  expect(s.version, "stated by its creator, restated by governance").toBe(2);
  expect(s.text).toBe(VENTURES_RESTATED);
  for (const f of await fundSummaries()) expect((await statement(f.address as Address)).version).toBeGreaterThan(0);

  await page.goto(`/fund/${fund}`);
  await page.getByRole("button", { name: "Read the whole statement" }).click();
  await expect(page.getByTestId("strategy-text").locator("p")).toHaveText(VENTURES_RESTATED.split("\n\n"));
  await expect(page.getByTestId("strategy-provenance")).toContainText(
    `Restated by governance on ${formatDate(s.statedAt)}, version 2.`,
  );
  const enforced = page.getByTestId("strategy-enforced");
  await expect(enforced).toContainText("Its manager is its timelock");
  await expect(enforced).toContainText("WETH up to 20% of its value, with no LP positions");
  await expect(enforced).toContainText("primary-market positions (");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await expectFits(page, width);
    await page.getByRole("heading", { name: "Strategy" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/ventures-strategy-${width}.png` });
  }
});

test("the restate template refuses empty and over-long text, drafts the proposal, and once executed the page shows version 2", async ({
  page,
}) => {
  const fund = await fundNamed("Evergreen Ether");
  const before = await statement(fund);
  expect(before.version).toBe(1);
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(`/fund/${fund}?tab=governance`);
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await form.getByLabel("Template").selectOption({ label: "Restate the strategy" });
  const field = form.getByLabel("New strategy statement");
  // It starts from the statement now, and the title from the template.
  await expect(field).toHaveValue(before.text);
  await expect(form.getByLabel("Title", { exact: true })).toHaveValue("Restate the strategy");
  await field.fill("   ");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByText("Write the strategy: the statement cannot be empty.")).toBeVisible();
  // 401 characters, 1,203 bytes: refused as the contract would.
  await field.fill("€".repeat(401));
  await expect(form.getByText(/^1,203 bytes: at most 1,200/)).toBeVisible();
  const next = "Long ether, governed by its holders.\n\nThe USDC reserve stays at most 40 % of the fund.";
  await field.fill(next);
  await expect(form.getByText(`${utf8Length(next)} of 1,200 bytes.`)).toBeVisible();
  const action = form.getByTestId("action");
  await expect(action).toContainText("Restate the fund's strategy");
  await expect(action).toContainText("The statement becomes: “Long ether, governed by its holders.");
  await page.screenshot({ path: `${SHOTS}/restate-form-1280.png`, fullPage: true });
  await form.getByRole("button", { name: "Propose" }).click();

  // The proposal page: its description quotes the new text.
  await expect(page.getByRole("heading", { name: "Restate the strategy" }).first()).toBeVisible();
  const quoted = page.getByTestId("proposal-description");
  await expect(quoted).toContainText("The fund's strategy becomes:");
  await expect(quoted).toContainText("“Long ether, governed by its holders.");
  await expect(quoted).toContainText("The USDC reserve stays at most 40 % of the fund.”");

  // Vote, queue and execute it on the chain (the keeper held off, the clock moved), then read the page again.
  await pauseKeeper();
  const description = strategyDescription("Restate the strategy", "", next);
  const calldata = encodeFunctionData({ abi: registry.abi, functionName: "state", args: [fund, next] });
  const passage = await voteAndQueue(fund, FOUNDER, {
    targets: [registry.address],
    values: [0n],
    calldatas: [calldata],
    descriptionHash: keccak256(toHex(description)),
  });
  await passage.execute();
  const after = await statement(fund);
  expect([after.text, after.version]).toEqual([next, 2]);

  await page.goto(`/fund/${fund}`);
  await expect(page.getByTestId("strategy-provenance")).toContainText(
    `Restated by governance on ${formatDate(after.statedAt)}, version 2.`,
  );
  await expect(page.getByTestId("strategy-text").locator("p")).toHaveText(next.split("\n\n"));
  await page.getByRole("heading", { name: "Strategy" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/ether-restated-1280.png` });
});
