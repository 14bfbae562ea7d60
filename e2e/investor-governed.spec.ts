// An investor-governed fund (no manager token) end to end, with the test wallet: deposit, delegate
// the shares to oneself, propose, vote with the shares, and see the tally. The vote's weight is the
// shares delegated at the proposal's snapshot, as the fund's share ledger records them.
import type { Page } from "@playwright/test";
import { encodeFunctionData, getAddress, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { formatAmount } from "../src/lib/format.ts";
import { advance, client, fundSummaries } from "./chain.ts";
import { expect as baseExpect, test } from "./fixtures/pageErrors.ts";
import { installTestWallet } from "./fixtures/wallet.ts";
import { sendAs } from "./investChain.ts";
import { revertChain, snapshotChain } from "./fixtures/chain.ts";

// Hardhat's account #19: no other spec uses it, so it starts with no shares and no votes.
const VOTER = getAddress("0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199");
const DAY = 86_400;
const fundAbi = abiOf("Fund");
const governorAbi = abiOf("FundGovernor");
const votesAbi = abiOf("ManagerToken"); // the ledger answers getPastVotes and delegates as a manager token does
const USDC = contractOf(31337, "USDC").address;
test.describe.configure({ timeout: 300_000 });
// The test moves the clock and leaves the voter with shares and a delegation: the chain is put back after it.
let saved: string;
test.beforeEach(async () => {
  saved = await snapshotChain();
});
test.afterEach(async () => {
  expect(await revertChain(saved), "evm_revert restored the snapshot").toBe(true);
});
const expect = baseExpect.configure({ timeout: 60_000 });

async function commons(): Promise<{ fund: Address; governor: Address }> {
  const f = (await fundSummaries()).find((s) => s.name === "Evergreen Commons");
  expect(f, "the seeded investor-governed fund").toBeDefined();
  const set = await client.readContract({
    ...contractOf(31337, "FundFactory"),
    functionName: "fundSet",
    args: [f!.address],
  });
  expect(set.managerToken, "no manager token").toBe("0x0000000000000000000000000000000000000000");
  return { fund: f!.address, governor: set.governor };
}

async function open(page: Page, path: string) {
  await installTestWallet(page, { account: VOTER, authorized: true });
  await page.goto(path);
}

test("deposit, delegate the shares, propose and vote with them: the tally counts the shares at the snapshot", async ({
  page,
}) => {
  const { fund, governor } = await commons();
  const ledger = await client.readContract({ address: fund, abi: fundAbi, functionName: "ledger" });
  await sendAs(
    VOTER,
    USDC,
    encodeFunctionData({ abi: abiOf("MockERC20"), functionName: "mint", args: [VOTER, 5_000_000_000n] }),
  );

  // Deposit through the fund's invest panel.
  await open(page, `/fund/${fund}`);
  const panel = page.getByTestId("invest-panel");
  await expect(panel.getByText(/^Balance /)).toBeVisible();
  await panel.getByRole("radio", { name: "Transaction" }).check();
  await panel.getByLabel("Amount of USDC").fill("5000");
  await panel.getByRole("button", { name: "Deposit USDC" }).click();
  await expect(panel.getByTestId("tx-status")).toHaveAttribute("data-status", "confirmed");
  const shares = await client.readContract({ address: fund, abi: fundAbi, functionName: "balanceOf", args: [VOTER] });
  expect(shares > 0n).toBe(true);
  const sharesText = formatAmount(shares, 12, { maximumFractionDigits: 2, maximumSignificantDigits: 3 });

  // Governance: the shares carry no votes until delegated, on the fund's share ledger.
  await page.getByRole("tab", { name: "Governance" }).click();
  await expect(page.getByTestId("investor-governed")).toContainText("no manager token");
  const delegation = page.getByTestId("delegation");
  await expect(delegation.getByTestId("token-balance")).toHaveText(`${sharesText} egCOMMONS`);
  await expect(delegation.getByTestId("undelegated-warning")).toContainText("egCOMMONS shares carry no votes");
  await expect(delegation.getByTestId("votes-now")).toHaveText("0");
  await delegation.getByRole("button", { name: "Delegate to myself" }).click();
  await expect(delegation.getByTestId("current-delegate")).toHaveText("yourself");
  await expect(delegation.getByTestId("votes-now")).toHaveText(sharesText);
  expect(await client.readContract({ address: ledger, abi: votesAbi, functionName: "delegates", args: [VOTER] })).toBe(
    VOTER,
  );
  await advance(60); // votes count from the next second on: the proposal threshold reads the past

  // Propose a guideline change from the template.
  await page.getByRole("link", { name: "New proposal" }).click();
  const form = page.getByTestId("create-proposal");
  await expect(form.getByLabel("Template").locator("option", { hasText: "Contribution reward" })).toHaveCount(0);
  await form.getByLabel("Asset").selectOption({ label: "WETH" });
  await form.getByLabel("Maximum weight (% of the fund's value)").fill("55");
  await form.getByLabel("Title", { exact: true }).fill("Allow up to 55 % in WETH");
  await expect(form.getByTestId("threshold")).toContainText("meet the proposal threshold of 1,000");
  await form.getByRole("button", { name: "Propose" }).click();
  const detail = page.getByTestId("proposal-detail");
  await expect(detail.getByRole("heading", { name: "Allow up to 55 % in WETH" })).toBeVisible();
  await expect(detail.getByTestId("proposal-state")).toHaveText("Pending");

  // Voting opens a day later; the vote weighs the shares delegated at the snapshot.
  await advance(DAY + 60);
  await page.reload();
  await expect(detail.getByTestId("proposal-state")).toHaveText("Active");
  const ballot = detail.getByTestId("vote-panel");
  await expect(ballot.getByTestId("voting-power")).toHaveText(`Your voting power at the snapshot: ${sharesText}`);
  await ballot.getByRole("radio", { name: "For" }).check();
  await ballot.getByRole("button", { name: `Vote For with ${sharesText} votes` }).click();
  await expect(ballot.getByTestId("voted")).toHaveText(`You voted For with ${sharesText} votes.`);

  // The tally shows the shares, and the chain agrees: For = the voter's shares at the snapshot.
  await page.reload();
  await expect(detail.getByTestId("tally").getByTestId("votes-for")).toHaveText(sharesText);
  await expect(detail.getByTestId("vote-list")).toContainText(sharesText);
  const id = BigInt(new URL(page.url()).searchParams.get("proposal")!);
  const snapshot = await client.readContract({
    address: governor,
    abi: governorAbi,
    functionName: "proposalSnapshot",
    args: [id],
  });
  const [, forVotes] = await client.readContract({
    address: governor,
    abi: governorAbi,
    functionName: "proposalVotes",
    args: [id],
  });
  expect(forVotes).toBe(shares);
  expect(
    await client.readContract({
      address: ledger,
      abi: votesAbi,
      functionName: "getPastVotes",
      args: [VOTER, snapshot],
    }),
  ).toBe(shares);
});
