import type { Page } from "@playwright/test";
import { encodeFunctionData, erc20Abi, parseSignature } from "viem";
import { abiOf } from "../src/chain/contracts.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { test as chainTest } from "./fixtures/chain.ts";
import { DEV_ACCOUNT, installTestWallet } from "./fixtures/wallet.ts";
import { client, rpcUrl } from "./chain.ts";
import { balances, fundAbi, INVESTOR, rpc, usdcFund } from "./investChain.ts";

test.describe.configure({ timeout: 120_000 });
const permitAbi = abiOf(31337, "MockERC20");
const expect = baseExpect.configure({ timeout: 60_000 });
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

test("one signature: with an atomic-batching wallet, approve and deposit go as one EIP-5792 batch", async ({ page }) => {
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
  if (shots) await page.screenshot({ path: `${shots}/redeem-typing.png`, fullPage: true });
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
  await panel.getByLabel("Amount of USDC").fill("100");
  await expect(panel.getByTestId("preview-shares")).toHaveAttribute("data-value", /^\d+$/);
  await expect(panel.getByRole("button", { name: "Connect wallet to deposit" })).toBeEnabled();
});

test("a slow RPC: the panel says it is reading the balance, then shows it, keeping what was typed", async ({ page }) => {
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
  await expect(panel.getByTestId("tx-error")).toHaveText("The network did not answer. Check your connection and try again; nothing was sent.");
  await expect(panel.getByLabel("Amount of USDC")).toHaveValue("25");
});

test("the wallet signs an ERC-2612 permit (eth_signTypedData_v4) that the asset accepts", async ({ page }) => {
  const f = await usdcFund();
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto("/");
  const [name, nonce] = await Promise.all([
    client.readContract({ address: f.asset, abi: erc20Abi, functionName: "name" }),
    client.readContract({ address: f.asset, abi: permitAbi, functionName: "nonces", args: [INVESTOR] }),
  ]);
  const deadline = 2n ** 40n;
  const typed = {
    types: {
      EIP712Domain: [{ name: "name", type: "string" }, { name: "version", type: "string" }, { name: "chainId", type: "uint256" }, { name: "verifyingContract", type: "address" }],
      Permit: [{ name: "owner", type: "address" }, { name: "spender", type: "address" }, { name: "value", type: "uint256" }, { name: "nonce", type: "uint256" }, { name: "deadline", type: "uint256" }],
    },
    primaryType: "Permit",
    domain: { name, version: "1", chainId: 31337, verifyingContract: f.asset },
    message: { owner: INVESTOR, spender: f.fund, value: "777", nonce: nonce.toString(), deadline: deadline.toString() },
  };
  // Through the injected provider, as a dApp asks MetaMask.
  const signature = await page.evaluate(
    ([account, data]) => new Promise<string>((done, fail) => {
      window.addEventListener("eip6963:announceProvider", (e) => {
        const { provider } = (e as CustomEvent).detail as { provider: { request(a: unknown): Promise<string> } };
        provider.request({ method: "eth_signTypedData_v4", params: [account, data] }).then(done, fail);
      }, { once: true });
      window.dispatchEvent(new Event("eip6963:requestProvider"));
    }),
    [INVESTOR, JSON.stringify(typed)] as const,
  );
  expect(await page.evaluate(() => window.testWallet.signed())).toContain("eth_signTypedData_v4");
  const { v, r, s } = parseSignature(signature as `0x${string}`);
  // Anyone may submit the permit: here another account does.
  const hash = await rpc<`0x${string}`>("eth_sendTransaction", [{
    from: DEV_ACCOUNT, to: f.asset,
    data: encodeFunctionData({ abi: permitAbi, functionName: "permit", args: [INVESTOR, f.fund, 777n, deadline, Number(v), r, s] }),
  }]);
  expect((await client.waitForTransactionReceipt({ hash })).status).toBe("success");
  expect((await balances(f.fund, f.asset, INVESTOR)).allowance).toBe(777n);
});

function fmtShares(v: bigint) {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, maximumSignificantDigits: 8, roundingPriority: "morePrecision", roundingMode: "trunc" })
    .format(`${v / 10n ** 12n}.${(v % 10n ** 12n).toString().padStart(12, "0")}` as Intl.StringNumericLiteral);
}

function fmtUsdc(v: bigint) {
  return `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 6, maximumSignificantDigits: 8, roundingPriority: "morePrecision", roundingMode: "trunc" }).format(`${v / 1_000_000n}.${(v % 1_000_000n).toString().padStart(6, "0")}` as Intl.StringNumericLiteral)} USDC`;
}
