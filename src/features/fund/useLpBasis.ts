// What went into the fund's LP positions, from its LiquidityAdded and LiquidityRemoved logs, for
// the Holdings tab (loaded with it).
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { queryKeys } from "../../chain/index.ts";
import type { CachedLog } from "../../chain/logs.ts";
import { previousOfSame } from "../../chain/previousOfSame.ts";
import * as Fund from "../../chain/deployments/abis/items/Fund.ts";
import { lpBasis, type LiquidityEvent } from "../../domain/valuation/index.ts";
import { useLogs } from "./useFundLogs.ts";

type LiquidityArgs = { pair: Address; amount0: bigint; amount1: bigint; liquidity: bigint };

/** What went into each LP position the fund holds, by lower-case pair address. */
export function useLpBasis(address: Address, block: bigint | undefined) {
  const { chainId, read } = useLogs();
  return useQuery({
    queryKey: queryKeys.lpBasis(chainId, address, block),
    enabled: block !== undefined,
    placeholderData: previousOfSame(queryKeys.lpBasis(chainId, address, block)),
    queryFn: async () => {
      const [added, removed] = await Promise.all([
        read<LiquidityArgs>(Fund.LiquidityAdded, address, block!),
        read<LiquidityArgs>(Fund.LiquidityRemoved, address, block!),
      ]);
      const tag = (kind: LiquidityEvent["kind"]) => (l: CachedLog<LiquidityArgs>) => ({ ...l, kind });
      const all = [...added.map(tag("add")), ...removed.map(tag("remove"))].sort((a, b) =>
        a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
      );
      const pairs = [...new Set(all.map((l) => l.args.pair.toLowerCase()))];
      return new Map(
        pairs.map((p) => [
          p,
          lpBasis(all.filter((l) => l.args.pair.toLowerCase() === p).map((l) => ({ kind: l.kind, ...l.args }))),
        ]),
      );
    },
  });
}
