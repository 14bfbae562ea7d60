// Anyone may create a fund through the factory. A spam fund whose price feed reverts must not
// take the lists down: Discover and Portfolio show every other fund and name the broken one.
// The test creates such a fund on the running world (inside the chain snapshot every test gets).
import { readFileSync } from "node:fs";
import { encodeDeployData, encodeFunctionData, type Abi, type Address, type Hex } from "viem";
import { readSummaries } from "../src/chain/summaries.ts";
import { client, fundSummaries } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { INVESTOR } from "./investChain.ts";
import { createStrangerFund, sendAs } from "./strangerFund.ts";

test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

/** Hardhat dev account #8: a stranger to the seeded world. */
const SPAMMER: Address = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";
/** Built by `hardhat build` (which the deploy step runs): a feed its owner can make revert. */
const ARTIFACT = "contracts/artifacts/contracts/src/mocks/BrokenAggregator.sol/BrokenAggregator.json";
const REVERTING = 1;

/** Deploys a working feed, creates a USDC fund priced by it, then breaks the feed. */
async function createBrokenFund(): Promise<Address> {
  const { abi, bytecode } = JSON.parse(readFileSync(ARTIFACT, "utf8")) as { abi: Abi; bytecode: Hex };
  const deployed = await sendAs(SPAMMER, {
    data: encodeDeployData({ abi, bytecode, args: [100_000_000n, 8, SPAMMER] }),
  });
  const feed = deployed.contractAddress!;
  const fund = await createStrangerFund(SPAMMER, { name: "Totally Legit Fund", symbol: "egSPAM", tag: "SPAM", feed });
  await sendAs(SPAMMER, { to: feed, data: encodeFunctionData({ abi, functionName: "setMode", args: [REVERTING] }) });
  return fund;
}

test("Discover lists every other fund and names the one whose feed reverts", async ({ page }) => {
  const healthy = await fundSummaries();
  const broken = await createBrokenFund();
  // The lens flags the fund instead of failing the list.
  // not the cached block from before the fund existed
  const all = await readSummaries(client, 31337, await client.getBlockNumber({ cacheTime: 0 }));
  expect(all.map((s) => [s.set.fund, s.ok])).toEqual([...healthy.map((f) => [f.address, true]), [broken, false]]);

  await page.goto("/");
  await expect(page.getByTestId("fund-row")).toHaveCount(healthy.length);
  const rows = await page
    .getByTestId("fund-row")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-address")!.toLowerCase()));
  expect(rows).toEqual(healthy.map((f) => f.address.toLowerCase()));
  const notice = page.getByTestId("broken-funds");
  await expect(notice).toContainText("One fund could not be read");
  await expect(notice.getByTestId("broken-fund")).toHaveCount(1);
  await expect(notice.getByTestId("broken-fund")).toHaveAttribute("data-address", broken);
  await page.screenshot({ path: "test-results/screenshots/discover-broken-fund.png", fullPage: true });
});

test("Portfolio still shows the investor's positions and names the broken fund", async ({ page }) => {
  const broken = await createBrokenFund();
  await installTestWallet(page, { account: INVESTOR, authorized: true });
  await page.goto("/portfolio");
  await expect(page.getByTestId("position").first()).toBeVisible();
  await expect(page.getByTestId("broken-fund")).toHaveAttribute("data-address", broken);
  await expect(page.getByTestId("broken-funds")).toContainText("Every other fund is shown");
});
