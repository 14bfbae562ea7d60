// Native ether into a WETH fund (Evergreen Ether): one transaction through EthDepositGateway, the
// shares of the preview, and the ether spent is the amount plus the gas; an amount above the
// ether balance is refused in words before anything is signed.
import AxeBuilder from "@axe-core/playwright";
import { erc20Abi, formatEther, type Address, type Hash } from "viem";
import { contractOf } from "../src/chain/contracts.ts";
import { client, pauseKeeper, rpc } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { fundAbi, fundByName, INVESTOR } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 60_000 });
const gateway = contractOf(31337, "EthDepositGateway").address;

async function state(fund: Address, weth: Address) {
  const [eth, wethHeld, shares] = await Promise.all([
    client.getBalance({ address: INVESTOR }),
    client.readContract({ address: weth, abi: erc20Abi, functionName: "balanceOf", args: [INVESTOR] }),
    client.readContract({ address: fund, abi: fundAbi, functionName: "balanceOf", args: [INVESTOR] }),
  ]);
  return { eth, weth: wethHeld, shares };
}

async function open(page: import("@playwright/test").Page) {
  const f = await fundByName("Evergreen Ether");
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto(`/fund/${f.fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByText(/^Balance /)).toBeVisible();
  return { f, panel };
}

test("native ETH into Evergreen Ether: one transaction, the previewed shares, ETH down by the amount plus gas", async ({
  page,
}) => {
  await pauseKeeper();
  const { f, panel } = await open(page);
  const before = await state(f.fund, f.asset);
  // The wallet holds more ETH than WETH, so the panel offers ETH first, with the ETH balance.
  expect(before.eth > before.weth).toBe(true);
  await expect(panel.getByRole("radio", { name: "ETH", exact: true })).toBeChecked();
  await expect(panel.getByRole("group", { name: "Pay with" })).toBeVisible();
  await expect(panel.getByText(/^Balance /)).toHaveText(/^Balance [\d,.]+ ETH$/);
  await expect(panel.getByTestId("approval-choice")).toHaveCount(0);

  // Max leaves the gas of the deposit and says so.
  await panel.getByRole("button", { name: "Max" }).click();
  await expect(panel.getByTestId("deposit-amount-notice")).toContainText(/^Max leaves [\d.,]+ ETH for gas\.$/);
  const maxText = await panel.getByLabel("Amount of ETH").inputValue();
  expect(maxText).not.toBe("");

  await panel.getByLabel("Amount of ETH").fill("1.5");
  const amount = 1_500_000_000_000_000_000n;
  const shares = panel.getByTestId("preview-shares");
  await expect(shares).toHaveAttribute("data-value", /^\d+$/);
  // The preview is the contract's previewDeposit at the block the panel read: the WETH deposit's math.
  const block = BigInt((await panel.getAttribute("data-block"))!);
  const previewed = BigInt((await shares.getAttribute("data-value"))!);
  expect(
    await client.readContract({
      address: f.fund,
      abi: fundAbi,
      functionName: "previewDeposit",
      args: [amount],
      blockNumber: block,
    }),
  ).toBe(previewed);

  // Fix the time of the next block, so that what the fund gives then is known to the wei.
  const latest = await client.getBlock();
  await rpc("evm_setNextBlockTimestamp", [Number(latest.timestamp + 3n)]);
  const atSend = await client.readContract({
    address: f.fund,
    abi: fundAbi,
    functionName: "previewDeposit",
    args: [amount],
    blockTag: "pending",
  });
  await panel.getByRole("button", { name: "Deposit ETH" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual(["eth_sendTransaction"]);

  const after = await state(f.fund, f.asset);
  const sent = await client.getBlock({ blockTag: "latest", includeTransactions: true });
  const tx = sent.transactions.find((t) => t.from.toLowerCase() === INVESTOR.toLowerCase());
  expect(tx?.to?.toLowerCase()).toBe(gateway.toLowerCase());
  const receipt = await client.getTransactionReceipt({ hash: tx!.hash as Hash });
  const gas = receipt.gasUsed * receipt.effectiveGasPrice;
  expect(after.shares - before.shares).toBe(atSend);
  // Only the seconds of fee accrual between the panel's block and the deposit's tell them apart.
  const drift = previewed > atSend ? previewed - atSend : atSend - previewed;
  expect(drift <= previewed / 1_000_000n, `previewed ${previewed}, given ${atSend}`).toBe(true);
  expect(before.eth - after.eth).toBe(amount + gas);
  expect(after.weth).toBe(before.weth);
  // The gateway keeps nothing.
  expect(await client.getBalance({ address: gateway })).toBe(0n);
  expect(
    await client.readContract({ address: f.asset, abi: erc20Abi, functionName: "balanceOf", args: [gateway] }),
  ).toBe(0n);
  await expect(panel.getByText(/^Balance /)).toHaveText(new RegExp(`^Balance ${digitsOf(after.eth)}`));
  await expect(panel.getByLabel("Amount of ETH")).toHaveValue("");
});

test("more ETH than the wallet holds: a field error in words, nothing signed, the amount kept", async ({ page }) => {
  const { f, panel } = await open(page);
  const before = await state(f.fund, f.asset);
  await panel.getByLabel("Amount of ETH").fill("1000000");
  await expect(panel.getByTestId("deposit-amount-error")).toHaveText(
    /^That is more than your balance of [\d,.]+ ETH\.$/,
  );
  // The choice and the field error are read out: no serious or critical axe finding in the panel.
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="invest-panel"]').analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await panel.screenshot({ path: "test-results/screenshots/invest-eth-error-1280.png" });
  await panel.getByRole("button", { name: "Deposit ETH" }).click();
  await expect(panel.getByLabel("Amount of ETH")).toBeFocused();
  await expect(panel.getByLabel("Amount of ETH")).toHaveValue("1000000");
  expect(await page.evaluate(() => window.testWallet.signed())).toEqual([]);
  expect(await state(f.fund, f.asset)).toEqual(before);

  // Switching to WETH keeps the text and checks it against the WETH balance instead.
  await panel.getByRole("radio", { name: "WETH", exact: true }).check();
  await expect(panel.getByLabel("Amount of WETH")).toHaveValue("1000000");
  await expect(panel.getByRole("button", { name: "Deposit WETH" })).toBeVisible();
  await panel.getByRole("radio", { name: "ETH", exact: true }).check();
  await panel.getByLabel("Amount of ETH").fill("0.25");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/invest-eth-${width}.png`, fullPage: false });
    await panel.screenshot({ path: `test-results/screenshots/invest-eth-panel-${width}.png` });
  }
});

/** The whole-ETH digits of a balance as the panel writes them (grouped), for a loose match. */
function digitsOf(wei: bigint) {
  const whole = formatEther(wei).split(".")[0];
  return new Intl.NumberFormat("en-US").format(BigInt(whole)).replace(/,/g, ",");
}
