// A proposal's life after it is made: vote For, queue, wait out the timelock, execute. The clock
// moves by the fund's own governor settings (voting delay, voting period, timelock delay), read
// from the chain, with a minute's margin each.
import { expect as baseExpect, type Page } from "@playwright/test";
import { encodeFunctionData, type Abi, type Address, type Hex } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { advance, client } from "./chain.ts";
import { sendAs } from "./investChain.ts";

const fundAbi = abiOf("Fund");
const governorAbi = abiOf("FundGovernor");
const timelockAbi = abiOf("TimelockController");
const expect = baseExpect.configure({ timeout: 60_000 });
const MARGIN = 60n;
const EXECUTED = 7; // IGovernor.ProposalState.Executed

/** A fund's governor and the delays its proposals wait through, in seconds. */
export async function governance(fund: Address) {
  const set = await client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "fundSet", args: [fund] });
  const governor = { address: set.governor, abi: governorAbi } as const;
  const [votingDelay, votingPeriod, timelockDelay] = await Promise.all([
    client.readContract({ ...governor, functionName: "votingDelay" }),
    client.readContract({ ...governor, functionName: "votingPeriod" }),
    client.readContract({ address: set.timelock, abi: timelockAbi, functionName: "getMinDelay" }),
  ]);
  return { governor: set.governor, votingDelay, votingPeriod, timelockDelay };
}

/** The clock waits for a priced manager operation after a jump: the keeper's fresh rounds. */
export async function waitForFreshPrices(fund: Address, timeout = 120_000) {
  await expect
    .poll(() => client.readContract({ address: fund, abi: fundAbi, functionName: "pricesFresh" }), { timeout })
    .toBe(true);
}

/**
 * Takes the proposal open on `page` (Pending, the wallet one with the votes to pass it) through the
 * UI: votes For, queues it once it succeeded, waits out the timelock and the keeper's fresh prices,
 * and executes it with the button named `execute`.
 */
export async function passOnPage(page: Page, fund: Address, execute: string | RegExp = /^Execute: run its/) {
  const { votingDelay, votingPeriod, timelockDelay } = await governance(fund);
  const detail = page.getByTestId("proposal-detail");
  const state = detail.getByTestId("proposal-state");
  await expect(state).toHaveText("Pending");
  await advance(votingDelay + MARGIN);
  await page.reload();
  const ballot = detail.getByTestId("vote-panel");
  await ballot.getByRole("radio", { name: "For" }).check();
  await ballot.getByRole("button", { name: /^Vote For with/ }).click();
  await expect(ballot.getByTestId("voted")).toContainText("You voted For");
  await advance(votingPeriod + MARGIN);
  await page.reload();
  await expect(state).toHaveText("Succeeded");
  await detail.getByRole("button", { name: /^Queue/ }).click();
  await expect(state).toHaveText("Queued");
  await advance(timelockDelay + MARGIN);
  await waitForFreshPrices(fund);
  await page.reload();
  await detail.getByRole("button", { name: execute }).click();
  await expect(state).toHaveText("Executed");
}

/** A proposal as the governor hashes it. */
export interface ProposalCalls {
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  descriptionHash: Hex;
}

/** Calls `functionName` on `address` from one of the node's unlocked accounts; expects it to succeed. */
export function send(from: Address, address: Address, abi: Abi, functionName: string, args: readonly unknown[]) {
  return sendAs(from, address, encodeFunctionData({ abi, functionName, args } as never));
}

/**
 * Takes a made proposal of `fund` through its governor on the chain: `voter` votes For and queues
 * it, and the clock passes the timelock. Then `execute()` runs it (once, say, prices are fresh)
 * and expects it executed.
 */
export async function voteAndQueue(fund: Address, voter: Address, p: ProposalCalls) {
  const { governor, votingDelay, votingPeriod, timelockDelay } = await governance(fund);
  const args = [p.targets, p.values, p.calldatas, p.descriptionHash] as const;
  const id = await client.readContract({ address: governor, abi: governorAbi, functionName: "hashProposal", args });
  await advance(votingDelay + MARGIN);
  await send(voter, governor, governorAbi, "castVote", [id, 1]);
  await advance(votingPeriod + MARGIN);
  await send(voter, governor, governorAbi, "queue", args);
  await advance(timelockDelay + MARGIN);
  return {
    id,
    async execute() {
      const receipt = await send(voter, governor, governorAbi, "execute", args);
      const state = await client.readContract({
        address: governor,
        abi: governorAbi,
        functionName: "state",
        args: [id],
      });
      expect(state, "the proposal executed").toBe(EXECUTED);
      return receipt;
    },
  };
}
