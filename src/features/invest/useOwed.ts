// What the fund keeps owed to an account: the slices of earlier in-kind exits whose transfer
// failed (a paused or hostile token), one `owed(token, account)` per token the fund can pay.
import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { fundAbi, useAppChainId } from "../../chain/index.ts";

export function useOwed(fund: Address, tokens: readonly Address[], account: Address | undefined) {
  const chainId = useAppChainId();
  const q = useReadContracts({
    allowFailure: false,
    query: { enabled: !!account && tokens.length > 0 },
    contracts: tokens.map(
      (t) =>
        ({
          chainId,
          address: fund,
          abi: fundAbi,
          functionName: "owed",
          args: [t, account!],
        }) as const,
    ),
  });
  const owed =
    q.data && tokens.map((token, i) => ({ token, amount: q.data[i] as bigint })).filter((x) => x.amount > 0n);
  return { ...q, owed };
}
