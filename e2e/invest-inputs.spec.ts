// Every bad input and fault of the deposit and redeem panel, as a table: each gets a clear
// message at the field or in the panel, and what the user typed stays.
import type { Locator, Page } from "@playwright/test";
import { encodeFunctionData, erc20Abi, getAddress, parseUnits, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { allFunds, client, pauseKeeper, rpc, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { DEV_ACCOUNT, installTestWallet, type TestWalletOptions } from "./fixtures/wallet.ts";
import { balances, fundAbi, HOLDER, INVESTOR, sendAs, usdcFund } from "./investChain.ts";

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
  // On a phone the panel sits below the tabs: it loads as the page is scrolled to it.
  await page.locator("#invest").scrollIntoViewIfNeeded();
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByLabel("Amount of USDC")).toBeVisible();
  return panel;
}

type Side = "deposit" | "redeem-shares" | "redeem-assets";
/** HOLDER's position in the fund, as the chain has it when the test starts. */
type Limits = { held: bigint; maxRedeem: bigint; maxWithdraw: bigint; worth: bigint };
// message null: accepted, with a preview. warning: a note, yet the input is valid. An input
// may depend on the chain's limits. amount: typed first, so that a slippage row has a preview;
// min: what the preview's "At least" row then says.
type Case = {
  side: Side;
  input: string | ((l: Limits) => string);
  message: RegExp | string | null;
  slippage?: boolean;
  warning?: boolean;
  before?: string;
  amount?: string;
  min?: RegExp;
};
/** Whole units strictly between two amounts, grouped by three ("1,143,227"). */
const between = (low: bigint, high: bigint, decimals: number) =>
  ((low + high) / 2n / 10n ** BigInt(decimals)).toLocaleString("en-US");
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
  {
    side: "deposit",
    input: "2.5E-3",
    message: "Write the amount out in digits; exponents like 1e18 are not accepted.",
  },
  { side: "deposit", input: "1.1234567", message: "USDC has at most 6 decimals." },
  { side: "deposit", input: "99999999", message: /^That is more than your balance of [\d,.]+ USDC\.$/ },
  { side: "deposit", input: "1 000 000 000", message: /^That is more than your balance of/ },
  { side: "deposit", input: `1${"0".repeat(90)}`, message: "That number is far too large." },
  { side: "deposit", input: "9".repeat(400), message: "That number is far too large." },
  {
    side: "deposit",
    input: "1,23,4.5",
    message: "The thousands separators are misplaced: group digits by three, or leave them out.",
  },
  {
    side: "deposit",
    input: "1..5",
    message: "The thousands separators are misplaced: group digits by three, or leave them out.",
  },
  { side: "deposit", input: "1,234", message: "Is that 1234 or 1.234? Type it without the thousands separator." },
  { side: "deposit", input: " 1 234,5 ", message: null },
  { side: "deposit", input: "1,234.56", message: null },
  { side: "deposit", input: "1.234.567,8", message: null },
  { side: "deposit", input: "0,5", message: null },
  { side: "deposit", input: "١٢٫٥", message: null },
  { side: "deposit", input: "۱۰", message: null },
  { side: "deposit", input: "１，２３４．５", message: null },
  { side: "deposit", input: "٠", message: "Enter an amount above zero." },
  { side: "deposit", input: "๑๒", message: "Use digits and one decimal separator only." },
  { side: "deposit", input: "5.5", slippage: true, message: "The tolerance can be at most 5%." },
  {
    side: "deposit",
    input: "2",
    slippage: true,
    warning: true,
    message: "Above 1%: the transaction may fill well below the preview.",
  },
  { side: "deposit", input: "abc", slippage: true, message: "Enter the tolerance as a percentage, e.g. 0.5." },
  { side: "deposit", input: "0.001", slippage: true, message: "At most two decimals (0.01% steps)." },
  { side: "deposit", input: "", slippage: true, message: "Enter a slippage tolerance." },
  { side: "deposit", input: "٠٫٧٥", slippage: true, amount: "10", message: null, min: /^[\d,.]+ egALGO/ },
  { side: "deposit", input: "１", slippage: true, amount: "10", message: null, min: /^[\d,.]+ egALGO/ },
  {
    side: "deposit",
    input: "x",
    slippage: true,
    amount: "10",
    message: "Enter the tolerance as a percentage, e.g. 0.5.",
    min: /^—set a valid slippage tolerance to see the minimum$/,
  },
  { side: "redeem-shares", input: "0", message: "Enter an amount above zero." },
  { side: "redeem-shares", input: "1.1234567890123", message: "egALGO has at most 12 decimals." },
  { side: "redeem-shares", input: "999999999", message: /^That is more than you hold \([\d,.]+ egALGO\)\.$/ },
  {
    side: "redeem-shares",
    input: (l) => between(l.maxRedeem, l.held, 12),
    message: /^The fund's cash covers at most [\d,.]+ egALGO now\.$/,
  },
  {
    side: "redeem-shares",
    input: "0.000000000001",
    message:
      "Those shares are worth less than the smallest unit of USDC after the exit fee: you would receive 0. " +
      "Enter a larger amount.",
  },
  { side: "redeem-shares", input: "۱", message: null },
  {
    side: "redeem-shares",
    input: "x",
    slippage: true,
    amount: "1",
    message: "Enter the tolerance as a percentage, e.g. 0.5.",
    min: /^—/,
  },
  { side: "redeem-shares", input: "-1", message: "The amount can't be negative." },
  {
    side: "redeem-assets",
    input: "1e6",
    message: "Write the amount out in digits; exponents like 1e18 are not accepted.",
  },
  { side: "redeem-assets", input: "0.0000001", message: "USDC has at most 6 decimals." },
  {
    side: "redeem-assets",
    input: (l) => between(l.maxWithdraw, l.worth, 6),
    message: /^The fund's cash covers at most [\d,.]+ USDC now\.$/,
  },
  { side: "redeem-assets", input: "１٠٠", message: null },
  { side: "redeem-assets", input: "999,999,999", message: /^That is more than you hold \([\d,.]+ USDC\)\.$/ },
  { side: "redeem-assets", input: "1000", message: null },
];

async function choose(panel: Locator, side: Side) {
  await panel.getByRole("radio", { name: side === "deposit" ? "Deposit" : "Redeem" }).check();
  if (side !== "deposit")
    await panel.getByRole("radio", { name: side === "redeem-shares" ? "Shares" : "USDC" }).check();
}

async function limits(fund: Address): Promise<Limits> {
  const read = (functionName: "balanceOf" | "maxRedeem" | "maxWithdraw") =>
    client.readContract({ address: fund, abi: fundAbi, functionName, args: [HOLDER] });
  const [held, maxRedeem, maxWithdraw] = await Promise.all([read("balanceOf"), read("maxRedeem"), read("maxWithdraw")]);
  const worth = await client.readContract({ address: fund, abi: fundAbi, functionName: "previewRedeem", args: [held] });
  // The table's cash-limit rows need the fund's cash to bind below the holding.
  expect(maxRedeem, "the fund's cash covers less than HOLDER's shares").toBeLessThan(held);
  return { held, maxRedeem, maxWithdraw, worth };
}

test(`${cases.length} bad and odd inputs, each answered at its field with the text kept`, async ({ page }) => {
  const f = await momentum();
  const l = await limits(f.fund);
  const panel = await open(page, f.fund);
  let side: Side | undefined;
  for (const row of cases) {
    const c = { ...row, input: typeof row.input === "function" ? row.input(l) : row.input };
    const label = `${c.side} ${c.slippage ? "slippage" : "amount"} ${JSON.stringify(c.input)}`;
    if (c.side !== side) await choose(panel, (side = c.side));
    const prefix = c.side === "deposit" ? "deposit" : "redeem";
    if (c.slippage && !(await panel.getByLabel("Slippage tolerance (%)").isVisible()))
      await panel.getByRole("button", { name: "Change" }).click();
    const field = c.slippage ? panel.getByLabel("Slippage tolerance (%)") : panel.locator(`#${prefix}-amount`);
    const note = panel.getByTestId(c.slippage ? `${prefix}-slippage-note` : `${prefix}-amount-error`);
    const amountField = panel.locator(`#${prefix}-amount`);
    if (c.amount) await amountField.fill(c.amount);
    if (c.before) await field.fill(c.before);
    await field.fill(c.input);
    if (c.min)
      await expect(
        panel.getByTestId(c.side === "deposit" ? "preview-min-shares" : "preview-min-assets"),
        label,
      ).toHaveText(c.min);
    if (c.message === null) {
      await expect(note, label).toHaveCount(0);
      await expect(
        panel.getByTestId(c.side === "deposit" ? "preview-shares" : "preview-assets"),
        label,
      ).toHaveAttribute("data-value", /^\d+$/);
    } else {
      await expect(note, label).toHaveText(c.message);
      if (c.warning) await expect(field, label).not.toHaveAttribute("aria-invalid");
      else await expect(field, label).toHaveAttribute("aria-invalid", "true");
    }
    await expect(field, `${label} stays as typed`).toHaveValue(c.input);
    await field.fill(c.slippage ? "0.5" : "");
    if (c.amount) await amountField.fill("");
  }
});

// Faults of the wallet and the chain, one after another on one page: each leaves a message
// in the panel, the typed amount in its field, and nothing sent that should not have been.
const feedAbi = abiOf("FeedProxy");
const aggregatorAbi = abiOf("LocalAggregator");
const WETH_FEED = contractOf(31337, "WETHUsdFeed").address;

async function typeAmount(panel: Locator, amount: string) {
  await panel.locator("#deposit-amount").fill(amount);
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
}

test("wrong network, rejection, account switch, slippage and stale price: each explained, input kept", async ({
  page,
}) => {
  test.setTimeout(240_000); // five flows with transactions on one page
  const f = await momentum();
  const panel = await open(page, f.fund);
  const field = panel.locator("#deposit-amount");
  const send = panel.getByRole("button", { name: "Deposit USDC" });
  const txError = panel.getByTestId("tx-error");
  const start = await balances(f.fund, f.asset, HOLDER);

  await test.step("wrong network", async () => {
    await page.evaluate(() => window.testWallet.setChain(1));
    await expect(panel.getByTestId("wallet-notice")).toContainText(
      "Your wallet is on Ethereum (1). Switch to Evergreen Local to deposit.",
    );
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
    await expect(txError).toHaveText(
      "The wallet switched to another account during this flow. Nothing more was sent; review and start again.",
    );
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
    const aggregator = await client.readContract({ address: WETH_FEED, abi: feedAbi, functionName: "aggregator" });
    const data = encodeFunctionData({ abi: aggregatorAbi, functionName: "pushAnswer", args: [(answer * 12n) / 10n] });
    await client.waitForTransactionReceipt({
      hash: await rpc<`0x${string}`>("eth_sendTransaction", [{ from: DEV_ACCOUNT, to: aggregator, data }]),
    });
    await send.click();
    await expect(txError).toHaveText(
      /^The fund would give [\d,.]+ egALGO, below your minimum of [\d,.]+ egALGO: the price moved since the preview\./,
    );
    await expect(field).toHaveValue("1000");
    const now = await balances(f.fund, f.asset, HOLDER);
    expect([now.assets, now.shares]).toEqual([start.assets, start.shares]);
    // The leftover allowance of 40 was reset to zero before approving 1,000 (USDT-style tokens need it).
    expect(now.allowance).toBe(1_000_000_000n);
    expect((await page.evaluate(() => window.testWallet.signed())).length, "approve 40, approve 0, approve 1000").toBe(
      4,
    );
  });

  await test.step(
    "a feed goes stale: the revert names it, the form says deposits are paused, and the exit in " + "kind stays open",
    async () => {
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
      await expect(panel.getByTestId("deposit-amount-error")).toHaveText(
        "Deposits are paused while a price feed is stale.",
      );
      await panel.getByRole("radio", { name: "Redeem" }).check();
      await panel.locator("#redeem-amount").fill("1");
      // Said in words, not as a field error; the shares typed stay, and the in-kind exit is offered.
      const stale = panel.getByTestId("stale-exit");
      await expect(stale).toContainText(/The price of .+ is out of date/);
      await expect(stale).toContainText("You can leave now in kind instead");
      await expect(panel.getByTestId("redeem-amount-error")).toHaveCount(0);
      await expect(panel.getByRole("button", { name: "Cash redemptions wait for fresh prices" })).toBeDisabled();
      await expect(panel.locator("#redeem-amount")).toHaveValue("1");
      // Max has no cash to fill: it says why and points to the in-kind exit, the text stays.
      await panel.getByRole("button", { name: "Max" }).click();
      await expect(panel.getByTestId("redeem-amount-notice")).toHaveText(
        /^A price is out of date, so the fund pays no cash now and Max has nothing to fill\. You can leave in kind/,
      );
      await expect(panel.locator("#redeem-amount")).toHaveValue("1");
      await stale.getByRole("button", { name: "Redeem these shares in kind" }).click();
      await expect(panel.getByRole("radio", { name: "In kind" })).toBeChecked();
      await expect(panel.locator("#inkind-amount")).toHaveValue("1");
      await expect(panel.getByTestId("basket-line").first()).toBeVisible();
      // A real exit while the price is stale: one share leaves, the basket arrives.
      const before = await balances(f.fund, f.asset, HOLDER);
      const cash = BigInt(
        (await panel
          .getByTestId("basket-line")
          .and(panel.locator(`[data-token="${f.asset}"]`))
          .getAttribute("data-value"))!,
      );
      await panel.getByRole("button", { name: "Redeem in kind" }).click();
      await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
      const after = await balances(f.fund, f.asset, HOLDER);
      expect(before.shares - after.shares).toBe(10n ** 12n);
      // No accrual while prices are stale: the slice is exactly the one previewed.
      expect(after.assets - before.assets).toBe(cash);
    },
  );
});

// ───────────── Max, switching, gas, a declined step, unknown networks, provider faults ─────────────

/** An account the seeded world never funded: no ETH, no USDC, no shares. */
const EMPTY = getAddress("0x00000000000000000000000000000000000e2e01");
const SHOTS = process.env.SHOTS_DIR ?? "test-results/screenshots";

test("Max: redeems whole shares in either unit, and says when the fund's cash limits it", async ({ page }) => {
  const f = await momentum();
  const l = await limits(f.fund);
  const panel = await open(page, f.fund);
  await choose(panel, "redeem-shares");
  const field = panel.locator("#redeem-amount");
  await panel.getByRole("button", { name: "Max" }).click();
  await expect(panel.getByTestId("redeem-amount-notice")).toHaveText(
    /^Limited by the fund's cash: it can pay [\d,.]+ USDC now, for [\d,.]+ egALGO of your [\d,.]+ egALGO\.$/,
  );
  // The shares the cash covers (maxRedeem moves with the fees accruing, so it is read from the page).
  const burn = panel.getByTestId("preview-burn");
  await expect(burn).toHaveAttribute("data-value", /^\d+$/);
  const covered = BigInt((await burn.getAttribute("data-value"))!);
  expect(parseUnits(await field.inputValue(), 12)).toBe(covered);
  expect(covered).toBeLessThan(l.held);

  // In USDC, Max fills what those shares pay and redeems them exactly: no dust, no shortfall.
  await choose(panel, "redeem-assets");
  // Compared within one read of the fund: a refresh in between reprices the same shares.
  let pinned = 0n;
  for (let tries = 0; ; tries++) {
    const block = await panel.getAttribute("data-block");
    await panel.getByRole("button", { name: "Max" }).click();
    await expect(panel.getByTestId("preview-assets")).toHaveAttribute("data-value", /^\d+$/);
    const pays = BigInt((await panel.getByTestId("preview-assets").getAttribute("data-value"))!);
    const typed = parseUnits(await field.inputValue(), 6);
    pinned = BigInt((await burn.getAttribute("data-value"))!);
    if ((await panel.getAttribute("data-block")) !== block && tries < 3) continue;
    expect(pays, "pays what the field says").toBe(typed);
    break;
  }
  await expect(panel.getByTestId("redeem-amount-notice")).toContainText("Limited by the fund's cash");
  expect(pinned - covered, "the same shares, to within the fees of a few blocks").toBeLessThan(covered / 10_000n);
  expect(covered - pinned).toBeLessThan(covered / 10_000n);
  // Typing drops the note and the pinned shares.
  await field.fill("10");
  await expect(panel.getByTestId("redeem-amount-notice")).toHaveCount(0);

  // Where the cash covers everything, Max in the fund's asset burns every share held. Which seeded
  // fund that is depends on how much of its cash it keeps in yield vaults: the first whose cash does.
  const usdc = (await usdcFund()).asset;
  let covering: { fund: Address; held: bigint } | undefined;
  for (const { fund } of await allFunds()) {
    const read = (functionName: "balanceOf" | "maxRedeem") =>
      client.readContract({ address: fund, abi: fundAbi, functionName, args: [HOLDER] });
    const asset = await client.readContract({ address: fund, abi: fundAbi, functionName: "asset" });
    const held = await read("balanceOf");
    if (asset === usdc && held > 0n && (await read("maxRedeem")) === held) {
      covering = { fund, held };
      break;
    }
  }
  if (!covering) throw new Error("no seeded USDC fund whose cash covers the holder's every share");
  const { held } = covering;
  await page.goto(`/fund/${covering.fund}`);
  await choose(panel, "redeem-assets");
  await panel.getByRole("button", { name: "Max" }).click();
  await expect(panel.getByTestId("preview-burn")).toHaveAttribute("data-value", held.toString());
  await expect(panel.getByTestId("preview-position")).toHaveText(/^0 /);
  await expect(panel.getByTestId("redeem-amount-notice")).toHaveCount(0);
});

test(
  "an empty account: Max says 'You hold none' in every field, and no ETH for gas is said before the wallet " +
    "is asked",
  async ({ page }) => {
    const f = await momentum();
    expect(await client.getBalance({ address: EMPTY }), "no ETH").toBe(0n);
    const panel = await open(page, f.fund, { account: EMPTY });
    const notice = panel.getByTestId("wallet-notice");
    await expect(notice).toHaveText(
      "This account has no ETH on Evergreen Local to pay the gas of a transaction. Send some ETH to it first; " +
        "until then nothing is sent to your wallet.",
    );
    await panel.getByRole("button", { name: "Max" }).click();
    await expect(panel.getByTestId("deposit-amount-notice")).toHaveText("You hold none: this wallet has no USDC.");
    await expect(panel.locator("#deposit-amount")).toHaveValue("");
    await expect(panel.getByRole("button", { name: "Deposit USDC" })).toBeDisabled();
    await choose(panel, "redeem-shares");
    await expect(notice).toContainText("no ETH on Evergreen Local");
    await panel.getByRole("button", { name: "Max" }).click();
    await expect(panel.getByTestId("redeem-amount-notice")).toHaveText("You hold none: this wallet has no egALGO.");
    await expect(panel.getByRole("button", { name: "Redeem", exact: true })).toBeDisabled();
    await panel.getByRole("radio", { name: "In kind" }).check();
    await panel.getByRole("button", { name: "Max" }).click();
    await expect(panel.getByTestId("inkind-amount-notice")).toHaveText("You hold none: this wallet has no egALGO.");
    expect(await page.evaluate(() => window.testWallet.signed()), "the wallet was asked nothing").toEqual([]);
  },
);

test("an account with USDC but no ETH: the deposit is blocked with the reason, not sent to the wallet", async ({
  page,
}) => {
  const f = await momentum();
  const poor = getAddress("0x00000000000000000000000000000000000e2e02");
  if (
    (await client.readContract({ address: f.asset, abi: erc20Abi, functionName: "balanceOf", args: [poor] })) === 0n
  ) {
    await sendAs(
      HOLDER,
      f.asset,
      encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [poor, 50_000_000n] }),
    );
  }
  const panel = await open(page, f.fund, { account: poor });
  await panel.locator("#deposit-amount").fill("10");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
  await expect(panel.getByTestId("wallet-notice")).toContainText(
    "This account has no ETH on Evergreen Local to pay the gas",
  );
  const send = panel.getByRole("button", { name: "Deposit USDC" });
  await expect(send).toBeDisabled();
  await panel.locator("#deposit-amount").press("Enter");
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual([]);
  await expect(panel.locator("#deposit-amount")).toHaveValue("10");
});

test("switching Deposit → Redeem → Deposit, the exit and the redeem unit keeps everything typed", async ({ page }) => {
  const f = await momentum();
  const panel = await open(page, f.fund);
  await panel.locator("#deposit-amount").fill("12.5");
  await panel.getByRole("button", { name: "Change" }).click();
  await panel.getByLabel("Slippage tolerance (%)").fill("0.8");
  await choose(panel, "redeem-shares");
  await panel.locator("#redeem-amount").fill("3");
  await choose(panel, "redeem-assets");
  await expect(panel.locator("#redeem-amount")).toHaveValue("");
  await panel.locator("#redeem-amount").fill("4");
  await panel.getByRole("radio", { name: "Shares" }).check();
  await expect(panel.locator("#redeem-amount")).toHaveValue("3");
  await panel.getByRole("radio", { name: "In kind" }).check();
  await expect(panel.locator("#inkind-amount")).toHaveValue("3");
  await panel.getByRole("radio", { name: "Cash" }).check();
  await panel.getByRole("radio", { name: "Deposit" }).check();
  await expect(panel.locator("#deposit-amount")).toHaveValue("12.5");
  await expect(panel.getByText("Slippage tolerance 0.8%")).toBeVisible();
  await panel.getByRole("radio", { name: "Redeem" }).check();
  await expect(panel.getByRole("radio", { name: "Shares" })).toBeChecked();
  await expect(panel.locator("#redeem-amount")).toHaveValue("3");
  await panel.getByRole("radio", { name: "USDC" }).check();
  await expect(panel.locator("#redeem-amount")).toHaveValue("4");
});

test("declining the deposit after its approval was mined says the approval went on chain", async ({ page }) => {
  const f = await momentum();
  // No allowance left over: this flow is one approval, then the deposit.
  await sendAs(HOLDER, f.asset, encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [f.fund, 0n] }));
  const start = await balances(f.fund, f.asset, HOLDER);
  const panel = await open(page, f.fund);
  await panel.getByRole("radio", { name: "Transaction" }).check();
  let declined = false;
  await page.route(`${rpcUrl}/**`, async (route) => {
    const body = route.request().postDataJSON() as { method?: string } | undefined;
    if (!declined && body?.method === "eth_getTransactionReceipt") {
      declined = true;
      await page.evaluate(() => window.testWallet.rejectNext());
    }
    await route.continue();
  });
  await typeAmount(panel, "7");
  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-error")).toHaveText(
    '"Approve 7 USDC" was confirmed on chain (its gas is paid); ' +
      '"Deposit 7 USDC" was not sent: you declined it in your wallet.',
  );
  await expect(panel.locator("#deposit-amount")).toHaveValue("7");
  await page.unroute(`${rpcUrl}/**`);
  const now = await balances(f.fund, f.asset, HOLDER);
  expect(now.allowance, "the approval is on chain").toBe(7_000_000n);
  expect([now.assets, now.shares], "no deposit").toEqual([start.assets, start.shares]);
});

test(
  "a wallet that does not know the network is asked to add it with the local chain's parameters, or told " + "how",
  async ({ page, browser }) => {
    const f = await momentum();
    const panel = await open(page, f.fund, { chainId: 1, knownChains: [1] });
    await expect(panel.getByTestId("wallet-notice")).toContainText("Switch to Evergreen Local");
    await panel.getByRole("button", { name: "Switch to Evergreen Local" }).click();
    await expect(panel.getByTestId("wallet-notice")).toHaveCount(0);
    expect(await page.evaluate(() => window.testWallet.addedChains())).toEqual([
      expect.objectContaining({
        chainId: "0x7a69",
        chainName: "Evergreen Local",
        rpcUrls: [rpcUrl],
        nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      }),
    ]);

    // A wallet that cannot add networks: the notice says how to add it by hand.
    const other = await browser.newPage({ locale: "en-US" });
    const otherPanel = await open(other, f.fund, { chainId: 1, knownChains: [1], addChain: "unsupported" });
    await otherPanel.getByRole("button", { name: "Switch to Evergreen Local" }).click();
    await expect(otherPanel.getByTestId("switch-error")).toHaveText(
      `Your wallet did not switch to Evergreen Local. Add the network to it by hand (network name Evergreen ` +
        `Local, RPC URL ${rpcUrl}, chain ID 31337, currency ETH), then switch to it.`,
    );
    await other.close();
  },
);

test.describe(() => {
  test.use({ expectedConsoleErrors: [/status of 502 \(Bad Gateway\)/] });
  test(
    "a provider failing the deposit's check: said as the provider's fault, one toast however often, clear " +
      "of the form at 390 px",
    async ({ page }) => {
      const f = await momentum();
      await page.setViewportSize({ width: 390, height: 844 });
      const panel = await open(page, f.fund);
      await panel.getByRole("radio", { name: "Transaction" }).check();
      await typeAmount(panel, "5");
      const ours = [f.fund, f.asset].map((a) => a.toLowerCase());
      await page.route(`${rpcUrl}/**`, async (route) => {
        const body = route.request().postDataJSON() as
          | { id: number; method: string; params: [{ to?: string }] }
          | undefined;
        if (body?.method !== "eth_call" || !ours.includes(body.params[0]?.to?.toLowerCase() ?? ""))
          return route.continue();
        await route.fulfill({
          status: 502,
          contentType: "application/json",
          body: JSON.stringify({ jsonrpc: "2.0", id: body.id, error: { code: -32603, message: "upstream timeout" } }),
        });
      });
      const send = panel.getByRole("button", { name: "Deposit USDC" });
      const txError = panel.getByTestId("tx-error");
      for (const attempt of [1, 2, 3]) {
        await send.click();
        await expect(txError, `attempt ${attempt}`).toHaveText(
          "The network provider failed (upstream timeout); nothing reverted. Nothing was sent: try again in a moment.",
        );
        await expect(page.getByTestId("toast-error")).toHaveCount(1);
        await expect(send).toBeEnabled();
      }
      await expect(page.getByTestId("toast-error")).toContainText("Deposit 5 USDC");
      expect(await page.evaluate(() => window.testWallet.signed()), "the wallet was asked nothing").toEqual([]);

      // On a phone the toast sits in the page's flow above it, so it covers nothing of the form.
      expect(await page.getByTestId("toaster").evaluate((el) => getComputedStyle(el).position)).toBe("static");
      await send.evaluate((el) => el.scrollIntoView({ block: "center" }));
      const toast = (await page.getByTestId("toast-error").boundingBox())!;
      for (const el of [send, txError, panel.getByTestId("preview-shares")]) {
        const box = (await el.boundingBox())!;
        expect(box.y >= toast.y + toast.height || box.y + box.height <= toast.y, "not covered").toBe(true);
      }
      await page.screenshot({ path: `${SHOTS}/invest-toast-390.png` });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/invest-toast-390-top.png` });
      await page.setViewportSize({ width: 1280, height: 800 });
      await send.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.screenshot({ path: `${SHOTS}/invest-toast-1280.png` });
      await panel.locator("#deposit-amount").fill("1,23,4.5");
      await page.screenshot({ path: `${SHOTS}/invest-error-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      await panel.locator("#deposit-amount").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/invest-error-390.png` });
      await page.unroute(`${rpcUrl}/**`);
    },
  );
});
