// After a transaction confirms, what the page shows is the chain's state at the receipt's block,
// read again by the transaction runner (not by the 30 s poll, not after a reload).
import type { Page } from "@playwright/test";
import type { Hash } from "viem";
import { client, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { balances, INVESTOR, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
// Far below the reads' 30 s poll (READ_REFRESH_MS), so only the refresh after the receipt can
// have put a figure there; generous for a loaded machine.
const AFTER_RECEIPT = { timeout: 10_000 };

/** The hashes the wallet's eth_sendTransaction returned, in order. */
function sentHashes(page: Page): Hash[] {
  const hashes: Hash[] = [];
  page.on("response", async (res) => {
    if (!res.url().startsWith(rpcUrl) || !(res.request().postData() ?? "").includes('"eth_sendTransaction"')) return;
    const body = (await res.json().catch(() => undefined)) as { result?: Hash } | undefined;
    if (body?.result) hashes.push(body.result);
  });
  return hashes;
}

test("after approve + deposit confirm, the balance and shares shown are the chain's at the deposit's block", async ({
  page,
}) => {
  const f = await usdcFund();
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  const hashes = sentHashes(page);
  await page.goto(`/fund/${f.fund}`);
  const panel = page.getByTestId("invest-panel");
  const balance = panel.getByText(/^Balance /);
  await expect(balance).toBeVisible();
  await panel.getByRole("radio", { name: "Transaction" }).check();
  await panel.getByLabel("Amount of USDC").fill("321");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  await expect.poll(() => hashes.length).toBe(2); // the approval, then the deposit

  const receipt = await client.getTransactionReceipt({ hash: hashes[1] });
  const at = await balances(f.fund, f.asset, INVESTOR, receipt.blockNumber);
  const before = await balances(f.fund, f.asset, INVESTOR, receipt.blockNumber - 1n);
  expect(before.assets - at.assets).toBe(321_000_000n);
  await expect(balance).toHaveText(`Balance ${fmtUsdc(at.assets)}`, AFTER_RECEIPT);
  // The fund's own state was read again too, at the deposit's block or later.
  await expect
    .poll(async () => BigInt((await panel.getAttribute("data-block")) ?? "0") >= receipt.blockNumber, AFTER_RECEIPT)
    .toBe(true);
  await panel.getByRole("radio", { name: "Redeem" }).check();
  await expect(panel.getByText(/^You hold /)).toContainText(`You hold ${fmtShares(at.shares)} `, AFTER_RECEIPT);
});

const format = new Intl.NumberFormat("en-US", {
  maximumFractionDigits: 6,
  maximumSignificantDigits: 8,
  roundingPriority: "morePrecision",
  roundingMode: "trunc",
});
const decimal = (v: bigint, decimals: number) =>
  `${v / 10n ** BigInt(decimals)}.${(v % 10n ** BigInt(decimals)).toString().padStart(decimals, "0")}`;
const fmtUsdc = (v: bigint) => `${format.format(decimal(v, 6) as Intl.StringNumericLiteral)} USDC`;
// The USDC fund's shares have 12 decimals (its asset's 6 and an offset of 6).
const fmtShares = (v: bigint) => format.format(decimal(v, 12) as Intl.StringNumericLiteral);
