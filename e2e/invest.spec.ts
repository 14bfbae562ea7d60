import type { Page } from "@playwright/test";
import { erc20Abi, formatUnits, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { test as chainTest } from "./fixtures/chain.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { client, pauseKeeper, rpcUrl } from "./chain.ts";
import { balances, depositAs, fundAbi, fundByName, INVESTOR, tokenBalances, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const permitAbi = abiOf("MockERC20");
const expect = baseExpect.configure({ timeout: 60_000 });

async function open(page: Page, fund: string, options: Parameters<typeof installTestWallet>[1] = {}) {
  await installTestWallet(page, { account: INVESTOR, authorized: true, ...options });
  await page.goto(`/fund/${fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByText(/^Balance /)).toBeVisible();
  return panel;
}

test("approve then deposit: two signatures, the exact amount leaves the wallet and the screen follows", async ({
  page,
}) => {
  const f = await usdcFund();
  const panel = await open(page, f.fund);
  const before = await balances(f.fund, f.asset, INVESTOR);
  expect(before.allowance).toBe(0n);
  // USDC takes permits, so the panel offers a signature first; this user wants an approval.
  await panel.getByRole("radio", { name: "Transaction" }).check();
  await expect(panel.getByTestId("approval-choice")).toContainText(
    "Two transactions: an approval of the exact amount, then the deposit.",
  );

  await panel.getByLabel("Amount of USDC").fill("1,000.5");
  const shares = panel.getByTestId("preview-shares");
  await expect(shares).toHaveAttribute("data-value", /^\d+$/);
  // The engine's preview equals the contract's previewDeposit at the block the panel read.
  const block = BigInt((await panel.getAttribute("data-block"))!);
  const onChain = await client.readContract({
    address: f.fund,
    abi: fundAbi,
    functionName: "previewDeposit",
    args: [1_000_500_000n],
    blockNumber: block,
  });
  expect(BigInt((await shares.getAttribute("data-value"))!)).toBe(onChain);
  const minShares = BigInt((await panel.getByTestId("preview-min-shares").getAttribute("data-value"))!);
  expect(minShares).toBe((onChain * 9_950n) / 10_000n);

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
});

test("one signature: with an atomic-batching wallet, approve and deposit go as one EIP-5792 batch", async ({
  page,
}) => {
  const f = await usdcFund();
  const panel = await open(page, f.fund, { batch: true });
  const before = await balances(f.fund, f.asset, INVESTOR);
  await panel.getByLabel("Amount of USDC").fill("250");
  const minShares = BigInt((await panel.getByTestId("preview-min-shares").getAttribute("data-value"))!);
  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual(["wallet_sendCalls"]);
  const after = await balances(f.fund, f.asset, INVESTOR);
  expect(before.assets - after.assets).toBe(250_000_000n);
  expect(after.shares - before.shares >= minShares).toBe(true);
  expect(after.allowance).toBe(0n);
});

test("redeem by asset amount: the shares burnt and the assets paid match the preview's guard", async ({ page }) => {
  const f = await usdcFund();
  const panel = await open(page, f.fund);
  await panel.getByRole("radio", { name: "Redeem" }).check();
  await panel.getByRole("radio", { name: "USDC" }).check();
  await panel.getByLabel("Amount of USDC to receive").fill("5000");
  const burn = BigInt((await panel.getByTestId("preview-burn").getAttribute("data-value"))!);
  const minAssets = BigInt((await panel.getByTestId("preview-min-assets").getAttribute("data-value"))!);
  expect(minAssets).toBe((5_000_000_000n * 9_950n) / 10_000n);
  const before = await balances(f.fund, f.asset, INVESTOR);
  await panel.getByRole("button", { name: "Redeem" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  const after = await balances(f.fund, f.asset, INVESTOR);
  expect(before.shares - after.shares).toBe(burn);
  expect(after.assets - before.assets >= minAssets).toBe(true);
  await expect(panel.getByText(/^You hold /)).toContainText(fmtShares(after.shares));
});

test("without a wallet the panel previews and asks to connect", async ({ page }) => {
  const f = await usdcFund();
  await page.goto(`/fund/${f.fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByTestId("wallet-notice")).toContainText("Connect a wallet to deposit.");
  // Before anything is typed, no fund-wide figure reads as a charge on this deposit: the accrued
  // fees are a note of the share price, and the only cost line is the entry fee.
  await expect(panel.getByTestId("preview-price")).toBeVisible();
  await expect(panel.getByTestId("preview-fees")).toHaveCount(0);
  await expect(panel.getByTestId("preview-price")).toContainText("fund-wide");
  await expect(panel.getByTestId("preview-entry-fee")).toContainText("of your deposit");
  await panel.getByLabel("Amount of USDC").fill("100");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
  await expect(panel.getByRole("button", { name: "Connect wallet to deposit" })).toBeEnabled();
});

test("a slow RPC: the panel says it is reading the balance, then shows it, keeping what was typed", async ({
  page,
}) => {
  const f = await usdcFund();
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  const account = INVESTOR.slice(2).toLowerCase();
  // Hold back only the reads that carry the account (its balances), not the fund's own.
  await page.route(`${rpcUrl}/**`, async (route) => {
    if ((route.request().postData() ?? "").toLowerCase().includes(account)) await held;
    await route.continue();
  });
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto(`/fund/${f.fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByText("Reading your balance…")).toBeVisible();
  await panel.getByLabel("Amount of USDC").fill("12.5");
  release();
  await expect(panel.getByText(/^Balance [\d,.]+ USDC$/)).toBeVisible();
  await expect(panel.getByLabel("Amount of USDC")).toHaveValue("12.5");
});

// The browser logs refused connections as console errors: this one runs without that check.
chainTest("an unreachable RPC when sending: the panel says so and keeps the amount", async ({ page }) => {
  const f = await usdcFund();
  const panel = await open(page, f.fund);
  await panel.getByLabel("Amount of USDC").fill("25");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
  await page.route(`${rpcUrl}/**`, (route) => route.abort("connectionrefused"));
  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-error")).toHaveText(
    "The network did not answer. Check your connection and try again; nothing was sent.",
  );
  await expect(panel.getByLabel("Amount of USDC")).toHaveValue("25");
});

test("one transaction under an ERC-2612 permit: the wallet signs, the router deposits, no allowance is left", async ({
  page,
}) => {
  const f = await usdcFund();
  const panel = await open(page, f.fund);
  const router = contractOf(31337, "FundRouter").address;
  const before = await balances(f.fund, f.asset, INVESTOR);
  const nonce = await client.readContract({
    address: f.asset,
    abi: permitAbi,
    functionName: "nonces",
    args: [INVESTOR],
  });
  // The default for a token that takes permits and a wallet that does not batch.
  await expect(panel.getByRole("radio", { name: "Signature" })).toBeChecked();
  await expect(panel.getByTestId("approval-choice")).toContainText(
    "You sign a permit (no gas), then the deposit goes in one transaction.",
  );

  await panel.getByLabel("Amount of USDC").fill("321.5");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
  const minShares = BigInt((await panel.getByTestId("preview-min-shares").getAttribute("data-value"))!);

  // Declining the signature sends nothing and keeps the amount.
  await page.evaluate(() => window.testWallet.rejectNext());
  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-error")).toHaveText("You declined the request in your wallet. Nothing was sent.");
  await expect(panel.getByLabel("Amount of USDC")).toHaveValue("321.5");
  expect(
    await client.readContract({ address: f.asset, abi: permitAbi, functionName: "nonces", args: [INVESTOR] }),
  ).toBe(nonce);

  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual([
    "eth_signTypedData_v4",
    "eth_signTypedData_v4",
    "eth_sendTransaction",
  ]);
  const after = await balances(f.fund, f.asset, INVESTOR);
  expect(before.assets - after.assets).toBe(321_500_000n);
  expect(after.shares - before.shares >= minShares).toBe(true);
  // The permit was used up by the router, which keeps nothing and leaves the fund no allowance.
  expect(
    await client.readContract({ address: f.asset, abi: permitAbi, functionName: "nonces", args: [INVESTOR] }),
  ).toBe(nonce + 1n);
  expect(
    await client.readContract({ address: f.asset, abi: erc20Abi, functionName: "allowance", args: [INVESTOR, router] }),
  ).toBe(0n);
  expect(after.allowance).toBe(0n);
  for (const token of [f.asset, f.fund]) {
    expect(
      await client.readContract({ address: token, abi: erc20Abi, functionName: "balanceOf", args: [router] }),
    ).toBe(0n);
  }
  await expect(panel.getByText(/^Balance /)).toHaveText(`Balance ${fmtUsdc(after.assets)}`);
});

/** Attributes of the panel's elements read in one go, so that all come from the same render. */
async function readAll(panel: ReturnType<Page["getByTestId"]>, ids: string[]) {
  return panel
    .evaluate(
      (el, ids) => [
        el.getAttribute("data-block"),
        ...ids.map((id) => el.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-value")),
      ],
      ids,
    )
    .then((xs) => xs.map((x) => BigInt(x!)));
}

test(
  "DeFi Blue Chips: the entry and the exit fee are lines of the previews, at the fund's 25 bps, and the " +
    "previews are the contract's",
  async ({ page }) => {
    const f = await fundByName("DeFi Blue Chips");
    const read = (functionName: "entryBps" | "exitBps") =>
      client.readContract({ address: f.fund, abi: fundAbi, functionName });
    expect([await read("entryBps"), await read("exitBps")]).toEqual([25, 25]);
    const panel = await open(page, f.fund);

    await panel.getByLabel("Amount of USDC").fill("10000");
    const entry = panel.getByTestId("preview-entry-fee");
    await expect(entry).toHaveAttribute("data-value", "25000000"); // ceil(10,000 USDC × 25 / 10,000)
    await expect(entry).toContainText("25 USDC");
    await expect(entry).toContainText("0.25%");
    const [block, shares] = await readAll(panel, ["preview-shares"]);
    expect(shares).toBe(
      await client.readContract({
        address: f.fund,
        abi: fundAbi,
        functionName: "previewDeposit",
        args: [10_000_000_000n],
        blockNumber: block,
      }),
    );

    const before = await balances(f.fund, f.asset, INVESTOR);
    await panel.getByRole("button", { name: "Deposit USDC" }).click();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
    const got = (await balances(f.fund, f.asset, INVESTOR)).shares - before.shares;
    expect(before.assets - (await balances(f.fund, f.asset, INVESTOR)).assets).toBe(10_000_000_000n);

    // Half of those shares back in cash: gross value, the exit fee on it, and what is paid out.
    await panel.getByRole("radio", { name: "Redeem" }).check();
    await expect(panel.getByRole("radio", { name: "Cash" })).toBeChecked();
    await panel.getByLabel(`Shares of egDEFI`, { exact: true }).fill(formatUnits(got / 2n, 12));
    await expect(panel.getByTestId("preview-exit-fee")).toHaveAttribute("data-value", /^\d+$/);
    await expect(panel.getByTestId("preview-exit-fee")).toContainText("0.25%");
    const [at, gross, fee, out] = await readAll(panel, ["preview-gross", "preview-exit-fee", "preview-assets"]);
    expect(fee).toBe((gross * 25n + 9_999n) / 10_000n);
    expect(out + fee).toBe(gross);
    expect(out).toBe(
      await client.readContract({
        address: f.fund,
        abi: fundAbi,
        functionName: "previewRedeem",
        args: [got / 2n],
        blockNumber: at,
      }),
    );
  },
);

test(
  "the in-kind exit: every token of the basket previewed reaches the wallet, with no exit fee and nothing " +
    "kept owed",
  async ({ page }) => {
    await pauseKeeper(); // no price round between the preview and the exit
    const f = await fundByName("DeFi Blue Chips");
    await depositAs(INVESTOR, f.fund, f.asset, 20_000_000_000n);
    const panel = await open(page, f.fund);
    await panel.getByRole("radio", { name: "Redeem" }).check();
    await panel.getByRole("radio", { name: "In kind" }).check();
    const start = await balances(f.fund, f.asset, INVESTOR);
    const shares = start.shares / 3n;
    await panel.getByLabel("Shares of egDEFI to redeem in kind").fill(formatUnits(shares, 12));
    await expect(panel.getByTestId("preview-exit-fee")).toContainText("None");
    await expect(panel.getByTestId("preview-burn")).toHaveAttribute("data-value", shares.toString());
    const lines = panel.getByTestId("basket-line");
    await expect(lines.first()).toBeVisible();
    const basket = await lines.evaluateAll((els) =>
      els.map((e) => ({ kind: e.dataset.kind!, token: e.dataset.token!, value: e.dataset.value! })),
    );
    const tokens = basket.filter((l) => l.kind !== "deal");
    // The cash and the fund's other holdings: a slice of each, not only of its cash.
    expect(tokens.some((l) => l.token.toLowerCase() === f.asset.toLowerCase())).toBe(true);
    expect(tokens.length).toBeGreaterThan(1);
    await page.screenshot({ path: "test-results/screenshots/redeem-in-kind-basket.png", fullPage: true });

    const before = await tokenBalances(
      tokens.map((l) => l.token as Address),
      INVESTOR,
    );
    await panel.getByRole("button", { name: "Redeem in kind" }).click();
    await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
    const after = await tokenBalances(
      tokens.map((l) => l.token as Address),
      INVESTOR,
    );
    expect(start.shares - (await balances(f.fund, f.asset, INVESTOR)).shares).toBe(shares);
    tokens.forEach((l, i) => {
      const [want, got] = [BigInt(l.value), after[i] - before[i]];
      // Seconds of management fee accrue between the preview's block and the exit's: the slice may
      // only shrink by that dilution (well under 10 ppm), never grow.
      expect(got <= want, `${l.token}: ${got} ≤ ${want}`).toBe(true);
      expect(want - got <= want / 100_000n + 1n, `${l.token}: ${got} ≈ ${want}`).toBe(true);
    });
    await expect(panel.getByTestId("owed")).toHaveCount(0);
    await expect(panel.getByLabel("Shares of egDEFI to redeem in kind")).toHaveValue("");
  },
);

function fmtShares(v: bigint) {
  return new Intl.NumberFormat("en-US", {
    maximumFractionDigits: 6,
    maximumSignificantDigits: 8,
    roundingPriority: "morePrecision",
    roundingMode: "trunc",
  }).format(`${v / 10n ** 12n}.${(v % 10n ** 12n).toString().padStart(12, "0")}` as Intl.StringNumericLiteral);
}

function fmtUsdc(v: bigint) {
  const format = new Intl.NumberFormat("en-US", {
    maximumFractionDigits: 6,
    maximumSignificantDigits: 8,
    roundingPriority: "morePrecision",
    roundingMode: "trunc",
  });
  const decimal = `${v / 1_000_000n}.${(v % 1_000_000n).toString().padStart(6, "0")}` as Intl.StringNumericLiteral;
  return `${format.format(decimal)} USDC`;
}
