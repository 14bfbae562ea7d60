// Issue 20: yield positions. Stable Yield holds the seeded USDC savings vault and supplies the
// lending market; its Holdings show each position with its underlying, its 7 and 30 day rates from
// the guard's accepted rates, its value and its share of the fund, as the chain has them.
import { getAddress, parseAbiItem, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { vaultRateBps } from "../src/domain/valuation/index.ts";
import { amount, money } from "../src/features/fund/format.ts";

import { bpsPercent } from "../src/lib/percent.ts";
import { client, fundSummaries, pauseKeeper } from "./chain.ts";
import { expectFits } from "./fixtures/fits.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { passOnPage } from "./governanceFlow.ts";

const expect = baseExpect.configure({ timeout: 60_000 });
const SHOTS = process.env.SHOTS ?? "/tmp/yield-shots";
const fundAbi = abiOf("Fund");
const erc20 = abiOf("MockERC20");
const accepted = parseAbiItem("event RateAccepted(address indexed vault, uint256 rate, uint256 time)");

async function stableYield() {
  const f = (await fundSummaries()).find((s) => s.name === "Evergreen Stable Yield");
  expect(f, "the seeded Stable Yield fund").toBeDefined();
  return f!.address as Address;
}

test("Stable Yield's holdings show its savings and lending positions as the chain values them", async ({ page }) => {
  // No keeper round (no new rate accepted) while the page is compared with the chain.
  await pauseKeeper();
  const fund = await stableYield();
  const blockNumber = await client.getBlockNumber();
  const [lines] = await client.readContract({ address: fund, abi: fundAbi, functionName: "holdings", blockNumber });
  const vaults = lines.filter((h) => h.kind === 4 && h.balance > 0n);
  const savings = contractOf(31337, "SavingsUSDC").address;
  const market = contractOf(31337, "LendingMarket").address;
  expect(vaults.map((h) => getAddress(h.token)).sort()).toEqual([getAddress(savings), getAddress(market)].sort());
  const guard = contractOf(31337, "VaultRateGuard").address;
  const logs = await client.getLogs({ address: guard, event: accepted, fromBlock: 0n, toBlock: blockNumber });

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(`/fund/${fund}?tab=holdings`);
    for (const h of vaults) {
      const card = page.locator(`[data-testid=yield-position][data-vault="${h.token.toLowerCase()}"]`);
      const symbol = await client.readContract({ address: h.token, abi: erc20, functionName: "symbol" });
      await expect(card).toContainText(`${symbol} · USDC underneath`);
      // As the chain values it at the block the page read: the lending market's value grows with
      // every block, and an empty block may still be mined, so the page's own block is the reference.
      await expect
        .poll(async () => {
          const block = BigInt((await page.getByTestId("fund-header").getAttribute("data-block"))!);
          const [at] = await client.readContract({
            address: fund,
            abi: fundAbi,
            functionName: "holdings",
            blockNumber: block,
          });
          const line = at.find((l) => getAddress(l.token) === getAddress(h.token))!;
          const want = [
            money(line.value, 6, "USDC"),
            bpsPercent(line.weightBps, { minimumFractionDigits: 2 }),
            // USDC is the denomination: the value is the underlying amount.
            `${amount(line.value, 6)} USDC`,
          ];
          const shown = await Promise.all(
            ["yield-value", "yield-share", "yield-underlying"].map((id) => card.getByTestId(id).textContent()),
          );
          return shown.join(" | ") === want.join(" | ")
            ? "same"
            : `${shown.join(" | ")} shown, ${want.join(" | ")} at ${block}`;
        })
        .toBe("same");
      const points = logs
        .filter((l) => getAddress(l.args.vault!) === getAddress(h.token))
        .map((l) => ({ time: l.args.time!, rate: l.args.rate! }));
      for (const days of [7, 30] as const) {
        const bps = vaultRateBps(points, days);
        expect(bps, `${symbol}: a ${days} day rate`).toBeDefined();
        expect(bps! > 0n, `${symbol} earned over ${days} days`).toBe(true);
        await expect(card.getByTestId(`yield-rate-${days}`)).toHaveText(
          bpsPercent(bps!, { signed: true, minimumFractionDigits: 2 }),
        );
      }
      // The holdings table names the position with its underlying.
      await expect(page.locator(`[data-testid=holding-row][data-token="${h.token.toLowerCase()}"]`)).toContainText(
        `${symbol} (USDC)`,
      );
    }
    await expectFits(page, width);
    await page.getByTestId("yield-position").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/stable-yield-${width}.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page
      .getByTestId("yield-position")
      .first()
      .screenshot({ path: `${SHOTS}/stable-yield-card-dark-${width}.png` });
    await page.emulateMedia({ colorScheme: "light" });
  }
});

const FOUNDER = getAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");

test("Evergreen Ether's governance stakes more WETH through the vault template: propose, vote, queue, execute", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const f = (await fundSummaries()).find((s) => s.name === "Evergreen Ether");
  expect(f, "the seeded Ether fund").toBeDefined();
  const fund = f!.address as Address;
  const staking = contractOf(31337, "StakedETH").address;
  const sharesBefore = await client.readContract({
    address: staking,
    abi: erc20,
    functionName: "balanceOf",
    args: [fund],
  });
  expect(sharesBefore > 0n, "the seed staked part of the fund's WETH").toBe(true);

  await page.setViewportSize({ width: 1280, height: 900 });
  await installTestWallet(page, { account: FOUNDER, authorized: true });
  await page.goto(`/fund/${fund}?tab=governance&new=vault`);
  const form = page.getByTestId("create-proposal");
  await expect(form.getByLabel("Template")).toHaveValue("vault");
  await form.getByLabel("Vault contract address").fill(staking);
  await expect(form.getByText("An ERC-4626 vault of WETH", { exact: false })).toBeVisible();
  await form.getByLabel(/^Deposit now/).fill("10");
  await form.getByLabel("Title", { exact: true }).fill("Stake 10 more WETH");
  await expect(form.getByTestId("action").first()).toContainText("Allow the yield vault stETH");
  await expect(form.getByTestId("action").nth(1)).toContainText("Deposit 10 WETH into the vault stETH");
  await page.screenshot({ path: `${SHOTS}/vault-template-1280.png`, fullPage: true });
  await form.getByRole("button", { name: "Propose" }).click();

  // The deposit is a priced manager operation: it executes once the keeper has fresh rounds after the jump.
  await passOnPage(page, fund, /^Execute: run its 2 actions now/);
  const sharesAfter = await client.readContract({
    address: staking,
    abi: erc20,
    functionName: "balanceOf",
    args: [fund],
  });
  const vault = await client.readContract({
    address: staking,
    abi: abiOf("YieldVault"),
    functionName: "previewDeposit",
    args: [10n ** 19n],
  });
  expect(sharesAfter - sharesBefore).toBe(vault);

  // The holdings show the larger position, valued as the chain values it.
  await page.goto(`/fund/${fund}?tab=holdings`);
  const [lines] = await client.readContract({ address: fund, abi: fundAbi, functionName: "holdings" });
  const line = lines.find((h) => getAddress(h.token) === getAddress(staking))!;
  const card = page.locator(`[data-testid=yield-position][data-vault="${staking.toLowerCase()}"]`);
  await expect(card).toContainText("stETH · WETH underneath");
  await expect(card.getByTestId("yield-value")).toHaveText(money(line.value, 18, "WETH"));
  await page.screenshot({ path: `${SHOTS}/ether-holdings-1280.png`, fullPage: true });
});
