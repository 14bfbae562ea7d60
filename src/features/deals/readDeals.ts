// Every VAM deal of one fund or of all funds, read straight from the chain at one block: the
// funds' registries (deals they joined), their governors' proposals (deals waiting for
// approval), each deal's terms and its oracle's rounds, then the deal's status decided
// client-side exactly as the contract decides it.
import { decodeFunctionData, getAbiItem, maxUint256, type Address, type Hex, type PublicClient } from "viem";
import { abiOf, contractOf, erc20Abi, fundAbi } from "../../chain/index.ts";
import { browserStorage, readLogs } from "../../chain/logs.ts";
import { DealState, dealView, type ClaimState, type DealTerms, type DealView, type Report } from "../../domain/vam/index.ts";
import { proposalTitle } from "../../domain/contributions/index.ts";

const chainId = 31337;
const factory = contractOf(chainId, "FundFactory");
const multicall3 = contractOf(chainId, "Multicall3");
const dealAbi = abiOf(chainId, "VamDeal");
const oracleAbi = abiOf(chainId, "TvlOracle");
const governorAbi = abiOf(chainId, "FundGovernor");
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

type R = { status: "success"; result: unknown } | { status: "failure"; error: Error };
const ok = <T,>(r: R): T => {
  if (r.status !== "success") throw r.error;
  return r.result as T;
};
type FundSet = { fund: Address; governor: Address; createdBlock: bigint };
type Created = { proposalId: bigint; targets: readonly Address[]; calldatas: readonly Hex[]; description: string };

/** Deals named by `approveVamDeal` calls to `fund` in its governor's proposals, latest proposal last. */
function proposedDeals(created: readonly { address: Address; args: Created }[], set: FundSet) {
  const out = new Map<string, { deal: Address; id: bigint; title: string }>();
  for (const { address, args } of created) {
    if (address.toLowerCase() !== set.governor.toLowerCase()) continue;
    args.targets.forEach((target, i) => {
      if (target.toLowerCase() !== set.fund.toLowerCase()) return;
      try {
        const call = decodeFunctionData({ abi: fundAbi, data: args.calldatas[i] });
        if (call.functionName !== "approveVamDeal") return;
        const deal = call.args[0] as Address;
        out.set(deal.toLowerCase(), { deal, id: args.proposalId, title: proposalTitle(args.description) });
      } catch {
        // Another function of the fund, or calldata it does not know: not a deal.
      }
    });
  }
  return out;
}

/** Every round of `oracle` from the first one dated at or after `from` (at least the newest page). */
async function readRounds(call: (c: readonly unknown[]) => Promise<R[]>, oracle: Address, count: bigint, from: bigint): Promise<Report[]> {
  let reports: Report[] = [];
  for (let to = count; to > 0n; to -= PAGE) {
    const lo = to > PAGE ? to - PAGE + 1n : 1n;
    const [r] = await call([{ address: oracle, abi: oracleAbi, functionName: "roundsBetween", args: [lo, to] }]);
    const [answers, times] = ok<readonly [readonly bigint[], readonly bigint[]]>(r);
    reports = [...answers.map((tvl, i) => ({ time: BigInt(times[i]), tvl })), ...reports];
    if (reports[0].time < from) break;
  }
  return reports;
}

export async function readDeals(client: PublicClient, only?: Address): Promise<DealsData> {
  // 1: the funds, and the block every later read is pinned to, with its time.
  const a = (await client.multicall({
    allowFailure: true,
    contracts: [{ ...factory, functionName: "allFunds" }, { ...multicall3, functionName: "getCurrentBlockTimestamp" }, { ...multicall3, functionName: "getBlockNumber" }],
  })) as R[];
  const now = ok<bigint>(a[1]);
  const blockNumber = ok<bigint>(a[2]);
  const call = (contracts: readonly unknown[]) =>
    client.multicall({ allowFailure: true, blockNumber, contracts: contracts as never }) as Promise<R[]>;
  const sets = ok<FundSet[]>(a[0]).filter((s) => !only || s.fund.toLowerCase() === only.toLowerCase());
  if (sets.length === 0) return { block: blockNumber, now, deals: [] };

  // 2: registries and names, and every proposal of their governors.
  const fromBlock = sets.reduce((m, s) => (s.createdBlock < m ? s.createdBlock : m), sets[0].createdBlock);
  const [b, created] = await Promise.all([
    call(sets.flatMap((s) => [{ address: s.fund, abi: fundAbi, functionName: "registry" }, { address: s.fund, abi: fundAbi, functionName: "name" }])),
    readLogs<Created>({
      client, chainId, event: proposalCreated, scope: only ?? factory.address, storage: browserStorage(),
      addresses: sets.map((s) => s.governor), fromBlock: BigInt(fromBlock), toBlock: blockNumber,
    }),
  ]);
  const candidates: { deal: Address; set: FundSet; fundName: string; proposal?: { id: bigint; title: string } }[] = [];
  sets.forEach((set, k) => {
    const [, , , joined] = ok<readonly [Address[], Address[], Address[], Address[]]>(b[2 * k]);
    const fundName = ok<string>(b[2 * k + 1]);
    const proposed = proposedDeals(created, set);
    const seen = new Set<string>();
    for (const deal of [...joined, ...[...proposed.values()].map((p) => p.deal)]) {
      if (seen.has(deal.toLowerCase())) continue;
      seen.add(deal.toLowerCase());
      const p = proposed.get(deal.toLowerCase());
      candidates.push({ deal, set, fundName, proposal: p && { id: p.id, title: p.title } });
    }
  });

  // 3: each deal's terms and state, and its proposal's state.
  const FIELDS = [
    "fund", "state", "startedAt", "startBy", "window", "duration", "maxGap", "target", "n1", "p1", "n2", "p2", "project", "asset", "projectToken", "oracle",
    "projectEscrowed", "fundPart", "fundClaimed", "projectAssetsClaimed", "projectTokensClaimed", "nextRound",
  ] as const;
  const c = await call(candidates.flatMap((x) => [
    ...FIELDS.map((functionName) => ({ address: x.deal, abi: dealAbi, functionName })),
    x.proposal ? { address: x.set.governor, abi: governorAbi, functionName: "state", args: [x.proposal.id] } : { ...multicall3, functionName: "getBlockNumber" },
  ]));
  const width = FIELDS.length + 1;
  type Fields = { [K in (typeof FIELDS)[number]]: unknown };
  const terms = candidates.flatMap((x, k) => {
    const rs = c.slice(k * width, (k + 1) * width);
    // A proposal may name any address: keep only real deals of this fund.
    if (rs.slice(0, FIELDS.length).some((r) => r.status !== "success")) return [];
    const f = Object.fromEntries(FIELDS.map((name, i) => [name, ok(rs[i])])) as Fields;
    if ((f.fund as Address).toLowerCase() !== x.set.fund.toLowerCase()) return [];
    const proposalState = x.proposal && rs[FIELDS.length].status === "success" ? Number(ok(rs[FIELDS.length])) : undefined;
    return [{ x, f, proposalState }];
  });

  // 4: tokens and oracles.
  const tokens = [...new Set(terms.flatMap(({ f }) => [(f.asset as Address).toLowerCase(), (f.projectToken as Address).toLowerCase()]))] as Address[];
  const oracles = [...new Set(terms.map(({ f }) => (f.oracle as Address).toLowerCase()))] as Address[];
  const d = await call([
    ...tokens.flatMap((t) => (["name", "symbol", "decimals"] as const).map((functionName) => ({ address: t, abi: erc20Abi, functionName }))),
    ...oracles.flatMap((o) => (["roundCount", "description", "decimals", "reporter"] as const).map((functionName) => ({ address: o, abi: oracleAbi, functionName }))),
    ...terms.flatMap(({ x, f }) => [f.asset, f.projectToken].map((t) => ({ address: t as Address, abi: erc20Abi, functionName: "balanceOf", args: [x.deal] }))),
  ]);
  const tokenInfo = new Map(tokens.map((t, i) => [t, { address: t, name: ok<string>(d[3 * i]), symbol: ok<string>(d[3 * i + 1]), decimals: Number(ok<number>(d[3 * i + 2])) }]));
  const o0 = 3 * tokens.length;
  const h0 = o0 + 4 * oracles.length;
  const oracleInfo = new Map(oracles.map((o, i) => [o, {
    count: ok<bigint>(d[o0 + 4 * i]), description: ok<string>(d[o0 + 4 * i + 1]), decimals: Number(ok<number>(d[o0 + 4 * i + 2])), reporter: ok<Address>(d[o0 + 4 * i + 3]),
  }]));

  // 5: the rounds each oracle needs (from its earliest deal's start; pending deals show recent history),
  // and who settled the deals that are over.
  const earliest = (o: Address) => terms.filter(({ f }) => (f.oracle as Address).toLowerCase() === o)
    .reduce((m, { f }) => (Number(f.state) === DealState.Pending ? m : (f.startedAt as bigint) < m ? (f.startedAt as bigint) : m), maxUint256);
  const done = terms.filter(({ f }) => Number(f.state) >= DealState.Exercised).map(({ x }) => x.deal);
  const settleLogs = (event: typeof exercisedEvent | typeof expiredEvent) =>
    readLogs<{ by: Address }>({ client, chainId, event, scope: only ?? factory.address, storage: browserStorage(), addresses: done, fromBlock: BigInt(fromBlock), toBlock: blockNumber });
  const [rounds, exercised, expired] = await Promise.all([
    Promise.all(oracles.map((o) => readRounds(call, o, oracleInfo.get(o)!.count, earliest(o)))),
    settleLogs(exercisedEvent),
    settleLogs(expiredEvent),
  ]);
  const settled = [...exercised, ...expired];
  const times = new Map(await Promise.all([...new Set(settled.map((l) => l.blockNumber))].map(async (n) => [n, (await client.getBlock({ blockNumber: n })).timestamp] as const)));
  const reportsOf = new Map(oracles.map((o, i) => [o, rounds[i]]));

  const deals = terms.map(({ x, f, proposalState }, k): Deal => {
    const oracle = (f.oracle as Address).toLowerCase() as Address;
    const info = oracleInfo.get(oracle)!;
    const t: DealTerms = {
      state: Number(f.state), start: BigInt(f.startedAt as bigint), startBy: BigInt(f.startBy as bigint), window: BigInt(f.window as bigint), duration: BigInt(f.duration as bigint),
      maxGap: BigInt(f.maxGap as bigint), target: f.target as bigint,
    };
    const reports = reportsOf.get(oracle)!;
    const log = settled.find((l) => l.address.toLowerCase() === x.deal.toLowerCase());
    return {
      address: x.deal,
      fund: { address: x.set.fund, name: x.fundName },
      project: f.project as Address,
      asset: tokenInfo.get((f.asset as Address).toLowerCase() as Address)!,
      projectToken: tokenInfo.get((f.projectToken as Address).toLowerCase() as Address)!,
      n1: f.n1 as bigint, p1: f.p1 as bigint, n2: f.n2 as bigint, p2: f.p2 as bigint,
      terms: t,
      projectEscrowed: f.projectEscrowed as boolean,
      claims: {
        state: Number(f.state), fundPart: f.fundPart as bigint, fundClaimed: f.fundClaimed as boolean,
        projectAssetsClaimed: f.projectAssetsClaimed as bigint, projectTokensClaimed: f.projectTokensClaimed as boolean,
      },
      held: { asset: ok<bigint>(d[h0 + 2 * k]), token: ok<bigint>(d[h0 + 2 * k + 1]) },
      unfed: Number(f.state) === DealState.Active && info.count >= (f.nextRound as bigint) ? info.count - (f.nextRound as bigint) + 1n : 0n,
      oracle: { address: f.oracle as Address, description: info.description, decimals: info.decimals, reporter: info.reporter, reports },
      proposal: x.proposal && proposalState !== undefined ? { ...x.proposal, state: proposalState } : undefined,
      settlement: log && { by: log.args.by, time: times.get(log.blockNumber)! },
      view: dealView(t, reports, now),
    };
  });
  return { block: blockNumber, now, deals };
}
