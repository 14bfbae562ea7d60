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
  // No keeper round between the chain's read and the page's: the lending market's value grows each block.
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
      await expect(card.getByTestId("yield-value")).toHaveText(money(h.value, 6, "USDC"));
      await expect(card.getByTestId("yield-share")).toHaveText(bpsPercent(h.weightBps, { minimumFractionDigits: 2 }));
      // USDC is the denomination: the value is the underlying amount.
      await expect(card.getByTestId("yield-underlying")).toHaveText(`${amount(h.value, 6)} USDC`);
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
  }
});
