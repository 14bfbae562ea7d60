// An investor-governed fund set created in a test world: no manager token, no fee splitter; its
// governor counts the share votes investors delegated on the fund's share ledger.
import { encodeFunctionData, keccak256, parseUnits, toHex, zeroAddress, type Address, type Hex } from "viem";
import { Mechanism, type World } from "./world.js";

export const SHARE = 10n ** 12n; // a USDC fund's share has 6 + 6 decimals

/** Governance terms of the test's investor-governed fund: threshold 1,000 shares, quorum 10 %. */
export const investorParams = (feeRecipient: Address = zeroAddress) => ({
  votingDelay: 86_400,
  votingPeriod: 5 * 86_400,
  proposalThreshold: 1_000n * SHARE,
  quorumPercent: 10n,
  timelockDelay: 2n * 86_400n,
  feeRecipient,
});

export const investorConfig = (w: World, fees?: { managementBps: number; performanceBps: number }) => ({
  ...w.fundConfig,
  name: "Evergreen Commons",
  symbol: "egCOM",
  managementBps: fees?.managementBps ?? 0,
  performanceBps: fees?.performanceBps ?? 0,
  hurdleBps: 0,
  mechanism: Mechanism.Governance,
});

export async function createInvestorFund(w: World, feeRecipient: Address = zeroAddress, fees?: { managementBps: number; performanceBps: number }) {
  await w.factory.write.createInvestorFund([investorConfig(w, fees), investorParams(feeRecipient)]);
  const sets = await w.factory.read.allFunds();
  const set = sets[sets.length - 1];
  const fund = await w.viem.getContractAt("Fund", set.fund);
  const ledger = await w.viem.getContractAt("ShareLedger", await fund.read.ledger());
  const governor = await w.viem.getContractAt("FundGovernor", set.governor);
  const timelock = await w.viem.getContractAt("TimelockController", set.timelock);
  type Wallet = World["wallets"][number];

  /** Mints `assets` USDC to `who`, deposits them and returns the shares received. */
  async function deposit(who: Wallet, assets: bigint) {
    await w.usdc.write.mint([who.account.address, assets]);
    await w.usdc.write.approve([fund.address, assets], { account: who.account });
    const before = await fund.read.balanceOf([who.account.address]);
    await fund.write.deposit([assets, who.account.address], { account: who.account });
    return (await fund.read.balanceOf([who.account.address])) - before;
  }

  /** Deposits and delegates to self; the votes count from the next timestamp on. */
  async function join(who: Wallet, assets: bigint) {
    const shares = await deposit(who, assets);
    await ledger.write.delegate([who.account.address], { account: who.account });
    return shares;
  }

  /** Proposes one call as `who`; returns its id and what queue and execute take. */
  async function propose(who: Wallet, call: { target: Address; data: Hex }, description: string) {
    await governor.write.propose([[call.target], [0n], [call.data], description], { account: who.account });
    const args = [[call.target], [0n], [call.data], keccak256(toHex(description))] as const;
    return { id: await governor.read.hashProposal([...args]), args };
  }

  /** A call that sets the fund's management fee (as the timelock would make it). */
  const setFeesCall = (managementBps: number, performanceBps = 0) => ({
    target: fund.address,
    data: encodeFunctionData({ abi: fund.abi, functionName: "setFees", args: [managementBps, performanceBps, 0] }),
  });

  return { set, fund, ledger, governor, timelock, deposit, join, propose, setFeesCall };
}

export const usdc = (n: string) => parseUnits(n, 6);
