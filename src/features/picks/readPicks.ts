// Every KOL pick at one block, with its record: the registry's picks in pages, the funds' names
// and denominations, each pick's feed and each denomination's feed from their rounds (the same
// reader as the fund pages), and the funds' swaps and deal approvals for "acted on".
import { getAbiItem, type Address } from "viem";
import { contractAt, erc20Abi, fundAbi, type SupportedChainId } from "../../chain/index.ts";
import { historyStore, readLogs } from "../../chain/logs.ts";
import { multicallGroups } from "../../chain/multicallGroups.ts";
import { readFeedHistory } from "../../chain/feeds.ts";
import { deploymentOf } from "../../chain/addresses.ts";
import { blockTimes } from "../../chain/blockTimes.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import { fundFactoryAbi } from "../../chain/deployments/abis/FundFactory.ts";
import { multicall3Abi } from "../../chain/deployments/abis/Multicall3.ts";
import { pickRegistryAbi } from "../../chain/deployments/abis/PickRegistry.ts";
import { vamDealAbi } from "../../chain/deployments/abis/VamDeal.ts";
import { fundGovernorAbi } from "../../chain/deployments/abis/FundGovernor.ts";
import type { Round } from "../../domain/history/index.ts";
import {
  actionsOn,
  Kind,
  pickReturnBps,
  pickSeries,
  relativeReturnBps,
  type Action,
  type Direction,
  type ReturnPoint,
} from "../../domain/picks/index.ts";

const PAGE = 200n;
const swapped = getAbiItem({ abi: fundAbi, name: "Swapped" });
const dealApproved = getAbiItem({ abi: fundAbi, name: "VamDealApproved" });
const proposalCreated = getAbiItem({ abi: fundGovernorAbi, name: "ProposalCreated" });
const proposalExecuted = getAbiItem({ abi: fundGovernorAbi, name: "ProposalExecuted" });

export interface PickFund {
  address: Address;
  name: string;
  denomination: Address;
  denomSymbol: string;
  /** The assets the fund lists (a pick on one is judged by the fund's feed for it). */
  assets: { address: Address; symbol: string }[];
}

export interface PickView {
  id: bigint;
  author: Address;
  publishedAt: bigint;
  kind: number;
  direction: Direction;
  subject: Address;
  /** The asset's symbol, or the deal's project token's. */
  symbol: string;
  fund: PickFund;
  feed: Address;
  thesis: string;
  uri: string;
  contentHash: `0x${string}`;
  returnBps?: bigint;
  relativeBps?: bigint;
  series: ReturnPoint[];
  actions: (Action & { name: string })[];
}

export interface PicksData {
  block: bigint;
  now: bigint;
  funds: PickFund[];
  picks: PickView[];
}

const lower = (a: string) => a.toLowerCase();

export async function readPicks(client: ReadClient, chainId: SupportedChainId): Promise<PicksData> {
  const factory = contractAt(chainId, "FundFactory", fundFactoryAbi);
  const registry = contractAt(chainId, "PickRegistry", pickRegistryAbi);
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const [sets, count, now, blockNumber] = await client.multicall({
    allowFailure: false,
    contracts: [
      { ...factory, functionName: "allFunds" },
      { ...registry, functionName: "pickCount" },
      { ...multicall3, functionName: "getCurrentBlockTimestamp" },
      { ...multicall3, functionName: "getBlockNumber" },
    ],
  });
  const starts: bigint[] = [];
  for (let s = 0n; s < count; s += PAGE) starts.push(s);
  const a = await multicallGroups(
    client,
    {
      pages: starts.map((s) => ({ ...registry, functionName: "picks", args: [s, PAGE] }) as const),
      names: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "name" }) as const),
      assets: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "asset" }) as const),
      registries: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "registry" }) as const),
    },
    { allowFailure: false, blockNumber },
  );
  const raw = a.pages.flat();
  const dealPicks = raw.filter((p) => p.kind === Kind.Deal);
  const b = await multicallGroups(
    client,
    {
      listed: a.registries.flatMap(([assets]) =>
        assets.map((t) => ({ address: t, abi: erc20Abi, functionName: "symbol" }) as const),
      ),
      denomSymbols: a.assets.map((t) => ({ address: t, abi: erc20Abi, functionName: "symbol" }) as const),
      denomFeeds: sets.map(
        (s, k) => ({ address: s.fund, abi: fundAbi, functionName: "assetConfig", args: [a.assets[k]] }) as const,
      ),
      symbols: raw.map((p) =>
        p.kind === Kind.Deal
          ? ({ address: p.subject, abi: vamDealAbi, functionName: "projectToken" } as const)
          : ({ address: p.subject, abi: erc20Abi, functionName: "symbol" } as const),
      ),
    },
    { allowFailure: false, blockNumber },
  );
  const projectTokens = dealPicks.map((p) => b.symbols[raw.indexOf(p)] as Address);
  const projectSymbols = await multicallGroups(
    client,
    { s: projectTokens.map((t) => ({ address: t, abi: erc20Abi, functionName: "symbol" }) as const) },
    { allowFailure: false, blockNumber },
  );

  let next = 0;
  const funds: PickFund[] = sets.map((s, k) => ({
    address: s.fund,
    name: a.names[k],
    denomination: a.assets[k],
    denomSymbol: b.denomSymbols[k],
    assets: a.registries[k][0].map((t) => ({ address: t, symbol: b.listed[next++] })),
  }));
  const fundOf = new Map(funds.map((f) => [lower(f.address), f]));
  const denomFeedOf = new Map(sets.map((s, k) => [lower(s.fund), b.denomFeeds[k].feed as Address]));

  // Every feed a pick or its fund's denomination is judged by, read once.
  const fromBlock = sets.reduce((m, s) => (BigInt(s.createdBlock) < m ? BigInt(s.createdBlock) : m), blockNumber);
  const feeds = [
    ...new Set([
      ...raw.filter((p) => p.kind === Kind.Asset).map((p) => lower(p.feed)),
      ...raw.filter((p) => p.kind === Kind.Asset).map((p) => lower(denomFeedOf.get(lower(p.fund)) ?? "")),
    ]),
  ].filter(Boolean) as Address[];
  const scope = factory.address;
  const feedsFrom = BigInt(deploymentOf(chainId).deployedOnBlock);
  const logs = <A>(event: Parameters<typeof readLogs>[0]["event"], addresses: Address[]) =>
    readLogs<A>({
      client,
      chainId,
      event,
      scope,
      store: historyStore(),
      // Trades matter only against picks: none published, none read.
      addresses: raw.length > 0 ? addresses : [],
      fromBlock,
      toBlock: blockNumber,
    });
  const fundAddresses = sets.map((s) => s.fund);
  const governors = sets.map((s) => s.governor);
  const [histories, swaps, approvals, created, executed] = await Promise.all([
    Promise.all(
      feeds.map((feed) =>
        readFeedHistory({ client, chainId, feed, store: historyStore(), fromBlock: feedsFrom, toBlock: blockNumber }),
      ),
    ),
    logs<{ tokenIn: Address; tokenOut: Address }>(swapped, fundAddresses),
    logs<{ deal: Address }>(dealApproved, fundAddresses),
    logs<{ proposalId: bigint }>(proposalCreated, governors),
    logs<{ proposalId: bigint }>(proposalExecuted, governors),
  ]);
  const roundsOf = new Map<string, Round[]>(
    feeds.map((f, k) => [f, histories[k].map((r) => ({ answer: r.answer, updatedAt: r.updatedAt }))]),
  );
  // A trade in the transaction that executed a proposal was public from the proposal's creation.
  const createdBlock = new Map(created.map((l) => [`${lower(l.address)}:${l.args.proposalId}`, l.blockNumber]));
  const proposedBlock = new Map<string, bigint>();
  for (const l of executed) {
    const b = createdBlock.get(`${lower(l.address)}:${l.args.proposalId}`);
    if (l.transactionHash && b !== undefined) proposedBlock.set(l.transactionHash, b);
  }
  const times = await blockTimes(
    chainId,
    [...swaps, ...approvals].flatMap((l) => {
      const p = l.transactionHash && proposedBlock.get(l.transactionHash);
      return p ? [l.blockNumber, p] : [l.blockNumber];
    }),
    blockNumber,
  );
  const decided = (l: { transactionHash?: string }) => {
    const p = l.transactionHash && proposedBlock.get(l.transactionHash);
    return p ? times.get(p) : undefined;
  };
  const fundSwaps = swaps.map((l) => ({
    fund: l.address,
    tokenIn: l.args.tokenIn,
    tokenOut: l.args.tokenOut,
    time: times.get(l.blockNumber)!,
    decidedAt: decided(l),
  }));
  const fundApprovals = approvals.map((l) => ({
    fund: l.address,
    deal: l.args.deal,
    time: times.get(l.blockNumber)!,
    decidedAt: decided(l),
  }));

  const picks = raw.map((p, id): PickView => {
    const fund = fundOf.get(lower(p.fund)) ?? {
      address: p.fund,
      name: p.fund,
      denomination: p.fund,
      denomSymbol: "?",
      assets: [],
    };
    const direction = p.direction as Direction;
    const rounds = roundsOf.get(lower(p.feed)) ?? [];
    const denom = roundsOf.get(lower(denomFeedOf.get(lower(p.fund)) ?? "")) ?? [];
    const isAsset = p.kind === Kind.Asset;
    const symbol = isAsset ? (b.symbols[id] as string) : `${projectSymbols.s[dealPicks.indexOf(p)]} deal`;
    return {
      id: BigInt(id),
      author: p.author,
      publishedAt: BigInt(p.publishedAt),
      kind: p.kind,
      direction,
      subject: p.subject,
      symbol,
      fund,
      feed: p.feed,
      thesis: p.thesis,
      uri: p.uri,
      contentHash: p.contentHash,
      returnBps: isAsset ? pickReturnBps(direction, BigInt(p.publishedAt), rounds, now) : undefined,
      relativeBps: isAsset ? relativeReturnBps(direction, BigInt(p.publishedAt), rounds, denom, now) : undefined,
      series: isAsset ? pickSeries(direction, BigInt(p.publishedAt), rounds, now) : [],
      actions: actionsOn(
        { kind: p.kind, direction, subject: p.subject, publishedAt: BigInt(p.publishedAt) },
        fundSwaps,
        fundApprovals,
      ).map((x) => ({ ...x, name: fundOf.get(lower(x.fund))?.name ?? x.fund })),
    };
  });
  return { block: blockNumber, now, funds, picks };
}
