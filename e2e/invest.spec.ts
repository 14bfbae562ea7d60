import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { client } from "./chain.ts";
import { balances, fundAbi, INVESTOR, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
const shots = process.env.EVERGREEN_SHOTS;

async function open(page: Page, fund: string, options: Parameters<typeof installTestWallet>[1] = {}) {
  await installTestWallet(page, { account: INVESTOR, authorized: true, ...options });
  await page.goto(`/fund/${fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByText(/^Balance /)).toBeVisible();
  return panel;
}

test("approve then deposit: two signatures, the exact amount leaves the wallet and the screen follows", async ({ page }) => {
  const f = await usdcFund();
  const panel = await open(page, f.fund);
  const before = await balances(f.fund, f.asset, INVESTOR);
  expect(before.allowance).toBe(0n);
  if (shots) await page.screenshot({ path: `${shots}/deposit-empty.png`, fullPage: true });

  await panel.getByLabel("Amount of USDC").fill("1,000.5");
  const shares = panel.getByTestId("preview-shares");
  await expect(shares).toHaveAttribute("data-value", /^\d+$/);
  // The engine's preview equals the contract's previewDeposit at the block the panel read.
  const block = BigInt((await panel.getAttribute("data-block"))!);
  const onChain = await client.readContract({ address: f.fund, abi: fundAbi, functionName: "previewDeposit", args: [1_000_500_000n], blockNumber: block });
  expect(BigInt((await shares.getAttribute("data-value"))!)).toBe(onChain);
  const minShares = BigInt((await panel.getByTestId("preview-min-shares").getAttribute("data-value"))!);
  expect(minShares).toBe((onChain * 9_950n) / 10_000n);
  if (shots) await page.screenshot({ path: `${shots}/deposit-typing.png`, fullPage: true });

  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  const after = await balances(f.fund, f.asset, INVESTOR);
  expect(before.assets - after.assets).toBe(1_000_500_000n);
  expect(after.shares - before.shares >= minShares).toBe(true);
  expect(after.allowance, "exact approval, used up").toBe(0n);
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual(["eth_sendTransaction", "eth_sendTransaction"]);
  // No stale numbers: the balance under the field is the chain's new one, and the field is clear.
  await expect(panel.getByText(/^Balance /)).toHaveText(`Balance ${fmtUsdc(after.assets)}`);
  await expect(panel.getByLabel("Amount of USDC")).toHaveValue("");
  if (shots) await page.screenshot({ path: `${shots}/deposit-success.png`, fullPage: true });
});

function fmtUsdc(v: bigint) {
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, maximumSignificantDigits: 8, roundingPriority: "morePrecision", roundingMode: "trunc" }).format(`${v / 1_000_000n}.${(v % 1_000_000n).toString().padStart(6, "0")}` as Intl.StringNumericLiteral)} USDC`;
}
