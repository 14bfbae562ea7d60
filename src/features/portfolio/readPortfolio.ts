// One account's holdings in every fund of the registry: shares and their value, manager
// tokens, claimable fees, votes and delegation (one multicall), and the account's own
// deposit, redemption and transfer logs for the cost basis, with its in-kind exits, fee claims
// and votes for the activity list (seven filtered log reads in parallel, each split into the
// ranges the provider accepts).
import { erc20Abi, getAbiItem, zeroAddress, type AbiEvent, type Address, type GetEventArgs } from "viem";
import { abiOf, contractOf, deploymentOf, fundAbi, type SupportedChainId } from "../../chain/index.ts";
import { getLogsAdaptive } from "../../chain/logs.ts";
import { multicallGroups } from "../../chain/multicallGroups.ts";
import { readSummaries } from "../../chain/summaries.ts";
import {
  activity,
  position,
  type ActivityItem,
  type Position,
  type PositionEvent,
} from "../../domain/portfolio/index.ts";
import { holderValue, toAssets, type UsdPrice } from "../../domain/valuation/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";

const tokenAbi = abiOf("ManagerToken");
const splitterAbi = abiOf("FeeSplitter");
const feedAbi = abiOf("FeedProxy");
const governorAbi = abiOf("FundGovernor");
const events = {
  deposit: getAbiItem({ abi: fundAbi, name: "Deposit" }),
  withdraw: getAbiItem({ abi: fundAbi, name: "Withdraw" }),
  transfer: getAbiItem({ abi: fundAbi, name: "Transfer" }),
  inKind: getAbiItem({ abi: fundAbi, name: "RedeemedInKind" }),
  claimed: getAbiItem({ abi: splitterAbi, name: "FeesClaimed" }),
  voted: getAbiItem({ abi: governorAbi, name: "VoteCast" }),
};
/** Every argument of an event, as a strict log decodes it. */
type ArgsOf<E extends AbiEvent> = GetEventArgs<
  readonly [E],
  E["name"],
  { EnableUnion: false; IndexedOnly: false; Required: true }
>;

const unitReads = (chainId: SupportedChainId, token: "WETH" | "WBTC") => {
  const feed = contractOf(chainId, `${token}UsdFeed`).address;
  return [
    { address: feed, abi: feedAbi, functionName: "latestRoundData" },
    { address: feed, abi: feedAbi, functionName: "decimals" },
    { address: contractOf(chainId, token).address, abi: erc20Abi, functionName: "decimals" },
  ] as const;
};
const unitPrice = ([round, feedDecimals, decimals]: readonly [
  readonly [bigint, bigint, bigint, bigint, bigint],
  number,
  number,
]): UsdPrice => ({ answer: round[1], feedDecimals, decimals });

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

type Log = { blockNumber: bigint; logIndex: number; transactionHash?: `0x${string}`; address: Address };
const order = (a: Log, b: Log) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1;

export async function readPortfolio(
  client: ReadClient,
  chainId: SupportedChainId,
  account: Address,
): Promise<Portfolio> {
  const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
  const blockNumber = await client.getBlockNumber();
  const all = await readSummaries(client, chainId, blockNumber);
  const summaries = all.filter((s) => s.ok);
  const broken = all.filter((s) => !s.ok).map((s) => ({ address: s.set.fund }));
  const r = await multicallGroups(
    client,
    {
      shares: summaries.map(
        (s) => ({ address: s.set.fund, abi: fundAbi, functionName: "balanceOf", args: [account] }) as const,
      ),
      managerTokens: summaries.map(
        (s) => ({ address: s.set.managerToken, abi: tokenAbi, functionName: "balanceOf", args: [account] }) as const,
      ),
      claimable: summaries.map(
        (s) => ({ address: s.set.feeSplitter, abi: splitterAbi, functionName: "claimable", args: [account] }) as const,
      ),
      votes: summaries.map(
        (s) => ({ address: s.set.managerToken, abi: tokenAbi, functionName: "getVotes", args: [account] }) as const,
      ),
      delegates: summaries.map(
        (s) => ({ address: s.set.managerToken, abi: tokenAbi, functionName: "delegates", args: [account] }) as const,
      ),
      credited: summaries.map(
        (s) => ({ address: s.set.feeSplitter, abi: splitterAbi, functionName: "credited", args: [account] }) as const,
      ),
      eth: unitReads(chainId, "WETH"),
      btc: unitReads(chainId, "WBTC"),
    },
    { allowFailure: false, blockNumber },
  );

  const funds = summaries.map((s) => s.set.fund);
  const splitters = summaries.map((s) => s.set.feeSplitter);
  const governors = summaries.map((s) => s.set.governor);
  // No address would filter nothing: with no fund there are no logs to read.
  const logs = async <E extends AbiEvent>(event: E, args: Record<string, Address>, at: readonly Address[] = funds) =>
    at.length === 0 ? [] : getLogsAdaptive<ArgsOf<E>>({ client, event, args }, at, fromBlock, blockNumber);
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
    transfersIn.map((l) =>
      client.readContract({
        address: l.address,
        abi: fundAbi,
        functionName: "convertToAssets",
        args: [l.args.value],
        blockNumber: l.blockNumber,
      }),
    ),
  );

  const holdings = summaries.map((s, i): FundHolding => {
    const [shares, managerTokens, claimableShares] = [r.shares[i], r.managerTokens[i], r.claimable[i]];
    const mine = (l: Log) => l.address.toLowerCase() === s.set.fund.toLowerCase();
    const history: (Log & { e: PositionEvent })[] = [
      ...deposits
        .filter(mine)
        .map((l) => ({ ...l, e: { kind: "deposit", shares: l.args.shares, assets: l.args.assets } as const })),
      ...withdrawals
        .filter(mine)
        .map((l) => ({ ...l, e: { kind: "withdraw", shares: l.args.shares, assets: l.args.assets } as const })),
      ...transfersIn
        .map((l, k) => ({ ...l, e: { kind: "transfer-in", shares: l.args.value, value: inValues[k] } as const }))
        .filter(mine),
      ...transfersOut.filter(mine).map((l) => ({ ...l, e: { kind: "transfer-out", shares: l.args.value } as const })),
      // An in-kind exit pays out tokens at no price: it takes its slice of the cost basis, and realises nothing that
      // could be priced.
      ...inKind.filter(mine).map((l) => ({ ...l, e: { kind: "transfer-out", shares: l.args.shares } as const })),
    ].sort(order);
    const { nav, supply } = s.intrinsic;
    const value = (x: bigint) => toAssets(x, nav, supply);
    const excluded = s.excludedHolders.some((a) => a.toLowerCase() === account.toLowerCase());
    return {
      fund: s.set.fund,
      managerToken: s.set.managerToken,
      feeSplitter: s.set.feeSplitter,
      name: s.name,
      symbol: s.symbol,
      decimals: s.decimals,
      pricesFresh: s.pricesFresh,
      asset: {
        symbol: s.assetSymbol,
        decimals: s.assetDecimals,
        usd: { answer: s.assetUsdPrice, feedDecimals: s.assetFeedDecimals, decimals: s.assetDecimals },
      },
      shares,
      value: value(shares),
      position: position(history.map((h) => h.e)),
      // DESIGN §3: the fee shares credited to the holder plus its tokens at the per-token value.
      managerTokens,
      managerTokenValue: holderValue(s.intrinsic, { balance: managerTokens, credited: r.credited[i], excluded }),
      claimableShares,
      claimableValue: value(claimableShares),
      votes: r.votes[i],
      delegate: r.delegates[i],
    };
  });
  const fundOf = (by: (s: (typeof summaries)[number]) => Address) => (l: Log) =>
    summaries.find((s) => by(s).toLowerCase() === l.address.toLowerCase())!.set.fund;
  const item = (l: Log, kind: ActivityItem["kind"], fund: Address, amount: bigint, support?: number): ActivityItem => ({
    kind,
    fund,
    blockNumber: l.blockNumber,
    logIndex: l.logIndex,
    hash: l.transactionHash,
    amount,
    support,
  });
  const list = activity([
    ...deposits.map((l) => item(l, "deposit", l.address, l.args.assets)),
    ...withdrawals.map((l) => item(l, "redeem", l.address, l.args.assets)),
    ...inKind.map((l) => item(l, "redeem-in-kind", l.address, l.args.shares)),
    ...claims.map((l) => item(l, "claim", fundOf((s) => s.set.feeSplitter)(l), l.args.shares)),
    ...votes.map((l) => item(l, "vote", fundOf((s) => s.set.governor)(l), l.args.weight, l.args.support)),
  ]);
  return { holdings, broken, units: { eth: unitPrice(r.eth), btc: unitPrice(r.btc) }, activity: list, blockNumber };
}
