// The fund's fee accruals from its FeesAccrued logs, for the Fees tab (loaded with it).
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { queryKeys } from "../../chain/index.ts";
import { previousOfSame } from "../../chain/previousOfSame.ts";
import { blockTimes } from "../../chain/blockTimes.ts";
import * as Fund from "../../chain/deployments/abis/items/Fund.ts";
import { accrualTimes, feesPaid, type TimedFee } from "../../domain/history/index.ts";
import { type NavLog, useLogs } from "./useFundLogs.ts";

type FeeArgs = { managementFee: bigint; performanceFee: bigint; feeShares: bigint };

/** Every fee accrual with its time, and their totals. */
export function useFeesPaid(address: Address, block: bigint | undefined, navLogs: readonly NavLog[] | undefined) {
  const { chainId, read } = useLogs();
  return useQuery({
    queryKey: queryKeys.feesPaid(chainId, address, block),
    enabled: block !== undefined && navLogs !== undefined,
    placeholderData: previousOfSame(queryKeys.feesPaid(chainId, address, block)),
    queryFn: async () => {
      const logs = await read<FeeArgs>(Fund.FeesAccrued, address, block!);
      const accruals = logs.map((l) => ({ blockNumber: l.blockNumber, logIndex: l.logIndex, ...l.args }));
      const times = accrualTimes(
        accruals,
        navLogs!.map((n) => ({ blockNumber: n.blockNumber, logIndex: n.logIndex, timestamp: n.args.timestamp })),
      );
      // An accrual without a NavRecorded beside it (a manager's operation, a change of fees) takes its
      // block's time: settled ones from the history store, the rest in one batched request.
      const missing = accruals.filter((_, i) => times[i] === undefined).map((a) => a.blockNumber);
      const ofBlocks = await blockTimes(chainId, missing, block!);
      const timed: TimedFee[] = accruals.map((a, i) => ({
        ...a,
        t: times[i] ?? ofBlocks.get(a.blockNumber)!,
      }));
      return { timed, totals: feesPaid(timed) };
    },
  });
}
