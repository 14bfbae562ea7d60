// Every VAM deal of one fund or of all funds, read straight from the chain at one block: the
// funds' registries (deals they joined), their governors' proposals (deals waiting for
// approval), each deal's terms and its oracle's rounds, then the deal's status decided
// client-side exactly as the contract decides it.
import { getAbiItem, maxUint256, type Address, type Hex } from "viem";
import { contractAt, erc20Abi, fundAbi, type SupportedChainId } from "../../chain/index.ts";
import { dealsProposedTo } from "../../chain/dealProposals.ts";
import { historyStore, readLogs } from "../../chain/logs.ts";
import { multicallGroups } from "../../chain/multicallGroups.ts";
import {
  claimStateOf,
  DealState,
  dealView,
  type ClaimState,
  type DealTerms,
  type DealView,
  type Report,
} from "../../domain/vam/index.ts";
import { proposalTitle } from "../../domain/contributions/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import { fundFactoryAbi } from "../../chain/deployments/abis/FundFactory.ts";
import { fundGovernorAbi } from "../../chain/deployments/abis/FundGovernor.ts";
import { fundLensAbi } from "../../chain/deployments/abis/FundLens.ts";
import { multicall3Abi } from "../../chain/deployments/abis/Multicall3.ts";
import { tvlOracleAbi } from "../../chain/deployments/abis/TvlOracle.ts";
import { vamDealAbi } from "../../chain/deployments/abis/VamDeal.ts";

const dealAbi = vamDealAbi;
const oracleAbi = tvlOracleAbi;
const governorAbi = fundGovernorAbi;
const proposalCreated = getAbiItem({ abi: governorAbi, name: "ProposalCreated" });
const exercisedEvent = getAbiItem({ abi: dealAbi, name: "Exercised" });
const expiredEvent = getAbiItem({ abi: dealAbi, name: "Expired" });
/** Rounds per roundsBetween call: well inside an eth_call's gas. */
const PAGE = 1_000n;

export interface TokenInfo {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
}

export interface Deal {
  address: Address;
  fund: { address: Address; name: string };
  project: Address;
  asset: TokenInfo;
  projectToken: TokenInfo;
  n1: bigint;
  p1: bigint;
  n2: bigint;
  p2: bigint;
  terms: DealTerms;
  projectEscrowed: boolean;
  /** Who has claimed what so far: each party's claimable leg follows from it (domain/vam/claims). */
  claims: ClaimState;
  /** What the deal contract holds of each token: unclaimed legs, and at most a few wei of rounding dust. */
  held: { asset: bigint; token: bigint };
  /** Oracle rounds not yet fed into the deal's stored condition (`advance`); exercise feeds only a few itself. */
  unfed: bigint;
  oracle: { address: Address; description: string; decimals: number; reporter: Address; reports: Report[] };
  /** The latest proposal to join the deal, with its Governor state (0 pending … 7 executed). */
  proposal?: { id: bigint; title: string; state: number };
  /** Who exercised or expired the deal, and when. */
  settlement?: { by: Address; time: bigint };
  view: DealView;
}

export interface DealsData {
  block: bigint;
  now: bigint;
  deals: Deal[];
}

type FundSet = { fund: Address; governor: Address; createdBlock: bigint };
type Created = { proposalId: bigint; targets: readonly Address[]; calldatas: readonly Hex[]; description: string };
const same = (a: Address, b: Address) => a.toLowerCase() === b.toLowerCase();
const lower = (a: Address) => a.toLowerCase() as Address;

/** Deals named by `approveVamDeal` calls to `fund` in its governor's proposals, latest proposal last. */
function proposedDeals(created: readonly { address: Address; args: Created }[], set: FundSet) {
  const out = new Map<string, { deal: Address; id: bigint; title: string }>();
  for (const { address, args } of created) {
    if (!same(address, set.governor)) continue;
    for (const deal of dealsProposedTo(set.fund, args.targets, args.calldatas))
      out.set(lower(deal), { deal, id: args.proposalId, title: proposalTitle(args.description) });
  }
  return out;
}

/** Every round of `oracle` from the first one dated at or after `from` (at least the newest page). */
async function readRounds(
  client: ReadClient,
  blockNumber: bigint,
  oracle: Address,
  count: bigint,
  from: bigint,
): Promise<Report[]> {
  let reports: Report[] = [];
  for (let to = count; to > 0n; to -= PAGE) {
    const lo = to > PAGE ? to - PAGE + 1n : 1n;
    const [answers, times] = await client.readContract({
      address: oracle,
      abi: oracleAbi,
      functionName: "roundsBetween",
      args: [lo, to],
      blockNumber,
    });
    reports = [...answers.map((tvl, i) => ({ time: BigInt(times[i]), tvl })), ...reports];
    if (reports[0].time < from) break;
  }
  return reports;
}

export async function readDeals(client: ReadClient, chainId: SupportedChainId, only?: Address): Promise<DealsData> {
  const factory = contractAt(chainId, "FundFactory", fundFactoryAbi);
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const lens = contractAt(chainId, "FundLens", fundLensAbi);
  // 1: the funds, and the block every later read is pinned to, with its time.
  const [allSets, now, blockNumber] = await client.multicall({
    allowFailure: false,
    contracts: [
      { ...factory, functionName: "allFunds" },
      { ...multicall3, functionName: "getCurrentBlockTimestamp" },
      { ...multicall3, functionName: "getBlockNumber" },
    ],
  });
  const sets = allSets.filter((s) => !only || same(s.fund, only));
  if (sets.length === 0) return { block: blockNumber, now, deals: [] };

  // 2: registries and names, and every proposal of their governors.
  const fromBlock = sets.reduce((m, s) => (s.createdBlock < m ? s.createdBlock : m), sets[0].createdBlock);
  const [b, created] = await Promise.all([
    multicallGroups(
      client,
      {
        registries: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "registry" }) as const),
        names: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "name" }) as const),
      },
      { allowFailure: false, blockNumber },
    ),
    readLogs<Created>({
      client,
      chainId,
      event: proposalCreated,
      scope: only ?? factory.address,
      store: historyStore(),
      addresses: sets.map((s) => s.governor),
      fromBlock: BigInt(fromBlock),
      toBlock: blockNumber,
    }),
  ]);
  const candidates: { deal: Address; set: FundSet; fundName: string; proposal?: { id: bigint; title: string } }[] = [];
  sets.forEach((set, k) => {
    const [, , , joined] = b.registries[k];
    const proposed = proposedDeals(created, set);
    const seen = new Set<string>();
    for (const deal of [...joined, ...[...proposed.values()].map((p) => p.deal)]) {
      if (seen.has(lower(deal))) continue;
      seen.add(lower(deal));
      const p = proposed.get(lower(deal));
      candidates.push({ deal, set, fundName: b.names[k], proposal: p && { id: p.id, title: p.title } });
    }
  });

  // 3: each deal's terms and state (the lens; a proposal may name any address, so a read may
  // fail), and its proposal's state.
  const proposed = candidates.flatMap((x) => (x.proposal ? [{ governor: x.set.governor, id: x.proposal.id }] : []));
  const c = await multicallGroups(
    client,
    {
      deals: candidates.map((x) => ({ ...lens, functionName: "dealOf", args: [x.deal] }) as const),
      states: proposed.map(
        (p) => ({ address: p.governor, abi: governorAbi, functionName: "state", args: [p.id] }) as const,
      ),
    },
    { allowFailure: true, blockNumber },
  );
  const stateOf = new Map(proposed.map((p, i) => [`${lower(p.governor)}:${p.id}`, c.states[i]]));
  const terms = candidates.flatMap((x, k) => {
    const read = c.deals[k];
    // Keep only real deals of this fund.
    if (read.status !== "success" || !same(read.result.terms.fund, x.set.fund)) return [];
    const state = x.proposal && stateOf.get(`${lower(x.set.governor)}:${x.proposal.id}`);
    return [{ x, d: read.result, proposalState: state?.status === "success" ? state.result : undefined }];
  });

  // 4: tokens and oracles.
  const tokens = [...new Set(terms.flatMap(({ d }) => [lower(d.terms.asset), lower(d.terms.projectToken)]))];
  const oracles = [...new Set(terms.map(({ d }) => lower(d.terms.oracle)))];
  const meta = await multicallGroups(
    client,
    {
      names: tokens.map((address) => ({ address, abi: erc20Abi, functionName: "name" }) as const),
      symbols: tokens.map((address) => ({ address, abi: erc20Abi, functionName: "symbol" }) as const),
      decimals: tokens.map((address) => ({ address, abi: erc20Abi, functionName: "decimals" }) as const),
      counts: oracles.map((address) => ({ address, abi: oracleAbi, functionName: "roundCount" }) as const),
      descriptions: oracles.map((address) => ({ address, abi: oracleAbi, functionName: "description" }) as const),
      oracleDecimals: oracles.map((address) => ({ address, abi: oracleAbi, functionName: "decimals" }) as const),
      reporters: oracles.map((address) => ({ address, abi: oracleAbi, functionName: "reporter" }) as const),
      heldAssets: terms.map(
        ({ x, d }) => ({ address: d.terms.asset, abi: erc20Abi, functionName: "balanceOf", args: [x.deal] }) as const,
      ),
      heldTokens: terms.map(
        ({ x, d }) =>
          ({ address: d.terms.projectToken, abi: erc20Abi, functionName: "balanceOf", args: [x.deal] }) as const,
      ),
    },
    { allowFailure: false, blockNumber },
  );
  const tokenInfo = new Map(
    tokens.map((t, i) => [t, { address: t, name: meta.names[i], symbol: meta.symbols[i], decimals: meta.decimals[i] }]),
  );
  const oracleInfo = new Map(
    oracles.map((o, i) => [
      o,
      {
        count: meta.counts[i],
        description: meta.descriptions[i],
        decimals: meta.oracleDecimals[i],
        reporter: meta.reporters[i],
      },
    ]),
  );

  // 5: the rounds each oracle needs (from its earliest deal's start; pending deals show recent history),
  // and who settled the deals that are over.
  const earliest = (o: Address) =>
    terms
      .filter(({ d }) => lower(d.terms.oracle) === o)
      .reduce(
        (m, { d }) => (d.state === DealState.Pending ? m : BigInt(d.startedAt) < m ? BigInt(d.startedAt) : m),
        maxUint256,
      );
  const done = terms.filter(({ d }) => d.state >= DealState.Exercised).map(({ x }) => x.deal);
  const settleLogs = (event: typeof exercisedEvent | typeof expiredEvent) =>
    readLogs<{ by: Address }>({
      client,
      chainId,
      event,
      scope: only ?? factory.address,
      store: historyStore(),
      addresses: done,
      fromBlock: BigInt(fromBlock),
      toBlock: blockNumber,
    });
  const [rounds, exercised, expired] = await Promise.all([
    Promise.all(oracles.map((o) => readRounds(client, blockNumber, o, oracleInfo.get(o)!.count, earliest(o)))),
    settleLogs(exercisedEvent),
    settleLogs(expiredEvent),
  ]);
  const settled = [...exercised, ...expired];
  const times = new Map(
    await Promise.all(
      [...new Set(settled.map((l) => l.blockNumber))].map(
        async (n) => [n, (await client.getBlock({ blockNumber: n })).timestamp] as const,
      ),
    ),
  );
  const reportsOf = new Map(oracles.map((o, i) => [o, rounds[i]]));

  const deals = terms.map(({ x, d, proposalState }, k): Deal => {
    const { terms: f } = d;
    const oracle = lower(f.oracle);
    const info = oracleInfo.get(oracle)!;
    const t: DealTerms = {
      state: d.state,
      start: BigInt(d.startedAt),
      startBy: BigInt(f.startBy),
      window: BigInt(f.window),
      duration: BigInt(f.duration),
      maxGap: BigInt(f.maxGap),
      target: f.target,
    };
    const reports = reportsOf.get(oracle)!;
    const log = settled.find((l) => same(l.address, x.deal));
    return {
      address: x.deal,
      fund: { address: x.set.fund, name: x.fundName },
      project: f.project,
      asset: tokenInfo.get(lower(f.asset))!,
      projectToken: tokenInfo.get(lower(f.projectToken))!,
      n1: f.n1,
      p1: f.p1,
      n2: f.n2,
      p2: f.p2,
      terms: t,
      projectEscrowed: d.projectEscrowed,
      claims: claimStateOf(d),
      held: { asset: meta.heldAssets[k], token: meta.heldTokens[k] },
      unfed: d.state === DealState.Active && info.count >= d.nextRound ? info.count - d.nextRound + 1n : 0n,
      oracle: {
        address: f.oracle,
        description: info.description,
        decimals: info.decimals,
        reporter: info.reporter,
        reports,
      },
      proposal: x.proposal && proposalState !== undefined ? { ...x.proposal, state: proposalState } : undefined,
      settlement: log && { by: log.args.by, time: times.get(log.blockNumber)! },
      view: dealView(t, reports, now),
    };
  });
  return { block: blockNumber, now, deals };
}
