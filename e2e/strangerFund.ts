// A USDC fund created through the factory by a dev account that is a stranger to the seeded world,
// as anyone may: no shares, one manager-token holder (the creator), the factory's usual terms.
import { encodeFunctionData, parseUnits, type Address, type Hex } from "viem";
import { contractOf } from "../src/chain/contracts.ts";
import { client, rpc } from "./chain.ts";

/** Sends `tx` from `from` (an unlocked dev account) and fails unless it succeeds. */
export async function sendAs(from: Address, tx: { to?: Address; data: Hex }) {
  const hash = await rpc<Hex>("eth_sendTransaction", [{ from, ...tx }]);
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`The transaction ${hash} reverted`);
  return receipt;
}

/** Creates the fund `name` (`symbol`, manager token `m<tag>`) priced by `feed`; returns its address. */
export async function createStrangerFund(
  from: Address,
  o: {
    name: string;
    symbol: string;
    tag: string;
    feed: Address;
    fees?: { managementBps: number; performanceBps: number };
  },
): Promise<Address> {
  const factory = contractOf(31337, "FundFactory");
  const config = {
    name: o.name,
    symbol: o.symbol,
    asset: contractOf(31337, "USDC").address,
    assetFeed: o.feed,
    assetHeartbeat: 86_400,
    assets: [],
    maxLpBps: 0,
    managementBps: o.fees?.managementBps ?? 0,
    performanceBps: o.fees?.performanceBps ?? 0,
    hurdleBps: 0,
    entryBps: 0,
    exitBps: 0,
    manager: from,
    mechanism: 1,
    owner: from,
  };
  const governance = {
    tokenName: `${o.tag} Manager`,
    tokenSymbol: `m${o.tag}`,
    holders: [from],
    amounts: [parseUnits("1000", 18)],
    votingDelay: 86_400,
    votingPeriod: 86_400,
    proposalThreshold: 0n,
    quorumPercent: 4n,
    timelockDelay: 86_400n,
    rewardsCap: parseUnits("1000", 18),
  };
  await sendAs(from, {
    to: factory.address,
    data: encodeFunctionData({ abi: factory.abi, functionName: "createFund", args: [config as never, governance] }),
  });
  const count = await client.readContract({ ...factory, functionName: "fundCount" });
  const [set] = await client.readContract({ ...factory, functionName: "fundsPage", args: [count - 1n, 1n] });
  return set.fund;
}
