import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { Address } from "viem";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, READ_REFRESH_MS, useAppChainId } from "../../chain/index.ts";
import { NoSuchFund } from "../../chain/readFundRaw.ts";
import { advise, type Objective } from "../../domain/advisor/index.ts";
import { timed } from "../../lib/timed.ts";
import { readAdvisor, type AdvisorRead } from "./readAdvisor.ts";

/** The fund's raw reads and its feeds' rounds over the longest lookback, at one block. */
export function useAdvisorRead(fund: Address) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.advisor(chainId, fund),
    enabled: !!client,
    refetchInterval: READ_REFRESH_MS,
    retry: (n, e) => !(e instanceof NoSuchFund) && n < 2,
    queryFn: () => readAdvisor(client!, chainId, fund),
  });
}

export const guidelinesOf = (read: AdvisorRead) =>
  read.raw.assets.map((a) => read.guidelines.get(a.token.toLowerCase()) ?? { allowed: false, maxWeightBps: 0 });

/** The fund's limits on a manager operation, which the swap plan keeps to. */
export const limitsOf = (read: AdvisorRead) => ({
  maxLpBps: read.maxLpBps,
  maxSlippageBps: read.raw.maxSlippageBps,
  minCashBps: read.raw.minCashBps,
});

/**
 * The advice for the chosen objective, on the main thread: a few milliseconds for a fund's
 * handful of assets (`npm run bench`, part advisor, reads the "advice" measure in Chromium).
 */
export function useAdvice(
  read: AdvisorRead,
  objective: Objective,
  lookbackDays: number,
  targetVol: number | undefined,
) {
  return useMemo(
    () =>
      timed("evergreen:advice", () =>
        advise({
          raw: read.raw,
          guidelines: guidelinesOf(read),
          rounds: read.rounds,
          vaults: read.vaults,
          lookbackDays,
          objective,
          targetVol,
          maxSlippageBps: read.raw.maxSlippageBps,
        }),
      ),
    [read, objective, lookbackDays, targetVol],
  );
}
