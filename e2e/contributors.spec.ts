import type { Page } from "@playwright/test";
import {
  createWalletClient,
  encodeFunctionData,
  erc20Abi,
  http,
  keccak256,
  parseUnits,
  toHex,
  type Address,
  type Hex,
} from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { categoryName, vested } from "../src/domain/contributions/index.ts";
import { tokens } from "../src/features/contributors/format.ts";
import { client, rpcUrl } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { expectFits } from "./fixtures/fits.ts";

// A cold page on a busy machine takes seconds before its first read.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
const fundAbi = abiOf("Fund");
const rewardsAbi = abiOf("ContributionRewards");
const governorAbi = abiOf("FundGovernor");
const timelockAbi = abiOf("TimelockController");
const DAY = 86_400n;

async function etherFund() {
  const sets = await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "allFunds" });
  for (const s of sets) {
    if ((await client.readContract({ address: s.fund, abi: fundAbi, functionName: "name" })) === "Evergreen Ether")
      return s;
  }
  throw new Error("no Evergreen Ether fund");
}

const rpc = (method: string, params: unknown[] = []) => client.request({ method, params } as never);
async function skip(seconds: bigint) {
  await rpc("evm_increaseTime", [toHex(seconds)]);
  await rpc("evm_mine");
}
const now = async () => (await client.getBlock()).timestamp;
const awardRow = (page: Page, id: bigint) => page.locator(`[data-testid=award][data-award="${id}"]`);

test(
  "the ledger shows every award as the contract holds it, with the proposal that approved it, and the cap " + "in use",
  async ({ page }) => {
    const set = await etherFund();
    const awards = await client.readContract({
      address: set.contributionRewards,
      abi: rewardsAbi,
      functionName: "allAwards",
    });
    const [cap, total] = await Promise.all([
      client.readContract({ address: set.contributionRewards, abi: rewardsAbi, functionName: "cap" }),
      client.readContract({ address: set.contributionRewards, abi: rewardsAbi, functionName: "totalAwarded" }),
    ]);
    const symbol = await client.readContract({ address: set.managerToken, abi: erc20Abi, functionName: "symbol" });
    const t = { decimals: 18, symbol };
    await page.goto(`/fund/${set.fund}?tab=contributors`);
    const panel = page.getByTestId("panel-contributors");
    await expect(panel.getByTestId("award")).toHaveCount(awards.length);
    const at = await now();
    for (const [i, a] of awards.entries()) {
      const row = awardRow(page, BigInt(i));
      await expect(row.getByTestId("award-amount")).toHaveText(tokens(a.amount, t));
      await expect(row).toContainText(categoryName(a.category));
      await expect(row).toContainText(a.memo);
      await expect(row.getByTestId("award-proposal")).toHaveText("“Contribution rewards, first year”");
      await expect(row.getByTestId("award-claimed")).toHaveText(tokens(a.claimed, t));
      // Every seeded award is fully vested by now, so the page's block time does not matter.
      await expect(row.getByTestId("award-vested")).toHaveText(
        tokens(vested({ ...a, start: BigInt(a.start), duration: BigInt(a.duration) }, at), t),
      );
    }
    await expect(panel.getByTestId("cap-used")).toHaveText(tokens(total, t));
    await expect(panel.getByTestId("cap")).toContainText(tokens(cap, t));
    // Category totals add up to what was awarded.
    const sums = new Map<number, bigint>();
    for (const a of awards) sums.set(a.category, (sums.get(a.category) ?? 0n) + a.amount);
    for (const [category, sum] of sums) {
      await expect(
        panel.locator(`[data-testid=category][data-category="${category}"]`).getByTestId("category-awarded"),
      ).toHaveText(tokens(sum, t));
    }
    // The largest holder's balance is the token's own.
    const top = panel.getByTestId("holder").first();
    const holder = (await top.getAttribute("data-holder")) as Address;
    const balance = await client.readContract({
      address: set.managerToken,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [holder],
    });
    await expect(top.getByTestId("holder-balance")).toContainText(tokens(balance, t));
  },
);

test("a contributor claims vested tokens of an award that governance approved", async ({ page }) => {
  const set = await etherFund();
  const [first] = await client.readContract({
    address: set.contributionRewards,
    abi: rewardsAbi,
    functionName: "allAwards",
  });
  const contributor = first.contributor;
  // The largest manager-token holder proposes, votes and executes an award through the timelock.
  const founder = ((await rpc("eth_accounts")) as Address[])[9]; // the node's unlocked dev account #9
  const w = createWalletClient({ transport: http(rpcUrl), account: founder });
  const send = async (address: Address, abi: typeof governorAbi, functionName: string, args: readonly unknown[]) =>
    client.waitForTransactionReceipt({
      hash: await w.writeContract({ address, abi, functionName, args, chain: null } as never),
    });
  const start = await now();
  const amount = parseUnits("100000", 18);
  const calldata = encodeFunctionData({
    abi: rewardsAbi,
    functionName: "award",
    args: [contributor, amount, 1, start, 100n * DAY, "Liquidity bootstrap, second year"],
  });
  const description = "# Second-year liquidity award\n\nFor bootstrapping the WETH pool.";
  const call = [[set.contributionRewards], [0n], [calldata as Hex]] as const;
  await send(set.governor, governorAbi, "propose", [...call, description]);
  const id = await client.readContract({
    address: set.governor,
    abi: governorAbi,
    functionName: "hashProposal",
    args: [...call, keccak256(toHex(description))],
  });
  await skip(
    BigInt(await client.readContract({ address: set.governor, abi: governorAbi, functionName: "votingDelay" })) + 1n,
  );
  await send(set.governor, governorAbi, "castVote", [id, 1]);
  await skip(
    BigInt(await client.readContract({ address: set.governor, abi: governorAbi, functionName: "votingPeriod" })) + 1n,
  );
  await send(set.governor, governorAbi, "queue", [...call, keccak256(toHex(description))]);
  await skip(
    (await client.readContract({ address: set.timelock, abi: timelockAbi, functionName: "getMinDelay" })) + 1n,
  );
  await send(set.governor, governorAbi, "execute", [...call, keccak256(toHex(description))]);
  const awardId =
    (await client.readContract({ address: set.contributionRewards, abi: rewardsAbi, functionName: "awardCount" })) - 1n;
  await skip(20n * DAY);

  await installTestWallet(page, { authorized: true, account: contributor });
  await page.goto("/contributors");
  const row = awardRow(page, awardId);
  await expect(row.getByTestId("award-proposal")).toHaveText("“Second-year liquidity award”");
  await expect(row.getByTestId("award-claimed")).toHaveText(tokens(0n, { decimals: 18, symbol: "mETH" }));
  await expect(page.getByTestId("your-awards")).toBeVisible();
  const before = await client.readContract({
    address: set.managerToken,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [contributor],
  });

  await row.getByRole("button", { name: /^Claim / }).click();
  await expect(page.getByTestId("toast-success")).toContainText(`Claim mETH for award #${awardId}`);
  const award = await client.readContract({
    address: set.contributionRewards,
    abi: rewardsAbi,
    functionName: "getAward",
    args: [awardId],
  });
  // The claim's own block: the keeper may have mined another since.
  const [claim] = await client.getContractEvents({
    address: set.contributionRewards,
    abi: rewardsAbi,
    eventName: "Claimed",
    args: { id: awardId },
    fromBlock: 0n,
  });
  const claimedAt = (await client.getBlock({ blockNumber: claim.blockNumber })).timestamp;
  // What was minted is exactly what had vested at the claim's block, by the client's formula.
  expect(award.claimed).toBe(vested({ amount, start, duration: 100n * DAY }, claimedAt));
  expect(award.claimed > 0n && award.claimed < amount).toBe(true);
  expect(
    await client.readContract({
      address: set.managerToken,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [contributor],
    }),
  ).toBe(before + award.claimed);
  await expect(row.getByTestId("award-claimed")).toHaveText(tokens(award.claimed, { decimals: 18, symbol: "mETH" }));
});

for (const [w, h] of [
  [1280, 800],
  [390, 844],
  [360, 740],
] as const) {
  for (const scheme of ["light", "dark"] as const) {
    test(`screenshot of the contributors ${w}x${h} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/contributors");
      await expect(page.getByTestId("holders").first()).toBeVisible();
      await expect(page.getByTestId("holders").first().locator("..").locator(".recharts-surface")).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/contributors-${w}-${scheme}.png`, fullPage: true });
      await expectFits(page, w);
    });
  }
}
