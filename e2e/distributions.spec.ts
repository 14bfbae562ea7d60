// Issue 18: a distribution to investors, proposed and executed through governance (the seed takes
// DeFi Blue Chips' through a real proposal, vote, queue and timelocked execution), listed on the
// fund page with the NAV per share before and after, and claimed from the portfolio by two holders,
// Bob (who gave half his shares away after the snapshot) and Carol, each exactly the part the client
// engine computes from the ledger's snapshot. The proposal form drafts another one, in words.
import AxeBuilder from "@axe-core/playwright";
import { decodeEventLog, erc20Abi, getAddress, type Address } from "viem";
import { abiOf } from "../src/chain/contracts.ts";
import { entitlement } from "../src/domain/distributions/index.ts";
import { historyEntries, totalReturnSeries } from "../src/domain/history/index.ts";
import { money } from "../src/features/fund/format.ts";
import { formatDate } from "../src/lib/dates.ts";
import { client, fundSummaries } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { nearSections } from "./fixtures/overview.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = process.env.SHOTS ?? "/tmp/distrib-shots";
const BOB = getAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
const CAROL = getAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
const fundAbi = abiOf("Fund");
const distributorAbi = abiOf("Distributor");
const ledgerAbi = abiOf("ShareLedger");
const governorAbi = abiOf("FundGovernor");

/** DeFi Blue Chips, its distributor and ledger, and the seeded distribution as the chain has it. */
async function defi() {
  const f = (await fundSummaries()).find((s) => s.name === "DeFi Blue Chips");
  expect(f, "the seeded DeFi fund").toBeDefined();
  const fund = f!.address as Address;
  const [distributor, ledger, asset] = await Promise.all(
    (["distributor", "ledger", "asset"] as const).map((fn) =>
      client.readContract({ address: fund, abi: fundAbi, functionName: fn }),
    ),
  );
  const count = await client.readContract({
    address: distributor,
    abi: distributorAbi,
    functionName: "distributionCount",
  });
  expect(count, "the seed's distribution").toBeGreaterThan(0n);
  const id = count - 1n;
  const d = await client.readContract({
    address: distributor,
    abi: distributorAbi,
    functionName: "distribution",
    args: [id],
  });
  return { fund, distributor, ledger, asset, id, d };
}

/** What the engine says `holder` is owed, from the ledger's balance at the snapshot. */
async function owed(x: Awaited<ReturnType<typeof defi>>, holder: Address) {
  const bal = await client.readContract({
    address: x.ledger,
    abi: ledgerAbi,
    functionName: "balanceAt",
    args: [holder, BigInt(x.d.snapshot)],
  });
  return { bal, part: entitlement(x.d.amount, bal, x.d.supply) };
}

const usdcOf = (x: { asset: Address }, who: Address) =>
  client.readContract({ address: x.asset, abi: erc20Abi, functionName: "balanceOf", args: [who] });

test("the distribution went through governance and the fund page lists it with the NAV per share before and after", async ({
  page,
}) => {
  const x = await defi();
  // Set aside by the fund's timelock executing a proposal of its governor, whose description names it.
  const logs = await client.getContractEvents({
    address: x.distributor,
    abi: distributorAbi,
    eventName: "Distributed",
    fromBlock: 0n,
  });
  const ev = logs.find((l) => l.args.id === x.id)!;
  const tx = await client.getTransaction({ hash: ev.transactionHash });
  const receipt = await client.getTransactionReceipt({ hash: ev.transactionHash });
  const executed = receipt.logs.flatMap((l) => {
    try {
      return [decodeEventLog({ abi: governorAbi, data: l.data, topics: l.topics })];
    } catch {
      return [];
    }
  });
  expect(executed.map((e) => e.eventName)).toContain("ProposalExecuted");
  expect(tx.to && getAddress(tx.to)).not.toBe(x.fund);
  expect(ev.args.navPerShareBefore! > ev.args.navPerShareAfter!).toBe(true);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(`/fund/${x.fund}`);
    // The section loads with the overview's lower sections and reads its exits once in view.
    await nearSections(page, "fund-exits");
    const row = page.getByTestId("distribution").and(page.locator(`[data-id="${x.id}"]`));
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute("data-amount", x.d.amount.toString());
    await expect(row).toContainText(formatDate(BigInt(x.d.time)));
    await expect(row).toContainText(money(x.d.amount, 6, "USDC"));
    await expect(row.getByTestId("distribution-nav")).toHaveText(
      `${money(x.d.navBefore, 6, "USDC")} → ${money(x.d.navAfter, 6, "USDC")}`,
    );
    await expectFits(page, width);
    await page.getByTestId("fund-exits").scrollIntoViewIfNeeded();
    await page.getByTestId("fund-exits").screenshot({ path: `${SHOTS}/exits-${width}.png` });
  }
});

test("the NAV chart and the returns count the distribution as reinvested, as the client computes it from the events", async ({
  page,
}) => {
  const x = await defi();
  await page.goto(`/fund/${x.fund}`);
  const header = page.getByTestId("fund-header");
  await expect(header).toBeVisible();
  const blockNumber = BigInt((await header.getAttribute("data-block"))!);
  const at = { fromBlock: 0n, toBlock: blockNumber } as const;
  const [navs, paid] = await Promise.all([
    client.getContractEvents({ address: x.fund, abi: fundAbi, eventName: "NavRecorded", ...at }),
    client.getContractEvents({ address: x.distributor, abi: distributorAbi, eventName: "Distributed", ...at }),
  ]);
  const decimals = await client.readContract({ address: x.fund, abi: fundAbi, functionName: "decimals" });
  const series = totalReturnSeries(historyEntries(navs, paid), decimals);
  expect(series.distributions).toBeGreaterThan(0);
  // The chart's first point is the first NAV per share scaled down by every distribution since.
  const first = navs.find((l) => l.args.totalSupply !== 0n)!.args;
  const rawFirst = (first.gav! * 10n ** BigInt(decimals)) / first.totalSupply!;
  expect(series.nav[0].navPerShare < rawFirst).toBe(true);
  await expect(page.getByTestId("chart-nav")).toHaveAttribute("data-first", series.nav[0].navPerShare.toString());
  await expect(page.getByTestId("nav-total-return-note")).toContainText(
    series.distributions === 1 ? "distribution as reinvested" : `${series.distributions} distributions as reinvested`,
  );
  await page.getByTestId("nav-total-return-note").screenshot({ path: `${SHOTS}/total-return-note.png` });
});

test("two holders claim their exact parts from the portfolio, one of whom transferred shares after the snapshot", async ({
  page,
}) => {
  const x = await defi();
  const bob = await owed(x, BOB);
  const carol = await owed(x, CAROL);
  expect(bob.part).toBeGreaterThan(0n);
  expect(carol.part).toBeGreaterThan(0n);
  // Bob gave half his shares away after the snapshot: his part follows the snapshot, not today's balance.
  const bobNow = await client.readContract({ address: x.fund, abi: fundAbi, functionName: "balanceOf", args: [BOB] });
  expect(bobNow < bob.bal).toBe(true);

  for (const [i, [who, h, width]] of (
    [
      [BOB, bob, 390],
      [CAROL, carol, 1280],
    ] as const
  ).entries()) {
    // One page per wallet: each holder connects its own.
    const p = i === 0 ? page : await page.context().newPage();
    await p.setViewportSize({ width, height: 900 });
    await installTestWallet(p, { account: who, authorized: true });
    await p.goto("/portfolio");
    const card = p.getByTestId("claimable-fund").and(p.locator(`[data-fund="${x.fund}"]`));
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute("data-total", h.part.toString());
    await expect(card.getByTestId("claimable-amount")).toHaveAttribute("data-value", h.part.toString());
    await expectFits(p, width);
    await card.screenshot({ path: `${SHOTS}/claim-${width}.png` });
    const before = await usdcOf(x, who);
    await card.getByTestId("claim-distributions").click();
    await expect(card).toHaveCount(0); // claimed: nothing left to claim
    expect((await usdcOf(x, who)) - before, "paid exactly the engine's part").toBe(h.part);
    expect(
      await client.readContract({
        address: x.distributor,
        abi: distributorAbi,
        functionName: "claimed",
        args: [x.id, who],
      }),
    ).toBe(true);
  }
});

test("a claim declined in the wallet says so and leaves the part claimable", async ({ page }) => {
  const x = await defi();
  const { part } = await owed(x, CAROL);
  await installTestWallet(page, { account: CAROL, authorized: true });
  await page.goto("/portfolio");
  const card = page.getByTestId("claimable-fund").and(page.locator(`[data-fund="${x.fund}"]`));
  await expect(card).toHaveAttribute("data-total", part.toString());
  await page.evaluate(() => window.testWallet.rejectNext());
  await card.getByTestId("claim-distributions").click();
  await expect(card.getByRole("alert")).toHaveText("You declined the request in your wallet. Nothing was sent.");
  await expect(card).toHaveAttribute("data-total", part.toString());
});

test("the proposal form drafts a distribution in words and says at the field what is wrong, keeping the input", async ({
  page,
}) => {
  const x = await defi();
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(`/fund/${x.fund}?tab=governance`);
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await form.getByLabel("Template").selectOption({ label: "Distribute to investors" });
  await form.getByLabel("Title", { exact: true }).fill("Return exit proceeds");
  const amount = form.getByLabel("Amount (USDC)");
  await amount.fill("12.3456789");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(form.getByText("At most 6 decimals.")).toBeVisible();
  await expect(amount).toHaveValue("12.3456789");
  await amount.fill("999999999999");
  await expect(form.getByText(/^The fund holds .* USDC in cash it can pay out/)).toBeVisible();
  await expect(amount).toHaveValue("999999999999");
  await amount.fill("1000");
  const action = form.getByTestId("action");
  await expect(action).toContainText("Distribute 1,000 USDC to the investors, pro rata to their shares at ");
  await expect(action).toContainText("the NAV falls by exactly that amount");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectFits(page, width);
    await page.screenshot({ path: `${SHOTS}/template-${width}.png`, fullPage: true });
  }
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious axe violation in the Exits section and the claim card, ${scheme}`, async ({ page }) => {
    const x = await defi();
    await page.emulateMedia({ colorScheme: scheme });
    await installTestWallet(page, { account: CAROL, authorized: true });
    for (const [path, testId] of [
      [`/fund/${x.fund}`, "fund-exits"],
      ["/portfolio", "claimable-distributions"],
    ] as const) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const section = page.getByTestId(testId);
        if (testId === "fund-exits") await nearSections(page, testId);
        await expect(section).toBeVisible();
        await section.scrollIntoViewIfNeeded();
        await expect(section.locator('[aria-busy="true"]')).toHaveCount(0);
        const { violations } = await new AxeBuilder({ page }).include(`[data-testid="${testId}"]`).analyze();
        const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
        expect(bad, `${path} ${width}px ${scheme}`).toEqual([]);
        await section.scrollIntoViewIfNeeded();
        await section.screenshot({ path: `${SHOTS}/${testId}-${width}-${scheme}.png` });
      }
    }
  });
}
