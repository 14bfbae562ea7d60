// What the connected account owns of the fund at the page's block: its shares at the intrinsic
// value, and, when it holds manager tokens, its holder value (credited fee shares plus its tokens
// at the per-token value, DESIGN §3), in the unit shown.
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useAccount } from "../../chain/account.ts";
import { useReadClient } from "../../chain/readClient.ts";
import { feeSplitterAbi } from "../../chain/deployments/abis/FeeSplitter.ts";
import { managerTokenAbi } from "../../chain/deployments/abis/ManagerToken.ts";
import { fundAbi, queryKeys, useAppChainId } from "../../chain/index.ts";
import { holderValue, toAssets } from "../../domain/valuation/index.ts";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";
import { amount, moneyOf } from "./format.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

const tokenAbi = managerTokenAbi;
const splitterAbi = feeSplitterAbi;
const card = "rounded-lg border border-line bg-surface p-3";

function useHoldings(d: FundData, account: Address | undefined) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.holderValue(chainId, d.set.fund, account, d.block),
    enabled: !!account && !!client,
    queryFn: async (): Promise<readonly bigint[]> => {
      const shares = { address: d.set.fund, abi: fundAbi, functionName: "balanceOf", args: [account!] } as const;
      // An investor-governed fund has no manager token and no splitter: only its shares are read.
      if (isInvestorGoverned(d.set)) return [await client!.readContract({ ...shares, blockNumber: d.block }), 0n, 0n];
      return client!.multicall({
        allowFailure: false,
        blockNumber: d.block,
        contracts: [
          shares,
          { address: d.set.managerToken, abi: tokenAbi, functionName: "balanceOf", args: [account!] },
          { address: d.set.feeSplitter, abi: splitterAbi, functionName: "credited", args: [account!] },
        ] as const,
      });
    },
  });
}

export function YourValue({ d, u }: { d: FundData; u: Unit }) {
  const { address } = useAccount();
  const q = useHoldings(d, address);
  if (!address)
    return (
      <section data-testid="your-value" className={`${card} text-sm text-subtle`}>
        Connect a wallet to see what your shares and manager tokens are worth here.
      </section>
    );
  const i = d.snapshot.intrinsic;
  const [shares, tokens, credited] = (q.data ?? []) as readonly bigint[];
  const excluded = d.excludedHolders.some((a) => a.toLowerCase() === address.toLowerCase());
  const mine = q.data && toAssets(shares, i.nav, i.supply);
  const holder = q.data && tokens + credited > 0n ? holderValue(i, { balance: tokens, credited, excluded }) : undefined;
  return (
    <section aria-labelledby="your-value-title" data-testid="your-value" aria-busy={!q.data || undefined}>
      <h2 id="your-value-title" className="mb-2 text-sm font-medium">
        Your value
      </h2>
      {q.error ? (
        <p className="text-sm text-subtle">Your balances could not be read.</p>
      ) : (
        <dl className="grid gap-2 sm:grid-cols-2">
          <div className={card}>
            <dt className="text-xs text-subtle">
              Your shares{q.data ? ` (${amount(shares, d.decimals)} ${d.symbol})` : ""} at the intrinsic value
            </dt>
            <dd data-testid="your-shares-value" data-value={mine?.toString()} className="break-all font-mono">
              {mine === undefined ? <span className="text-subtle">…</span> : moneyOf(u.now(mine))}
            </dd>
          </div>
          {holder && (
            <div className={card}>
              <dt className="text-xs text-subtle">
                Your manager tokens ({amount(tokens, 18)}){excluded ? ", excluded from the fees," : ""}: credited fee
                shares plus the tokens at the per-token value
              </dt>
              <dd data-testid="your-holder-value" data-value={holder.value.toString()} className="break-all font-mono">
                {moneyOf(u.now(holder.value))}
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
