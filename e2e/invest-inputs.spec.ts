// Every bad input and fault of the deposit and redeem panel, as a table: each gets a clear
// message at the field or in the panel, and what the user typed stays.
import type { Locator, Page } from "@playwright/test";
import { encodeFunctionData, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { allFunds, client, pauseKeeper, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { DEV_ACCOUNT, installTestWallet, type TestWalletOptions } from "./fixtures/wallet.ts";
import { balances, fundAbi, HOLDER, INVESTOR, rpc } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

/** Algorithmic Momentum (USDC): its cash covers less than HOLDER's shares, so maxRedeem binds. */
async function momentum() {
  const set = (await allFunds())[5];
  const asset = await client.readContract({ address: set.fund, abi: fundAbi, functionName: "asset" });
  return { ...set, asset };
}

async function open(page: Page, fund: Address, options: TestWalletOptions = {}) {
  await installTestWallet(page, { account: HOLDER, authorized: true, ...options });
  await page.goto(`/fund/${fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByLabel("Amount of USDC")).toBeVisible();
  return panel;
}

type Side = "deposit" | "redeem-shares" | "redeem-assets";
// message null: accepted, with a preview. warning: a note, yet the input is valid.
type Case = { side: Side; input: string; message: RegExp | string | null; slippage?: boolean; warning?: boolean; before?: string };
const cases: Case[] = [
  { side: "deposit", input: "", before: "5", message: "Enter an amount." },
  { side: "deposit", input: "0", message: "Enter an amount above zero." },
  { side: "deposit", input: "0.000", message: "Enter an amount above zero." },
  { side: "deposit", input: "-5", message: "The amount can't be negative." },
  { side: "deposit", input: "abc", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "12abc", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "+5", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "0x10", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: ".", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "NaN", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "Infinity", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "1e18", message: "Write the amount out in digits; exponents like 1e18 are not accepted." },
  { side: "deposit", input: "2.5E-3", message: "Write the amount out in digits; exponents like 1e18 are not accepted." },
  { side: "deposit", input: "1.1234567", message: "USDC has at most 6 decimals." },
  { side: "deposit", input: "99999999", message: /^That is more than your balance of [\d,.]+ USDC\.$/ },
  { side: "deposit", input: "1 000 000 000", message: /^That is more than your balance of/ },
  { side: "deposit", input: "1" + "0".repeat(90), message: "That number is far too large." },
  { side: "deposit", input: "9".repeat(400), message: "That number is far too large." },
  { side: "deposit", input: "1,23,4.5", message: "The thousands separators are misplaced: group digits by three, or leave them out." },
  { side: "deposit", input: "1..5", message: "The thousands separators are misplaced: group digits by three, or leave them out." },
  { side: "deposit", input: "1,234", message: "Is that 1234 or 1.234? Type it without the thousands separator." },
  { side: "deposit", input: " 1 234,5 ", message: null },
  { side: "deposit", input: "1,234.56", message: null },
  { side: "deposit", input: "1.234.567,8", message: null },
  { side: "deposit", input: "0,5", message: null },
  { side: "deposit", input: "5.5", slippage: true, message: "The tolerance can be at most 5 %." },
  { side: "deposit", input: "2", slippage: true, warning: true, message: "Above 1 %: the transaction may fill well below the preview." },
  { side: "deposit", input: "abc", slippage: true, message: "Enter the tolerance as a percentage, e.g. 0.5." },
  { side: "deposit", input: "0.001", slippage: true, message: "At most two decimals (0.01 % steps)." },
  { side: "deposit", input: "", slippage: true, message: "Enter a slippage tolerance." },
  { side: "redeem-shares", input: "0", message: "Enter an amount above zero." },
  { side: "redeem-shares", input: "1.1234567890123", message: "egALGO has at most 12 decimals." },
  { side: "redeem-shares", input: "999999999", message: /^That is more than you hold \([\d,.]+ egALGO\)\.$/ },
  { side: "redeem-shares", input: "3,000,000", message: /^The fund's cash covers at most [\d,.]+ egALGO now\.$/ },
  { side: "redeem-shares", input: "-1", message: "The amount can't be negative." },
  { side: "redeem-assets", input: "1e6", message: "Write the amount out in digits; exponents like 1e18 are not accepted." },
  { side: "redeem-assets", input: "0.0000001", message: "USDC has at most 6 decimals." },
  { side: "redeem-assets", input: "900000", message: /^The fund's cash covers at most [\d,.]+ USDC now\.$/ },
  { side: "redeem-assets", input: "999,999,999", message: /^That is more than you hold \([\d,.]+ USDC\)\.$/ },
  { side: "redeem-assets", input: "1000", message: null },
];

async function choose(panel: Locator, side: Side) {
  await panel.getByRole("radio", { name: side === "deposit" ? "Deposit" : "Redeem" }).check();
  if (side !== "deposit") await panel.getByRole("radio", { name: side === "redeem-shares" ? "Shares" : "USDC" }).check();
}

test(`${cases.length} bad and odd inputs, each answered at its field with the text kept`, async ({ page }) => {
  const f = await momentum();
  const panel = await open(page, f.fund);
  let side: Side | undefined;
  for (const c of cases) {
    const label = `${c.side} ${c.slippage ? "slippage" : "amount"} ${JSON.stringify(c.input)}`;
    if (c.side !== side) await choose(panel, (side = c.side));
    const prefix = c.side === "deposit" ? "deposit" : "redeem";
    if (c.slippage && !(await panel.getByLabel("Slippage tolerance (%)").isVisible())) await panel.getByRole("button", { name: "Change" }).click();
    const field = c.slippage ? panel.getByLabel("Slippage tolerance (%)") : panel.locator(`#${prefix}-amount`);
    const note = panel.getByTestId(c.slippage ? `${prefix}-slippage-note` : `${prefix}-amount-error`);
    if (c.before) await field.fill(c.before);
    await field.fill(c.input);
    if (c.message === null) {
      await expect(note, label).toHaveCount(0);
      await expect(panel.getByTestId(c.side === "deposit" ? "preview-shares" : "preview-assets"), label).toHaveAttribute("data-value", /^\d+$/);
    } else {
      await expect(note, label).toHaveText(c.message);
      if (c.warning) await expect(field, label).not.toHaveAttribute("aria-invalid");
      else await expect(field, label).toHaveAttribute("aria-invalid", "true");
    }
    await expect(field, `${label} stays as typed`).toHaveValue(c.input);
    await field.fill(c.slippage ? "0.5" : "");
  }
});

// Faults of the wallet and the chain, one after another on one page: each leaves a message
// in the panel, the typed amount in its field, and nothing sent that should not have been.
const feedAbi = abiOf(31337, "MockAggregator");
const WETH_FEED = contractOf(31337, "WETHUsdFeed").address;

async function typeAmount(panel: Locator, amount: string) {
  await panel.locator("#deposit-amount").fill(amount);
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
}

test("wrong network, rejection, account switch, slippage and stale price: each explained, input kept", async ({ page }) => {
  test.setTimeout(240_000); // five flows with transactions on one page
  const f = await momentum();
  const panel = await open(page, f.fund);
  const field = panel.locator("#deposit-amount");
  const send = panel.getByRole("button", { name: "Deposit USDC" });
  const txError = panel.getByTestId("tx-error");
  const start = await balances(f.fund, f.asset, HOLDER);

  await test.step("wrong network", async () => {
    await page.evaluate(() => window.testWallet.setChain(1));
    await expect(panel.getByTestId("wallet-notice")).toContainText("Your wallet is on Ethereum (1). Switch to Evergreen Local to deposit.");
    await typeAmount(panel, "10");
    await expect(send).toBeDisabled();
    await panel.getByRole("button", { name: "Switch to Evergreen Local" }).click();
    await expect(panel.getByTestId("wallet-notice")).toHaveCount(0);
    await expect(send).toBeEnabled();
    await expect(field).toHaveValue("10");
  });

  // The approval's own faults: this user approves by transaction rather than by permit.
  await panel.getByRole("radio", { name: "Transaction" }).check();

  await test.step("the user rejects the signature", async () => {
    await page.evaluate(() => window.testWallet.rejectNext());
    await send.click();
    await expect(txError).toHaveText("You declined the request in your wallet. Nothing was sent.");
    await expect(field).toHaveValue("10");
    expect(await balances(f.fund, f.asset, HOLDER)).toEqual(start);
  });

  await test.step("the account switches between the approval and the deposit", async () => {
    let switched = false;
    await page.route(`${rpcUrl}/**`, async (route) => {
      const body = route.request().postDataJSON() as { method?: string } | undefined;
      if (!switched && body?.method === "eth_getTransactionReceipt") {
        switched = true;
        await page.evaluate((a) => window.testWallet.setAccount(a), INVESTOR);
      }
      await route.continue();
    });
    await typeAmount(panel, "40");
    await send.click();
    await expect(txError).toHaveText("The wallet switched to another account during this flow. Nothing more was sent; review and start again.");
    await expect(field).toHaveValue("40");
    await page.unroute(`${rpcUrl}/**`);
    const now = await balances(f.fund, f.asset, HOLDER);
    expect(now.assets, "no deposit went out").toBe(start.assets);
    expect(now.allowance, "only the approval did").toBe(40_000_000n);
    await page.evaluate((a) => window.testWallet.setAccount(a), HOLDER);
    await expect(panel.getByText(/^Balance /)).toBeVisible();
  });

  await test.step("the price moves past the tolerance: the slippage revert is decoded", async () => {
    await typeAmount(panel, "1000");
    // WETH, held by the fund, jumps 20 %: the fund is worth more, a deposit buys fewer shares.
    const [, answer] = await client.readContract({ address: WETH_FEED, abi: feedAbi, functionName: "latestRoundData" });
    const data = encodeFunctionData({ abi: feedAbi, functionName: "pushAnswer", args: [(answer * 12n) / 10n] });
    await client.waitForTransactionReceipt({ hash: await rpc<`0x${string}`>("eth_sendTransaction", [{ from: DEV_ACCOUNT, to: WETH_FEED, data }]) });
    await send.click();
    await expect(txError).toHaveText(/^The fund would give [\d,.]+ egALGO, below your minimum of [\d,.]+ egALGO: the price moved since the preview\./);
    await expect(field).toHaveValue("1000");
    const now = await balances(f.fund, f.asset, HOLDER);
    expect([now.assets, now.shares]).toEqual([start.assets, start.shares]);
    // The leftover allowance of 40 was reset to zero before approving 1,000 (USDT-style tokens need it).
    expect(now.allowance).toBe(1_000_000_000n);
    expect((await page.evaluate(() => window.testWallet.signed())).length, "approve 40, approve 0, approve 1000").toBe(4);
  });

  await test.step("a feed goes stale: the revert names it, the form says deposits are paused, and the exit in kind stays open", async () => {
    await pauseKeeper(); // no new round may freshen the prices during this step
    await typeAmount(panel, "100");
    await rpc("evm_increaseTime", [27 * 3600]);
    await rpc("evm_mine");
    await send.click();
    await expect(txError).toContainText(/The price from the \w+\/USD price feed is out of date/);
    await expect(field).toHaveValue("100");
    await page.reload();
    await expect(panel.getByTestId("stale-notice")).toBeVisible();
    await field.fill("100");
    await expect(panel.getByTestId("deposit-amount-error")).toHaveText("Deposits are paused while a price feed is stale.");
    await panel.getByRole("radio", { name: "Redeem" }).check();
    await panel.locator("#redeem-amount").fill("1");
    // Said in words, not as a field error; the shares typed stay, and the in-kind exit is offered.
    const stale = panel.getByTestId("stale-exit");
    await expect(stale).toContainText(/The price of .+ is out of date/);
    await expect(stale).toContainText("You can leave now in kind instead");
    await expect(panel.getByTestId("redeem-amount-error")).toHaveCount(0);
    await expect(panel.getByRole("button", { name: "Cash redemptions wait for fresh prices" })).toBeDisabled();
    await expect(panel.locator("#redeem-amount")).toHaveValue("1");
    await stale.getByRole("button", { name: "Redeem these shares in kind" }).click();
    await expect(panel.getByRole("radio", { name: "In kind" })).toBeChecked();
    await expect(panel.locator("#inkind-amount")).toHaveValue("1");
    await expect(panel.getByTestId("basket-line").first()).toBeVisible();
    // A real exit while the price is stale: one share leaves, the basket arrives.
    const before = await balances(f.fund, f.asset, HOLDER);
    const cash = BigInt((await panel.getByTestId("basket-line").and(panel.locator(`[data-token="${f.asset}"]`)).getAttribute("data-value"))!);
    await panel.getByRole("button", { name: "Redeem in kind" }).click();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
    const after = await balances(f.fund, f.asset, HOLDER);
    expect(before.shares - after.shares).toBe(10n ** 12n);
    // No accrual while prices are stale: the slice is exactly the one previewed.
    expect(after.assets - before.assets).toBe(cash);
  });
});
