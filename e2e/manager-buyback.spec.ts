// Manager-token revenue by buyback (DESIGN §4, issue 18): Primary Ventures' governance switched its
// fee splitter to buyback mode; the fee shares wait there and anyone sells them in the
// (share, manager token) pool, below their value per manager token, for tokens that are burnt. The
// fund page's Exits show the mode, the waiting shares and each buyback, as the chain has them at the
// page's block; a buyback sent by anyone joins the list. Investor-governed funds show none of it.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { encodeFunctionData, getAbiItem, parseAbiItem, zeroAddress, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { pricePerToken, valuePerToken } from "../src/domain/exits/index.ts";
import { client, fundSummaries } from "./chain.ts";
import { revertChain, snapshotChain } from "./fixtures/chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { nearSections } from "./fixtures/overview.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { sendAs } from "./investChain.ts";

const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = process.env.SHOTS ?? "/tmp/manager-buyback-shots";
const splitterAbi = abiOf("FeeSplitter");
const tokenAbi = abiOf("ManagerToken");
const pairAbi = abiOf("AmmPair");
const boughtBack = getAbiItem({ abi: splitterAbi, name: "ManagerTokensBoughtBack" });
const transfer = parseAbiItem("event Transfer(address indexed from, address indexed to, uint256 value)");
const E18 = 10n ** 18n;
// Hardhat's account #17: anyone may call a buyback; it spends only the splitter's waiting shares.
const ANYONE: Address = "0xbDA5747bFD65F08deb54cb465eB87D40e51B197E";

async function setOf(name: string) {
  const f = (await fundSummaries()).find((s) => s.name === name);
  expect(f, `the seeded ${name}`).toBeDefined();
  return client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "fundSet", args: [f!.address] });
}

/** The splitter as the chain has it at `blockNumber`, with every buyback up to it, oldest first. */
async function splitterAt(splitter: Address, token: Address, blockNumber: bigint) {
  const at = { blockNumber } as const;
  const read = <F extends "buybackMode" | "buybackPair" | "buybackShares">(functionName: F) =>
    client.readContract({ address: splitter, abi: splitterAbi, functionName, ...at });
  const [mode, pair, pending, supply, logs] = await Promise.all([
    read("buybackMode"),
    read("buybackPair"),
    read("buybackShares"),
    client.readContract({ address: token, abi: tokenAbi, functionName: "totalSupply", ...at }),
    client.getLogs({ address: splitter, event: boughtBack, fromBlock: 0n, toBlock: blockNumber }),
  ]);
  return { mode, pair, pending, supply, logs };
}

/** The Exits section scrolled into view (it reads once seen), with the page's block. */
async function openExits(page: Page, fund: Address) {
  await page.goto(`/fund/${fund}`);
  const exits = page.getByTestId("fund-exits");
  await nearSections(page, "fund-exits");
  const block = BigInt((await page.getByTestId("fund-header").getAttribute("data-block"))!);
  return { exits, side: exits.getByTestId("manager-buybacks"), block };
}

test("Primary Ventures' Exits show its buyback mode, the waiting fee shares and each burnt buyback as the chain has them", async ({
  page,
}) => {
  const set = await setOf("Primary Ventures");
  const { exits, side, block } = await openExits(page, set.fund);
  const rows = side.getByTestId("mt-buyback-row");
  await expect(rows.first()).toBeVisible();
  const s = await splitterAt(set.feeSplitter, set.managerToken, block);
  expect(s.mode, "the seed switched the splitter to buybacks").toBe(true);
  expect(s.logs.length, "the seed's buybacks").toBeGreaterThanOrEqual(1);

  await expect(side.getByTestId("revenue-mode")).toHaveAttribute("data-mode", "buyback");
  await expect(side.getByTestId("revenue-mode")).toHaveAttribute("data-pair", s.pair);
  await expect(side.getByTestId("revenue-mode")).toContainText("paid by buyback");
  await expect(side.getByTestId("mt-waiting")).toHaveAttribute("data-value", s.pending.toString());
  const value = valuePerToken(s.pending, s.supply, 18)!;
  await expect(side.getByTestId("mt-value-per-token")).toHaveAttribute("data-value", value.toString());
  // The pool's mid price, from its reserves at the page's block, below the value: a buyback is possible.
  const [token0, [r0, r1]] = await Promise.all([
    client.readContract({ address: s.pair, abi: pairAbi, functionName: "token0", blockNumber: block }),
    client.readContract({ address: s.pair, abi: pairAbi, functionName: "getReserves", blockNumber: block }),
  ]);
  const [tokens, shares] = token0 === set.managerToken ? [r0, r1] : [r1, r0];
  const poolPrice = (shares * E18) / tokens;
  expect(poolPrice < value, "the seeded pool trades below the value per token").toBe(true);
  await expect(side.getByTestId("mt-pool-price")).toHaveAttribute("data-value", poolPrice.toString());
  await expect(side.getByTestId("mt-pool-price")).toHaveAttribute("data-possible", "true");

  // Each buyback, newest first: what it sold and burnt, and its price against the bound it met.
  await expect(rows).toHaveCount(s.logs.length);
  const newestFirst = [...s.logs].reverse();
  for (const [i, log] of newestFirst.entries()) {
    const { shares: sold, tokens: bought } = log.args as { shares: bigint; tokens: bigint };
    const [burnt] = await client.getLogs({
      address: set.managerToken,
      event: transfer,
      args: { from: set.feeSplitter, to: zeroAddress },
      fromBlock: log.blockNumber,
      toBlock: log.blockNumber,
    });
    expect(burnt.args.value, "the tokens bought were burnt").toBe(bought);
    // The bound it met: the shares waiting and the supply just before it (after its block, plus its own).
    const after = await splitterAt(set.feeSplitter, set.managerToken, log.blockNumber);
    const bound = valuePerToken(after.pending + sold, after.supply + bought, 18)!;
    const price = pricePerToken(sold, bought, 18)!;
    expect(price < bound, "bought below the waiting shares' value per token").toBe(true);
    const row = rows.nth(i);
    await expect(row).toHaveAttribute("data-block", log.blockNumber.toString());
    await expect(row).toHaveAttribute("data-shares", sold.toString());
    await expect(row).toHaveAttribute("data-tokens", bought.toString());
    await expect(row).toHaveAttribute("data-price", price.toString());
    await expect(row).toHaveAttribute("data-value", bound.toString());
    await expect(row.getByTestId("mt-buyback-amount")).toContainText("mVC, burnt");
    await expect(row.getByTestId("mt-buyback-discount")).toHaveText(/^-\d/);
  }

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await side.scrollIntoViewIfNeeded();
    await expectFits(page, width);
    await exits.screenshot({ path: `${SHOTS}/manager-exits-${width}.png` });
    await page.emulateMedia({ colorScheme: "dark" });
    await exits.screenshot({ path: `${SHOTS}/manager-exits-dark-${width}.png` });
    await page.emulateMedia({ colorScheme: "light" });
  }
});

test("a fund paid by claims says so, and an investor-governed fund shows no manager-token side", async ({ page }) => {
  const ether = await setOf("Evergreen Ether");
  const { side, exits } = await openExits(page, ether.fund);
  await expect(side.getByTestId("revenue-mode")).toHaveAttribute("data-mode", "claims");
  await expect(side.getByTestId("mt-buybacks-empty")).toBeVisible();
  await exits.screenshot({ path: `${SHOTS}/manager-exits-claims-1280.png` });

  const commons = await setOf("Evergreen Commons");
  expect(commons.feeSplitter).toBe(zeroAddress);
  const c = await openExits(page, commons.fund);
  // The section's own reads have answered (its distributions), and still no manager-token side.
  await expect(c.exits.getByTestId("distributions-empty").or(c.exits.getByTestId("distributions"))).toBeVisible();
  await expect(c.side).toHaveCount(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious axe violation in the manager-token buybacks, ${scheme}`, async ({ page }) => {
    const set = await setOf("Primary Ventures");
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const { exits, side } = await openExits(page, set.fund);
      await expect(side.getByTestId("mt-buyback-row").first()).toBeVisible();
      await expect(exits.locator('[aria-busy="true"]')).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page }).include('[data-testid="fund-exits"]').analyze();
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
      expect(bad, `${width}px ${scheme}`).toEqual([]);
    }
  });
}

test.describe("a buyback sent by anyone", () => {
  let saved: string;
  test.beforeEach(async () => {
    saved = await snapshotChain();
  });
  test.afterEach(async () => {
    expect(await revertChain(saved), "evm_revert restored the snapshot").toBe(true);
  });

  test("joins the list, burns its tokens and lowers the shares waiting", async ({ page }) => {
    const set = await setOf("Primary Ventures");
    const before = await openExits(page, set.fund);
    const rows = before.side.getByTestId("mt-buyback-row");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();

    // A hundredth of the shares waiting, at the pool's quote less 1 %.
    const latest = await client.getBlockNumber();
    const s = await splitterAt(set.feeSplitter, set.managerToken, latest);
    const sell = s.pending / 100n;
    const out = await client.readContract({
      address: s.pair,
      abi: pairAbi,
      functionName: "getAmountOut",
      args: [set.fund, sell],
    });
    await sendAs(
      ANYONE,
      set.feeSplitter,
      encodeFunctionData({ abi: splitterAbi, functionName: "buyback", args: [sell, (out * 99n) / 100n] }),
    );

    const after = await openExits(page, set.fund);
    await expect(after.side.getByTestId("mt-buyback-row")).toHaveCount(count + 1);
    const now = await splitterAt(set.feeSplitter, set.managerToken, after.block);
    const newest = now.logs.at(-1)!;
    const { shares: sold, tokens: bought } = newest.args as { shares: bigint; tokens: bigint };
    expect(sold).toBe(sell);
    expect(bought >= (out * 99n) / 100n, "at least the minimum asked").toBe(true);
    const row = after.side.getByTestId("mt-buyback-row").first();
    await expect(row).toHaveAttribute("data-block", newest.blockNumber.toString());
    await expect(row).toHaveAttribute("data-shares", sold.toString());
    await expect(row).toHaveAttribute("data-tokens", bought.toString());
    await expect(after.side.getByTestId("mt-waiting")).toHaveAttribute("data-value", now.pending.toString());
    expect(now.supply, "the tokens bought were burnt").toBe(s.supply - bought);
    await after.exits.screenshot({ path: `${SHOTS}/manager-exits-after-1280.png` });
  });
});
