// One account's holdings in every fund of the registry: shares and their value, manager
// tokens, claimable fees, votes and delegation (one multicall, after the block and summaries'
// one), and the account's own deposit, redemption and transfer logs for the cost basis, with its
// in-kind exits, fee claims and votes for the activity list: three filters, one for each topic the
// account is indexed at, settled ranges cached. Shares received by transfer are valued at their
// block, once (a settled block's answer is stored). A fourth filter, the same for every account,
// reads the governors' created and canceled proposals for the votes about to close. On a batching
// client the account's reads and the log filters travel as one request. The VAM deals in the funds'
// registries, as the account sees them, come with the account's reads (DealLens, one call); those
// the proposals name that no registry lists, with the shares' values.
import {
  erc20Abi,
  getAbiItem,
  pad,
  toEventSelector,
  zeroAddress,
  type AbiEvent,
  type Address,
  type ContractFunctionReturnType,
  type GetEventArgs,
} from "viem";
import { addressOf, contractAt, deploymentOf, fundAbi, type SupportedChainId } from "../../chain/index.ts";
import { historyStore } from "../../chain/logCache/store.ts";
import { readLogs, type CachedLog } from "../../chain/logs.ts";
import { multicallGroups } from "../../chain/multicallGroups.ts";
import { settledFacts } from "../../chain/settledFacts.ts";
import { fundCountRead, restOfSummaries, SUMMARY_PAGE } from "../../chain/summaries.ts";
import {
  activity,
  position,
  type AccountDeal,
  type ActivityItem,
  type Position,
  type PositionEvent,
  type ProposalWindow,
} from "../../domain/portfolio/index.ts";
import { holderValue, toAssets, type HolderValue, type UsdPrice } from "../../domain/valuation/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import { feeSplitterAbi } from "../../chain/deployments/abis/FeeSplitter.ts";
import { feedProxyAbi } from "../../chain/deployments/abis/FeedProxy.ts";
import { fundGovernorAbi } from "../../chain/deployments/abis/FundGovernor.ts";
import { managerTokenAbi } from "../../chain/deployments/abis/ManagerToken.ts";
import { iVotesTokenAbi } from "../../chain/deployments/abis/IVotesToken.ts";
import { fundFactoryAbi } from "../../chain/deployments/abis/FundFactory.ts";
import { fundLensAbi } from "../../chain/deployments/abis/FundLens.ts";
import { multicall3Abi } from "../../chain/deployments/abis/Multicall3.ts";
import { dealLensAbi } from "../../chain/deployments/abis/DealLens.ts";
import { dealsProposedTo } from "../../chain/dealProposals.ts";
import { claimStateOf } from "../../domain/vam/index.ts";
import { isInvestorGoverned } from "../../domain/governance/index.ts";

const tokenAbi = managerTokenAbi;
// The manager token, or an investor-governed fund's share ledger: both answer IVotesToken.
const votesAbi = iVotesTokenAbi;
const splitterAbi = feeSplitterAbi;
const feedAbi = feedProxyAbi;
const governorAbi = fundGovernorAbi;
const events = {
  deposit: getAbiItem({ abi: fundAbi, name: "Deposit" }),
  withdraw: getAbiItem({ abi: fundAbi, name: "Withdraw" }),
  transfer: getAbiItem({ abi: fundAbi, name: "Transfer" }),
  inKind: getAbiItem({ abi: fundAbi, name: "RedeemedInKind" }),
  claimed: getAbiItem({ abi: splitterAbi, name: "FeesClaimed" }),
  voted: getAbiItem({ abi: governorAbi, name: "VoteCast" }),
  proposed: getAbiItem({ abi: governorAbi, name: "ProposalCreated" }),
  canceled: getAbiItem({ abi: governorAbi, name: "ProposalCanceled" }),
};
/** Every argument of an event, as a strict log decodes it. */
type ArgsOf<E extends AbiEvent> = GetEventArgs<
  readonly [E],
  E["name"],
  { EnableUnion: false; IndexedOnly: false; Required: true }
>;

const unitReads = (chainId: SupportedChainId, token: "WETH" | "WBTC") => {
  const feed = addressOf(chainId, `${token}UsdFeed`);
  return [
    { address: feed, abi: feedAbi, functionName: "latestRoundData" },
    { address: feed, abi: feedAbi, functionName: "decimals" },
    { address: addressOf(chainId, token), abi: erc20Abi, functionName: "decimals" },
  ] as const;
};
const unitPrice = ([round, feedDecimals, decimals]: readonly [
  readonly [bigint, bigint, bigint, bigint, bigint],
  number,
  number,
]): UsdPrice => ({ answer: round[1], feedDecimals, decimals });

export interface FundHolding {
  fund: Address;
  /** No manager token: the holder's shares vote (delegated on the fund's share ledger). */
  investorGoverned: boolean;
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
  /** The holder's own value (DESIGN §3): its credited fee shares plus its tokens at the per-token value. */
  managerTokenValue: bigint;
  managerTokenParts: HolderValue;
  /** Governance excluded the holder from the fee distribution: its tokens earn nothing. */
  feesExcluded: boolean;
  /** Asset units per whole manager token: the fee shares not yet credited, over the claiming supply. */
  perManagerToken: bigint;
  claimableShares: bigint;
  claimableValue: bigint;
  votes: bigint;
  delegate: Address;
  /** The governor's proposals whose voting has not closed at the read, and those the account voted on. */
  proposals: ProposalWindow[];
  voted: bigint[];
}

export interface Portfolio {
  holdings: FundHolding[];
  /** Funds of the registry the lens could not read (a reverting feed or token): left out of the holdings. */
  broken: { address: Address }[];
  units: { eth?: UsdPrice; btc?: UsdPrice };
  /** The account's deposits, redemptions, fee claims and votes, newest first; `fund` is the fund's address. */
  activity: ActivityItem[];
  /**
   * The VAM deals as the account sees them: those the funds have joined and not yet claimed their
   * leg of, then those their governors were asked to join that no registry lists now (never
   * started, or left once the fund claimed its leg), where only their parties have anything left.
   */
  deals: AccountDeal[];
  /** The unlisted deals' read, by the list of deals it was asked about: a later read may reuse it. */
  unlisted: UnlistedRead;
  /** The block every figure was read at, and its timestamp (the governors' clock). */
  blockNumber: bigint;
  now: bigint;
}

type Log = { blockNumber: bigint; logIndex: number; transactionHash?: `0x${string}`; address: Address };
const order = (a: Log, b: Log) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1;

const selector = (e: AbiEvent) => toEventSelector(e);

/** The account's logs, in three filters by the topic it is indexed at; each log's event named. */
async function accountLogs(
  client: ReadClient,
  chainId: SupportedChainId,
  account: Address,
  at: { funds: Address[]; splitters: Address[]; governors: Address[] },
  toBlock: bigint,
) {
  const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
  const me = pad(account.toLowerCase() as Address);
  const read = (abi: AbiEvent[], topics: (`0x${string}` | `0x${string}`[] | null)[], addresses: Address[]) =>
    readLogs<Record<string, unknown>>({
      client,
      chainId,
      event: abi[0],
      events: { abi, topics: [abi.map(selector), ...topics] },
      scope: `portfolio:${account}`,
      addresses,
      fromBlock,
      toBlock,
      store: historyStore(),
    });
  const [first, second, third, proposals] = await Promise.all([
    read([events.transfer, events.claimed, events.voted], [me], [...at.funds, ...at.splitters, ...at.governors]),
    read([events.deposit, events.transfer], [null, me], at.funds),
    read([events.withdraw, events.inKind], [null, null, me], at.funds),
    // Every proposal of the governors, for the votes about to close: the same for any account, cached alike.
    readLogs<Record<string, unknown>>({
      client,
      chainId,
      event: events.proposed,
      events: {
        abi: [events.proposed, events.canceled],
        topics: [[selector(events.proposed), selector(events.canceled)]],
      },
      scope: "portfolio:proposals",
      addresses: at.governors,
      fromBlock,
      toBlock,
      store: historyStore(),
    }),
  ]);
  const all = [...first, ...second, ...third, ...proposals];
  const from = (set: Address[]) => {
    const s = new Set(set.map((a) => a.toLowerCase()));
    return (l: CachedLog<unknown>) => s.has(l.address.toLowerCase());
  };
  const of = <E extends AbiEvent>(e: E, where: Address[], extra: (l: CachedLog<ArgsOf<E>>) => boolean = () => true) =>
    (all as unknown as CachedLog<ArgsOf<E>>[]).filter((l) => l.eventName === e.name && from(where)(l) && extra(l));
  const isMe = (a: unknown) => typeof a === "string" && a.toLowerCase() === account.toLowerCase();
  return {
    deposits: of(events.deposit, at.funds),
    withdrawals: of(events.withdraw, at.funds),
    outs: of(events.transfer, at.funds, (l) => isMe(l.args.from)),
    ins: of(events.transfer, at.funds, (l) => isMe(l.args.to)),
    inKind: of(events.inKind, at.funds),
    claims: of(events.claimed, at.splitters),
    votes: of(events.voted, at.governors),
    proposed: of(events.proposed, at.governors),
    canceled: of(events.canceled, at.governors),
  };
}

/** The deals no registry lists, as the account saw them, and which deals those were (`key`). */
export interface UnlistedRead {
  key: string;
  deals: AccountDeal[];
}

/**
 * `reuse`: an earlier read of the unlisted deals, taken again if they are still the same deals. Only
 * their parties can change them (the project's escrow and legs, a holder's part), so a read that
 * follows a new block may reuse it; one after the account's own transaction must not.
 */
export async function readPortfolio(
  client: ReadClient,
  chainId: SupportedChainId,
  account: Address,
  reuse?: UnlistedRead,
): Promise<Portfolio> {
  const lens = contractAt(chainId, "FundLens", fundLensAbi);
  const factory = contractAt(chainId, "FundFactory", fundFactoryAbi);
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const dealLens = contractAt(chainId, "DealLens", dealLensAbi);
  // The block, the registry's size and its first page of summaries: one eth_call.
  const [blockNumber, count, first] = await client.multicall({
    allowFailure: false,
    batchSize: 0,
    contracts: [
      { ...multicall3, functionName: "getBlockNumber" },
      fundCountRead(chainId),
      { ...lens, functionName: "summaries", args: [factory.address, 0n, SUMMARY_PAGE] },
    ],
  });
  const all = await restOfSummaries(client, chainId, first, count, blockNumber);
  const summaries = all.filter((s) => s.ok);
  const broken = all.filter((s) => !s.ok).map((s) => ({ address: s.set.fund }));
  const funds = summaries.map((s) => s.set.fund);
  // An investor-governed fund has no manager token and no splitter; its holders vote with their
  // shares on its ledger, which answers getVotes and delegates as a manager token does.
  const managed = summaries.filter((s) => !isInvestorGoverned(s.set));
  const investorFunds = summaries.filter((s) => isInvestorGoverned(s.set));
  const ledgers =
    investorFunds.length === 0
      ? []
      : await client.multicall({
          allowFailure: false,
          blockNumber,
          contracts: investorFunds.map((s) => ({ address: s.set.fund, abi: fundAbi, functionName: "ledger" }) as const),
        });
  const votesAt = new Map<string, Address>(summaries.map((s) => [s.set.fund.toLowerCase(), s.set.managerToken]));
  investorFunds.forEach((s, i) => votesAt.set(s.set.fund.toLowerCase(), ledgers[i]));
  const votesToken = (s: (typeof summaries)[number]) => votesAt.get(s.set.fund.toLowerCase())!;
  const splitters = managed.map((s) => s.set.feeSplitter);
  const governors = summaries.map((s) => s.set.governor);
  const [r, logs] = await Promise.all([
    multicallGroups(
      client,
      {
        shares: summaries.map(
          (s) => ({ address: s.set.fund, abi: fundAbi, functionName: "balanceOf", args: [account] }) as const,
        ),
        managerTokens: managed.map(
          (s) => ({ address: s.set.managerToken, abi: tokenAbi, functionName: "balanceOf", args: [account] }) as const,
        ),
        claimable: managed.map(
          (s) =>
            ({ address: s.set.feeSplitter, abi: splitterAbi, functionName: "claimable", args: [account] }) as const,
        ),
        votes: summaries.map(
          (s) => ({ address: votesToken(s), abi: votesAbi, functionName: "getVotes", args: [account] }) as const,
        ),
        delegates: summaries.map(
          (s) => ({ address: votesToken(s), abi: votesAbi, functionName: "delegates", args: [account] }) as const,
        ),
        credited: managed.map(
          (s) => ({ address: s.set.feeSplitter, abi: splitterAbi, functionName: "credited", args: [account] }) as const,
        ),
        now: [{ ...multicall3, functionName: "getCurrentBlockTimestamp" }],
        deals: [{ ...dealLens, functionName: "dealsFor", args: [funds, account] }],
        eth: unitReads(chainId, "WETH"),
        btc: unitReads(chainId, "WBTC"),
      },
      { allowFailure: false, blockNumber },
    ),
    // No address would filter nothing: with no fund there are no logs to read.
    funds.length === 0
      ? undefined
      : accountLogs(client, chainId, account, { funds, splitters, governors }, blockNumber),
  ]);
  const { deposits, withdrawals, outs, ins, inKind, claims, votes, proposed, canceled } = logs ?? {
    deposits: [],
    withdrawals: [],
    outs: [],
    ins: [],
    inKind: [],
    claims: [],
    votes: [],
    proposed: [],
    canceled: [],
  };
  const now = r.now[0];
  const sameAddress = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();
  const canceledIds = new Set(canceled.map((l) => `${l.address.toLowerCase()}:${l.args.proposalId}`));
  const windowsOf = (governor: Address): ProposalWindow[] =>
    proposed
      .filter((l) => sameAddress(l.address, governor) && l.args.voteEnd >= now)
      .map((l) => ({
        id: l.args.proposalId,
        description: l.args.description,
        voteStart: l.args.voteStart,
        voteEnd: l.args.voteEnd,
        canceled: canceledIds.has(`${l.address.toLowerCase()}:${l.args.proposalId}`),
      }));
  // Mints and burns are the deposits and redemptions themselves.
  const transfersIn = ins.filter((l) => l.args.from !== zeroAddress);
  const transfersOut = outs.filter((l) => l.args.to !== zeroAddress);
  // Shares received are valued at the fund's price at that block: a fact of a settled block, read once.
  const inKey = (l: (typeof transfersIn)[number]) => `${l.address}:${l.blockNumber}:${l.args.value}`;
  // The deals no registry lists (named by the proposals just read) travel with the first of those
  // reads, in their batch, or alone when every value was kept: one request either way.
  const unlisted = unlistedDeals(
    proposed,
    summaries.map((s) => s.set),
    r.deals[0].map((d) => d.deal),
  );
  const unlistedKey = unlisted.map((u) => u.deal.toLowerCase()).join(",");
  const kept = reuse?.key === unlistedKey ? reuse.deals : undefined;
  let unlistedRead: Promise<AccountDeal[]> | undefined;
  const readUnlisted = () =>
    (unlistedRead ??=
      kept || unlisted.length === 0
        ? Promise.resolve(kept ?? [])
        : client
            .readContract({
              ...dealLens,
              functionName: "dealsAt",
              args: [unlisted.map((u) => u.deal), account],
              blockNumber,
            })
            // A proposal may name any address: keep only deals of the fund that was asked to join.
            .then((read) =>
              accountDeals(read.filter((a, i) => a.fund.toLowerCase() === unlisted[i].fund.toLowerCase())),
            )
            // They only complete the attention strip: without them the portfolio still stands.
            .catch(() => []));
  const valued = await settledFacts({
    chainId,
    kind: "shares-in-assets",
    blocks: new Map(transfersIn.map((l) => [inKey(l), l.blockNumber])),
    latest: blockNumber,
    store: historyStore(),
    read: (key, block) => {
      void readUnlisted();
      const [fund, , shares] = key.split(":");
      return client.readContract({
        address: fund as Address,
        abi: fundAbi,
        functionName: "convertToAssets",
        args: [BigInt(shares)],
        blockNumber: block,
      });
    },
  });
  const unlistedDealsRead = await readUnlisted();
  const inValues = transfersIn.map((l) => valued.get(inKey(l))!);

  const holdings = summaries.map((s, i): FundHolding => {
    const m = managed.indexOf(s); // -1 for an investor-governed fund: no manager tokens, nothing to claim
    const [managerTokens, claimableShares, credited] =
      m < 0 ? [0n, 0n, 0n] : [r.managerTokens[m], r.claimable[m], r.credited[m]];
    const shares = r.shares[i];
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
    const parts = holderValue(s.intrinsic, { balance: managerTokens, credited, excluded });
    return {
      fund: s.set.fund,
      investorGoverned: m < 0,
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
      managerTokenValue: parts.value,
      managerTokenParts: parts,
      feesExcluded: excluded,
      perManagerToken: s.intrinsic.perManagerToken,
      claimableShares,
      // What claim pays is what is credited, valued as in the holder's value (A / S').
      claimableValue: parts.credited,
      votes: r.votes[i],
      delegate: r.delegates[i],
      proposals: windowsOf(s.set.governor),
      voted: votes.filter((l) => sameAddress(l.address, s.set.governor)).map((l) => l.args.proposalId),
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
  return {
    holdings,
    broken,
    units: { eth: unitPrice(r.eth), btc: unitPrice(r.btc) },
    activity: list,
    deals: [...accountDeals(r.deals[0]), ...unlistedDealsRead],
    unlisted: { key: unlistedKey, deals: unlistedDealsRead },
    blockNumber,
    now,
  };
}

type DealsRead = ContractFunctionReturnType<typeof dealLensAbi, "view", "dealsFor">;
/** The lens's answers as the domain takes them; a deal the lens could not read is left out. */
function accountDeals(read: DealsRead): AccountDeal[] {
  return read
    .filter((a) => a.ok)
    .map(({ deal, fund, d, exercisable, assignedPart, projectTokenName }) => ({
      deal,
      fund,
      project: d.terms.project,
      name: projectTokenName || deal,
      n1: d.terms.n1,
      p1: d.terms.p1,
      n2: d.terms.n2,
      p2: d.terms.p2,
      terms: {
        state: d.state,
        start: BigInt(d.startedAt),
        startBy: BigInt(d.terms.startBy),
        window: BigInt(d.terms.window),
      },
      exercisable,
      projectEscrowed: d.projectEscrowed,
      claims: claimStateOf(d),
      assignedPart,
    }));
}

/** The deals the governors' proposals name for their funds, less those the registries list. */
function unlistedDeals(
  proposed: readonly { address: Address; args: { targets: readonly Address[]; calldatas: readonly `0x${string}`[] } }[],
  sets: readonly { fund: Address; governor: Address }[],
  listed: readonly Address[],
): { deal: Address; fund: Address }[] {
  const seen = new Set(listed.map((a) => a.toLowerCase()));
  const out: { deal: Address; fund: Address }[] = [];
  for (const l of proposed) {
    const set = sets.find((s) => s.governor.toLowerCase() === l.address.toLowerCase());
    if (!set) continue;
    for (const deal of dealsProposedTo(set.fund, l.args.targets, l.args.calldatas)) {
      if (seen.has(deal.toLowerCase())) continue;
      seen.add(deal.toLowerCase());
      out.push({ deal, fund: set.fund });
    }
  }
  return out;
}
