import type { Page } from "@playwright/test";
import { createWalletClient, erc20Abi, getAddress, http, parseAbiItem, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { amount } from "../src/features/deals/format.ts";
import { formatDuration } from "../src/lib/durations.ts";
import { client, pauseKeeper, rpcUrl } from "./chain.ts";
import { INVESTOR } from "./investChain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { expectFits } from "./fixtures/fits.ts";

// A cold page on a busy machine takes seconds before its first read.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
const dealAbi = abiOf("VamDeal");
const State = { Pending: 0, Active: 1, Exercised: 2, Expired: 3 } as const;

/**
 * The venture fund's deals as the chain knows them, by project token symbol: every deal a
 * project escrowed into (a fund drops a deal from its registry once it claimed its leg).
 */
async function ventureDeals() {
  const sets = await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "allFunds" });
  const escrowed = await client.getLogs({
    event: parseAbiItem("event Escrowed(address indexed party, uint256 amount)"),
    fromBlock: 0n,
  });
  const all = await Promise.all([...new Set(escrowed.map((l) => getAddress(l.address)))].map(readDeal));
  for (const s of sets) {
    const mine = all.filter((d) => getAddress(d.fund) === getAddress(s.fund));
    if (mine.length === 0) continue;
    return { fund: s.fund, deals: Object.fromEntries(mine.map((d) => [d.symbol, d])) as Record<string, Deal> };
  }
  throw new Error("no fund has a deal");
}

async function readDeal(address: Address) {
  const read = <
    F extends "state" | "n1" | "n2" | "p2" | "project" | "asset" | "projectToken" | "fund" | "exercisable" | "lapsed",
  >(
    functionName: F,
  ) => client.readContract({ address, abi: dealAbi, functionName } as never) as Promise<never>;
  const projectToken: Address = await read("projectToken");
  return {
    address,
    state: Number(await read("state")),
    lapsed: (await read("lapsed")) as boolean,
    n1: (await read("n1")) as bigint,
    n2: (await read("n2")) as bigint,
    p2: (await read("p2")) as bigint,
    project: (await read("project")) as Address,
    fund: (await read("fund")) as Address,
    asset: (await read("asset")) as Address,
    projectToken,
    symbol: await client.readContract({ address: projectToken, abi: erc20Abi, functionName: "symbol" }),
  };
}
type Deal = Awaited<ReturnType<typeof readDeal>>;

const balance = (token: Address, who: Address) =>
  client.readContract({ address: token, abi: erc20Abi, functionName: "balanceOf", args: [who] });
const USDC = { decimals: 6, symbol: "USDC" };
const token = (symbol: string) => ({ decimals: 18, symbol });
const card = (page: Page, deal: Address) => page.locator(`[data-testid=deal][data-deal="${deal.toLowerCase()}"]`);

test("an exercisable deal shows as exercisable; exercising moves no token, then anyone claims the fund's leg", async ({
  page,
}) => {
  const { deals } = await ventureDeals();
  const orbit = deals.ORB;
  expect(orbit.state).toBe(State.Active);
  expect(await client.readContract({ address: orbit.address, abi: dealAbi, functionName: "exercisable" })).toBe(true);
  // Else the keeper claims the fund's leg itself within 15 s, before the button is pressed.
  // Pausing it takes the keeper's (the dev account's) gas, so an investor exercises.
  await pauseKeeper();

  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto("/deals");
  const c = card(page, orbit.address);
  await expect(c.getByTestId("deal-status")).toHaveText("Exercisable");
  await expect(c.getByTestId("tranche-2-status")).toHaveText("Exercisable now");
  // The project claimed its n1 in the seed: n2 and p2 wait in escrow.
  await expect(c.getByTestId("escrow-held")).toHaveText(
    `${amount(orbit.n2, USDC)} · ${amount(orbit.p2, token("ORB"))}`,
  );
  await expect(c.getByTestId("claimable-fund")).toHaveText("nothing");
  const scan = await client.readContract({ address: orbit.address, abi: dealAbi, functionName: "scan" });
  await expect(c.getByTestId("longest-run")).toContainText(formatDuration(scan.longest));
  // The chart shades each qualifying run, darker the one that meets the required duration; an
  // active deal whose runs are all too short has none of those.
  const longRuns = (address: Address) =>
    card(page, address).locator('.recharts-reference-area-rect[fill-opacity="0.3"]');
  await expect(c.locator(".recharts-reference-area-rect").first()).toBeVisible();
  await expect(longRuns(orbit.address)).not.toHaveCount(0);
  expect(await client.readContract({ address: deals.LUM.address, abi: dealAbi, functionName: "exercisable" })).toBe(
    false,
  );
  await expect(card(page, deals.LUM.address).locator(".recharts-surface")).toBeVisible();
  await expect(longRuns(deals.LUM.address)).toHaveCount(0);

  const balances = async () => ({
    projectUsdc: await balance(orbit.asset, orbit.project),
    fundOrb: await balance(orbit.projectToken, orbit.fund),
    fundUsdc: await balance(orbit.asset, orbit.fund),
    dealUsdc: await balance(orbit.asset, orbit.address),
    dealOrb: await balance(orbit.projectToken, orbit.address),
  });
  const before = await balances();
  await c.getByRole("button", { name: "Exercise tranche 2" }).click();
  await expect(c.getByTestId("deal-status")).toHaveText("Exercised");
  await expect(page.getByTestId("toast-success")).toContainText("Exercise tranche 2 of Orbit Lending");
  expect(Number(await client.readContract({ address: orbit.address, abi: dealAbi, functionName: "state" }))).toBe(
    State.Exercised,
  );
  expect(await balances()).toEqual(before); // settlement moves no token: each side claims its leg
  await expect(c.getByTestId("tranche-2")).toHaveAttribute("data-paid", "true");
  await expect(c.getByTestId("claimable-fund")).toHaveText(amount(orbit.p2, token("ORB")));
  await expect(c.getByTestId("claimable-project")).toHaveText(amount(orbit.n2, USDC));
  await expect(c.getByRole("button", { name: "Exercise tranche 2" })).toHaveCount(0);

  // Anyone makes the fund claim its leg; the project's stays for the project.
  await c.getByTestId("claim-fund").click();
  // The exercise's toast may still be up: find this one among them.
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Claim the fund's leg of the Orbit Lending deal" }),
  ).toBeVisible();
  expect(await balance(orbit.projectToken, orbit.fund)).toBe(before.fundOrb + orbit.p2);
  expect(await balance(orbit.asset, orbit.fund)).toBe(before.fundUsdc); // paid from escrow, not from the fund's cash
  expect(await balance(orbit.projectToken, orbit.address)).toBe(0n);
  expect(await balance(orbit.asset, orbit.address)).toBe(orbit.n2);
  await expect(c.getByTestId("claimable-fund")).toHaveText("nothing");
  await expect(c.getByTestId("escrow-held")).toHaveText(`${amount(orbit.n2, USDC)} · ${amount(0n, token("ORB"))}`);
  await expect(c.getByTestId("claim-fund")).toHaveCount(0);
});

test("exercising a deal that someone settled meanwhile says why and sends nothing", async ({ page }) => {
  const { deals } = await ventureDeals();
  const orbit = deals.ORB;
  // Not the dev account: the keeper sends from it and would move its nonce.
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto("/deals");
  const c = card(page, orbit.address);
  await expect(c.getByTestId("deal-status")).toHaveText("Exercisable");

  // Someone else (the keeper, the project) gets there first while the page still shows it exercisable.
  const other = createWalletClient({ transport: http(rpcUrl), account: orbit.project });
  await client.waitForTransactionReceipt({
    hash: await other.writeContract({ address: orbit.address, abi: dealAbi, functionName: "exercise", chain: null }),
  });
  const nonce = await client.getTransactionCount({ address: INVESTOR });

  await c.getByRole("button", { name: "Exercise tranche 2" }).click();
  await expect(c.getByRole("alert")).toHaveText("The deal was settled meanwhile: it no longer allows this.");
  expect(await client.getTransactionCount({ address: INVESTOR })).toBe(nonce);
  // The page stays usable and catches up on its next read.
  await page.reload();
  await expect(card(page, orbit.address).getByTestId("deal-status")).toHaveText("Exercised");
});

test("an expired deal shows its refunds, and its project team sees its escrow came back", async ({ page }) => {
  const { deals } = await ventureDeals();
  const nova = deals.NOVA;
  expect(nova.state).toBe(State.Expired);
  await installTestWallet(page, { authorized: true, account: nova.project });
  await page.goto("/deals?status=expired");
  const c = card(page, nova.address);
  await expect(c.getByTestId("deal-status")).toHaveText("Expired");
  await expect(c.getByTestId("tranche-2")).toHaveAttribute("data-paid", "false");
  await expect(c.getByTestId("deal-outcome")).toContainText(
    `${amount(nova.n2, USDC)} goes back to the fund and ${amount(nova.p2, token("NOVA"))} back to the ` +
      `project, each claimed by its owner.`,
  );
  // Both sides claimed their legs in the seed.
  await expect(c.getByTestId("claimable-fund")).toHaveText("nothing");
  await expect(c.getByTestId("claimable-project")).toHaveText("nothing");
  await expect(c.getByTestId("escrow-held")).toHaveText(`${amount(0n, USDC)} · ${amount(0n, token("NOVA"))}`);
  expect(await balance(nova.asset, nova.address)).toBe(0n);
  expect(await balance(nova.projectToken, nova.address)).toBe(0n);
  await expect(c.getByTestId("project-view")).toContainText(`your ${amount(nova.p2, token("NOVA"))} came back to you`);
  // Only the expired deal is listed under this filter.
  await expect(page.getByTestId("deal")).toHaveCount(1);
});

test("a fund's Deals tab lists every deal in the state the contract is in, the pending one with its proposal", async ({
  page,
}) => {
  const { fund, deals } = await ventureDeals();
  await page.goto(`/fund/${fund}?tab=deals`);
  const panel = page.getByTestId("panel-deals");
  // Every deal a project escrowed into: the four approved ones (two already claimed and so out of
  // the fund's registry), the one waiting for its approval, and the one whose approval failed.
  await expect(panel.getByTestId("deal")).toHaveCount(Object.keys(deals).length);
  const expected: Record<string, string> = {
    ORB: "Exercisable",
    LUM: "Active",
    HLX: "Exercised",
    NOVA: "Expired",
    QSR: "Lapsed",
    TDL: "Pending approval",
  };
  for (const [symbol, status] of Object.entries(expected)) {
    const d = deals[symbol];
    await expect(card(page, d.address).getByTestId("deal-status"), symbol).toHaveText(status);
    if (d.state === State.Active) {
      const chainSays = await client.readContract({ address: d.address, abi: dealAbi, functionName: "exercisable" });
      expect(status === "Exercisable", symbol).toBe(chainSays);
    }
  }
  // The earliest date it could be met says whether TVL is at target now, as the run shown does.
  const active = card(page, deals.LUM.address);
  const earliest = active.getByTestId("earliest-met");
  await expect(earliest).toBeVisible();
  if ((await active.getByText(/^Current run: /).count()) === 0)
    await expect(earliest).toHaveText(/^(TVL is below target: met on .* if it reaches the target now|Can no longer)/);
  else await expect(earliest).toHaveText(/^Met on .* if TVL stays at or above target\.$/);
  const pending = panel.getByTestId("deal").filter({ hasText: "Tidal Bridge" });
  await expect(pending.getByTestId("deal-status")).toHaveText("Pending approval");
  await expect(pending).toContainText("approval proposal “Approve the Tidal Bridge deal”");
  await expect(pending.getByTestId("tranche-1-status")).toHaveText("Paid when the fund joins");
  await expect(pending.getByTestId("start-deadline")).toContainText("left");
  expect(deals.TDL.lapsed).toBe(false);
  const lapsed = card(page, deals.QSR.address);
  expect(deals.QSR.lapsed).toBe(true);
  await expect(lapsed.getByTestId("start-deadline")).toContainText("passed");
  await expect(lapsed.getByTestId("tranche-1-status")).toHaveText("Never paid: the deal lapsed");
  await expect(lapsed).toContainText("approval proposal “Approve the Quasar Yield deal”");
});

test("once the window closes unexercised, anyone settles the expiry and both sides get their tranche 2 back", async ({
  page,
}) => {
  const { deals } = await ventureDeals();
  const lumen = deals.LUM;
  const deadline = await client.readContract({ address: lumen.address, abi: dealAbi, functionName: "windowEnd" });
  const rpc = (method: string, params: unknown[]) => client.request({ method, params } as never);
  // Else the keeper settles the expiry itself within 15 s, before the button is pressed.
  await pauseKeeper();
  await rpc("evm_setNextBlockTimestamp", [`0x${(deadline + 1n).toString(16)}`]);
  await rpc("evm_mine", []);

  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto("/deals");
  const c = card(page, lumen.address);
  await expect(c.getByTestId("deal-status")).toHaveText("Window closed");
  const before = {
    fundUsdc: await balance(lumen.asset, lumen.fund),
    projectLum: await balance(lumen.projectToken, lumen.project),
  };
  await c.getByRole("button", { name: "Settle expiry" }).click();
  await expect(c.getByTestId("deal-status")).toHaveText("Expired");
  // Expiry moves no token; anyone then claims the fund's n2 back for it.
  expect(await balance(lumen.asset, lumen.fund)).toBe(before.fundUsdc);
  expect(await balance(lumen.projectToken, lumen.project)).toBe(before.projectLum);
  await expect(c.getByTestId("claimable-fund")).toHaveText(amount(lumen.n2, USDC));
  await expect(c.getByTestId("claimable-project")).toHaveText(amount(lumen.p2, token("LUM")));
  await c.getByTestId("claim-fund").click();
  await expect(c.getByTestId("claimable-fund")).toHaveText("nothing");
  expect(await balance(lumen.asset, lumen.fund)).toBe(before.fundUsdc + lumen.n2);
  // Only the project team sees a button for its own leg.
  await expect(c.getByTestId("claim-project-tokens")).toHaveCount(0);
});

test("the project team claims its own leg of an expired deal from the page", async ({ page }) => {
  const { deals } = await ventureDeals();
  const lumen = deals.LUM;
  const deadline = await client.readContract({ address: lumen.address, abi: dealAbi, functionName: "windowEnd" });
  const rpc = (method: string, params: unknown[]) => client.request({ method, params } as never);
  await pauseKeeper();
  await rpc("evm_setNextBlockTimestamp", [`0x${(deadline + 1n).toString(16)}`]);
  await rpc("evm_mine", []);
  const anyone = createWalletClient({ transport: http(rpcUrl), account: lumen.project });
  await client.waitForTransactionReceipt({
    hash: await anyone.writeContract({ address: lumen.address, abi: dealAbi, functionName: "expire", chain: null }),
  });

  await installTestWallet(page, { authorized: true, account: lumen.project });
  await page.goto("/deals?status=expired");
  const c = card(page, lumen.address);
  await expect(c.getByTestId("deal-status")).toHaveText("Expired");
  await expect(c.getByTestId("project-view")).toContainText(
    `your ${amount(lumen.p2, token("LUM"))} is yours to claim back`,
  );
  const before = await balance(lumen.projectToken, lumen.project);
  await c.getByTestId("claim-project-tokens").click();
  await expect(c.getByTestId("claimable-project")).toHaveText("nothing");
  expect(await balance(lumen.projectToken, lumen.project)).toBe(before + lumen.p2);
  await expect(c.getByTestId("project-view")).toContainText(`your ${amount(lumen.p2, token("LUM"))} came back to you`);
  await expect(c.getByTestId("claim-project-tokens")).toHaveCount(0);
});

for (const [w, h] of [
  [1280, 800],
  [390, 844],
  [360, 740],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshot of the deals ${w}x${h} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/deals");
      await expect(page.getByTestId("deal").first()).toBeVisible();
      await expect(page.getByTestId("deal").first().locator(".recharts-surface")).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/deals-${w}-${scheme}.png`, fullPage: true });
      await expectFits(page, w);
    });
  }
}
