// What the account can still claim of the funds' distributions to investors, by fund, each part
// computed from its shares at the distribution's snapshot; one click claims a fund's parts.
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { readClaimable, type ClaimableFund } from "../../chain/distributions.ts";
import { distributorAbi } from "../../chain/deployments/abis/Distributor.ts";
import { isSupportedChainId, queryKeys, readErrorMessage, useAppChainId } from "../../chain/index.ts";
import { useReadClient } from "../../chain/readClient.ts";
import type { TxPlan } from "../../chain/tx/index.ts";
import { TxButton } from "../../components/TxButton.tsx";
import { formatDate } from "../../lib/dates.ts";
import { formatTokenAmount } from "../../lib/format.ts";

const exact = (v: bigint, f: ClaimableFund) =>
  formatTokenAmount(v, f.asset.decimals, f.asset.symbol, { maximumFractionDigits: f.asset.decimals });

const messages: TxPlan["messages"] = {
  AlreadyClaimed: () => "This part was claimed meanwhile (anyone may claim it for you, and the money went to you).",
  NothingToClaim: () => "You held no shares of this fund at the distribution's snapshot, so nothing is yours to claim.",
  UnknownDistribution: () => "This distribution does not exist on this chain.",
};

function useClaimable(account: Address) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.distributions(chainId, undefined, account),
    enabled: !!client && isSupportedChainId(chainId),
    queryFn: () => readClaimable(client!, chainId as never, account),
  });
}

export function ClaimableDistributions({ account }: { account: Address }) {
  const q = useClaimable(account);
  if (q.error)
    return (
      <p role="alert" className="text-sm text-danger">
        Your distributions could not be read: {readErrorMessage(q.error)}
      </p>
    );
  if (!q.data || (q.data.funds.length === 0 && q.data.unreadable.length === 0)) return null;
  const { funds, unreadable } = q.data;
  return (
    <section aria-labelledby="distributions-title" className="space-y-3" data-testid="claimable-distributions">
      <h2 id="distributions-title" className="text-lg font-semibold">
        Distributions to claim
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {funds.map((f) => {
          const total = f.rows.reduce((s, r) => s + r.amount, 0n);
          return (
            <li
              key={f.fund}
              data-testid="claimable-fund"
              data-fund={f.fund}
              data-total={total.toString()}
              className="space-y-2 rounded-xl border border-line bg-surface p-4"
            >
              <p className="font-medium">{f.name}</p>
              <ul className="space-y-1 text-sm">
                {f.rows.map((r) => (
                  <li key={r.distribution.id.toString()} className="flex flex-wrap justify-between gap-x-3">
                    <span className="text-subtle">
                      Set aside {formatDate(r.distribution.time)}, for holders at {formatDate(r.distribution.snapshot)}
                    </span>
                    <span data-testid="claimable-amount" data-value={r.amount.toString()} className="font-mono">
                      {exact(r.amount, f)}
                    </span>
                  </li>
                ))}
              </ul>
              <TxButton
                testId="claim-distributions"
                label={`Claim ${exact(total, f)}`}
                connectLabel="Connect a wallet to claim"
                plan={() => ({
                  title: `Claim ${exact(total, f)} from ${f.name}`,
                  messages,
                  steps: [
                    {
                      label: "Claim",
                      request: {
                        address: f.distributor,
                        abi: distributorAbi,
                        functionName: "claimMany",
                        args: [f.rows.map((r) => r.distribution.id), account],
                      },
                    },
                  ],
                })}
              />
            </li>
          );
        })}
      </ul>
      {unreadable.length > 0 && (
        <p data-testid="claimable-unreadable" className="text-sm text-subtle">
          {unreadable.length === 1 ? "One fund's distributions" : `${unreadable.length} funds' distributions`} could not
          be read (a token or contract of theirs failed): anything of yours there is not listed.
        </p>
      )}
    </section>
  );
}
