// One account's holdings in every fund of the registry: shares and their value, manager
// tokens, claimable fees, votes and delegation (one multicall), and the account's own
// deposit, redemption and transfer logs for the cost basis, with its in-kind exits, fee claims
// and votes for the activity list (seven filtered log reads in parallel, each split into the
// ranges the provider accepts).
import { getAbiItem, zeroAddress, type Address, type PublicClient } from "viem";
import { abiOf, contractOf, deploymentOf, fundAbi } from "../../chain/index.ts";
import { getLogsAdaptive } from "../../chain/logs.ts";
import { readSummaries } from "../../chain/summaries.ts";
import { activity, position, type ActivityItem, type Position, type PositionEvent } from "../../domain/portfolio/index.ts";
import { holderValue, toAssets, type UsdPrice } from "../../domain/valuation/index.ts";

const chainId = 31337;
const tokenAbi = abiOf(chainId, "ManagerToken");
const splitterAbi = abiOf(chainId, "FeeSplitter");
const feedAbi = abiOf(chainId, "FeedProxy");
const governorAbi = abiOf(chainId, "FundGovernor");
const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
const PER = 6; // reads per fund
const events = {
  deposit: getAbiItem({ abi: fundAbi, name: "Deposit" }),
  withdraw: getAbiItem({ abi: fundAbi, name: "Withdraw" }),
  transfer: getAbiItem({ abi: fundAbi, name: "Transfer" }),
  inKind: getAbiItem({ abi: fundAbi, name: "RedeemedInKind" }),
  claimed: getAbiItem({ abi: splitterAbi, name: "FeesClaimed" }),
  voted: getAbiItem({ abi: governorAbi, name: "VoteCast" }),
};

export interface FundHolding {
  fund: Address;
  managerToken: Address;
  feeSplitter: Address;
  name: string;
  symbol: string;
  decimals: number;
  /** Whether every price the fund needs is fresh: otherwise its values are at the last known prices. */
  pricesFresh: boolean;
  asset: { symbol: string; decimals: number; usd: UsdPrice };
  shares: bigint;
  value: bigint;
  position: Position;
  managerTokens: bigint;
  managerTokenValue: bigint;
  claimableShares: bigint;
  claimableValue: bigint;
  votes: bigint;
  delegate: Address;
}

export interface Portfolio {
  holdings: FundHolding[];
  /** Funds of the registry the lens could not read (a reverting feed or token): left out of the holdings. */
  broken: { address: Address }[];
  units: { eth?: UsdPrice; btc?: UsdPrice };
  /** The account's deposits, redemptions, fee claims and votes, newest first; `fund` is the fund's address. */
  activity: ActivityItem[];
  /** The block every figure was read at. */
  blockNumber: bigint;
}

type Log = { blockNumber: bigint; logIndex: number; transactionHash?: `0x${string}`; address: Address; args: Record<string, unknown> };
const order = (a: Log, b: Log) => (a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1);

export async function readPortfolio(client: PublicClient, account: Address): Promise<Portfolio> {
  const blockNumber = await client.getBlockNumber();
  const all = await readSummaries(client, blockNumber);
  const summaries = all.filter((s) => s.ok);
  const broken = all.filter((s) => !s.ok).map((s) => ({ address: s.set.fund }));
  const units = (["WETH", "WBTC"] as const).flatMap((t) => {
    const feed = contractOf(chainId, `${t}UsdFeed`).address;
    return [
      { address: feed, abi: feedAbi, functionName: "latestRoundData" },
      { address: feed, abi: feedAbi, functionName: "decimals" },
      { address: contractOf(chainId, t).address, abi: tokenAbi, functionName: "decimals" },
    ];
  });
  const per = summaries.flatMap((s) => [
    { address: s.set.fund, abi: fundAbi, functionName: "balanceOf", args: [account] },
    { address: s.set.managerToken, abi: tokenAbi, functionName: "balanceOf", args: [account] },
    { address: s.set.feeSplitter, abi: splitterAbi, functionName: "claimable", args: [account] },
    { address: s.set.managerToken, abi: tokenAbi, functionName: "getVotes", args: [account] },
    { address: s.set.managerToken, abi: tokenAbi, functionName: "delegates", args: [account] },
    { address: s.set.feeSplitter, abi: splitterAbi, functionName: "credited", args: [account] },
  ]);
  const r = (await client.multicall({
    allowFailure: false, blockNumber,
    contracts: [...per, ...units] as never,
  })) as unknown[];

  const funds = summaries.map((s) => s.set.fund);
  const splitters = summaries.map((s) => s.set.feeSplitter);
  const governors = summaries.map((s) => s.set.governor);
  // No address would filter nothing: with no fund there are no logs to read.
  const logs = async (event: (typeof events)[keyof typeof events], args: Record<string, Address>, at: readonly Address[] = funds) =>
    at.length === 0 ? [] : (await getLogsAdaptive<Log["args"]>({ client, event, args }, at, fromBlock, blockNumber)) as Log[];
  const [deposits, withdrawals, outs, ins, inKind, claims, votes] = await Promise.all([
    logs(events.deposit, { owner: account }),
    logs(events.withdraw, { owner: account }),
    logs(events.transfer, { from: account }),
    logs(events.transfer, { to: account }),
    logs(events.inKind, { owner: account }),
    logs(events.claimed, { account }, splitters),
    logs(events.voted, { voter: account }, governors),
  ]);
  // Mints and burns are the deposits and redemptions themselves.
  const transfersIn = ins.filter((l) => l.args.from !== zeroAddress);
  const transfersOut = outs.filter((l) => l.args.to !== zeroAddress);
  // Shares received are valued at the fund's price at that block.
  const inValues = await Promise.all(
    transfersIn.map((l) => client.readContract({ address: l.address, abi: fundAbi, functionName: "convertToAssets", args: [l.args.value as bigint], blockNumber: l.blockNumber })),
  );

  const holdings = summaries.map((s, i): FundHolding => {
    const [shares, managerTokens, claimableShares, votes, delegate, credited] = r.slice(i * PER, i * PER + PER) as [bigint, bigint, bigint, bigint, Address, bigint];
    const mine = (l: Log) => l.address.toLowerCase() === s.set.fund.toLowerCase();
    const history: (Log & { e: PositionEvent })[] = [
      ...deposits.filter(mine).map((l) => ({ ...l, e: { kind: "deposit", shares: l.args.shares as bigint, assets: l.args.assets as bigint } as const })),
      ...withdrawals.filter(mine).map((l) => ({ ...l, e: { kind: "withdraw", shares: l.args.shares as bigint, assets: l.args.assets as bigint } as const })),
      ...transfersIn.map((l, k) => ({ ...l, e: { kind: "transfer-in", shares: l.args.value as bigint, value: inValues[k] } as const })).filter(mine),
      ...transfersOut.filter(mine).map((l) => ({ ...l, e: { kind: "transfer-out", shares: l.args.value as bigint } as const })),
      // An in-kind exit pays out tokens at no price: it takes its slice of the cost basis, and realises nothing that could be priced.
      ...inKind.filter(mine).map((l) => ({ ...l, e: { kind: "transfer-out", shares: l.args.shares as bigint } as const })),
    ].sort(order);
    const { nav, supply } = s.intrinsic;
    const value = (x: bigint) => toAssets(x, nav, supply);
    const excluded = s.excludedHolders.some((a) => a.toLowerCase() === account.toLowerCase());
    return {
      fund: s.set.fund, managerToken: s.set.managerToken, feeSplitter: s.set.feeSplitter,
      name: s.name, symbol: s.symbol, decimals: Number(s.decimals), pricesFresh: s.pricesFresh,
      asset: { symbol: s.assetSymbol, decimals: Number(s.assetDecimals), usd: { answer: s.assetUsdPrice, feedDecimals: Number(s.assetFeedDecimals), decimals: Number(s.assetDecimals) } },
      shares, value: value(shares), position: position(history.map((h) => h.e)),
      // DESIGN §3: the fee shares credited to the holder plus its tokens at the per-token value.
      managerTokens, managerTokenValue: holderValue(s.intrinsic, { balance: managerTokens, credited, excluded }),
      claimableShares, claimableValue: value(claimableShares), votes, delegate,
    };
  });
  const u = r.slice(summaries.length * PER);
  const unit = (k: number): UsdPrice => ({ answer: (u[k] as readonly bigint[])[1], feedDecimals: Number(u[k + 1]), decimals: Number(u[k + 2]) });
  const [eth, btc] = [unit(0), unit(3)];
  const fundOf = (by: (s: (typeof summaries)[number]) => Address) => (l: Log) =>
    summaries.find((s) => by(s).toLowerCase() === l.address.toLowerCase())!.set.fund;
  const item = (l: Log, kind: ActivityItem["kind"], fund: Address, amount: unknown, support?: unknown): ActivityItem =>
    ({ kind, fund, blockNumber: l.blockNumber, logIndex: l.logIndex, hash: l.transactionHash, amount: amount as bigint, support: support === undefined ? undefined : Number(support) });
  const list = activity([
    ...deposits.map((l) => item(l, "deposit", l.address, l.args.assets)),
    ...withdrawals.map((l) => item(l, "redeem", l.address, l.args.assets)),
    ...inKind.map((l) => item(l, "redeem-in-kind", l.address, l.args.shares)),
    ...claims.map((l) => item(l, "claim", fundOf((s) => s.set.feeSplitter)(l), l.args.shares)),
    ...votes.map((l) => item(l, "vote", fundOf((s) => s.set.governor)(l), l.args.weight, l.args.support)),
  ]);
  return { holdings, broken, units: { eth, btc }, activity: list, blockNumber };
}
