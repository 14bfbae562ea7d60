// Everything the advice needs from the chain, pinned to one block: the fund's raw reads (the
// valuation engine's inputs) and each listed asset's feed rounds over the longest lookback.
// The feeds keep every round (RoundHistory), so one `roundsBetween` per feed covers it; the
// window is widened only if the feed was updated more often than daily.
import type { Address, PublicClient } from "viem";
import { abiOf } from "../../chain/contracts.ts";
import { readFundRaw, type FundRead } from "../../chain/readFundRaw.ts";
import { DAY, type Rounds } from "../../domain/advisor/index.ts";

const fundAbi = abiOf(31337, "Fund");
const feedAbi = abiOf(31337, "MockAggregator");

/** The longest lookback the page offers, in days. */
export const MAX_LOOKBACK_DAYS = 365;

export interface AdvisorRead extends FundRead {
  rounds: Rounds[];
}

export async function readAdvisor(client: PublicClient, fund: Address): Promise<AdvisorRead> {
  const read = await readFundRaw(client, fund);
  const blockNumber = read.block;
  const tokens = read.raw.assets.map((a) => a.token as Address);
  const configs = await client.multicall({
    allowFailure: false, blockNumber,
    contracts: tokens.map((t) => ({ address: fund, abi: fundAbi, functionName: "assetConfig", args: [t] }) as const),
  });
  const feeds = configs.map((c) => c.feed);
  const counts = await client.multicall({
    allowFailure: false, blockNumber,
    contracts: feeds.map((f) => ({ address: f, abi: feedAbi, functionName: "roundCount" }) as const),
  });
  const start = read.raw.timestamp - BigInt(MAX_LOOKBACK_DAYS + 1) * DAY;
  const rounds: Rounds[] = feeds.map(() => ({ answers: [], times: [] }));
  // How many rounds back each feed still needs; 0 once its window reaches the start.
  const want = counts.map((c) => (c > 0n ? BigInt(MAX_LOOKBACK_DAYS + 2) : 0n));
  const have = counts.map(() => 0n);
  while (want.some((w, i) => w > have[i])) {
    const todo = want.flatMap((w, i) => (w > have[i] ? [i] : []));
    const res = await client.multicall({
      allowFailure: false, blockNumber,
      contracts: todo.map((i) => {
        const to = counts[i] - have[i];
        const from = counts[i] - want[i] + 1n > 1n ? counts[i] - want[i] + 1n : 1n;
        return { address: feeds[i], abi: feedAbi, functionName: "roundsBetween", args: [from, to] } as const;
      }),
    });
    todo.forEach((i, k) => {
      const [answers, times] = res[k] as readonly [readonly bigint[], readonly bigint[]];
      rounds[i] = { answers: [...answers, ...rounds[i].answers], times: [...times.map(BigInt), ...rounds[i].times] };
      have[i] = BigInt(rounds[i].answers.length);
      const reached = rounds[i].times.length === 0 || rounds[i].times[0] <= start || have[i] >= counts[i];
      want[i] = reached ? have[i] : have[i] * 4n;
    });
  }
  return { ...read, rounds };
}
