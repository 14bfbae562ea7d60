import { useQuery } from "@tanstack/react-query";
import { getAbiItem, type Address } from "viem";
import { usePublicClient } from "wagmi";
import { deploymentOf, evergreenLocal, fundAbi, READ_REFRESH_MS } from "../../chain/index.ts";
import { readLogs } from "../../chain/logs.ts";
import { NoSuchFund, readFundRaw } from "../../chain/readFundRaw.ts";
import { navSeries, type NavRecord } from "../../domain/history/index.ts";
import { fundSnapshot } from "../../domain/valuation/index.ts";

const chainId = evergreenLocal.id;
const event = getAbiItem({ abi: fundAbi, name: "NavRecorded" });
const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** The fund's raw reads at one block and the engine's snapshot of them. */
export function useFund(address: Address) {
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: ["fund", chainId, address],
    enabled: !!client,
    refetchInterval: READ_REFRESH_MS,
    retry: (n, e) => !(e instanceof NoSuchFund) && n < 2,
    queryFn: async () => {
      const read = await readFundRaw(client!, address);
      return { ...read, snapshot: fundSnapshot(read.raw) };
    },
  });
}

/** NAV per share and TVL (GAV) over the fund's life, from its NavRecorded logs. */
export function useFundHistory(address: Address, decimals: number | undefined, block: bigint | undefined) {
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: ["fund-history", chainId, address, block?.toString()],
    enabled: !!client && decimals !== undefined && block !== undefined,
    queryFn: async () => {
      const logs = await readLogs<NavRecord>({ client: client!, chainId, event, scope: address, storage: storage(), addresses: [address], fromBlock, toBlock: block! });
      const records = logs.map((l) => l.args);
      return { nav: navSeries(records, decimals!), tvl: records.map((r) => ({ t: r.timestamp, gav: r.gav })) };
    },
  });
}
