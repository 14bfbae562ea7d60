// Where an investor-governed fund's fee shares go: it has no fee splitter and no manager token.
// The recipient was named at the fund's creation; with none named (and so no fee) it is the
// fund's timelock, which its investors govern.
import { useQuery } from "@tanstack/react-query";
import { useReadClient } from "../../chain/readClient.ts";
import { fundAbi, queryKeys, useAppChainId } from "../../chain/index.ts";
import { shortAddress } from "../../lib/format.ts";
import type { FundData } from "./types.ts";

export function FeeRecipient({ d }: { d: FundData }) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  const q = useQuery({
    queryKey: [...queryKeys.fund(chainId, d.set.fund), "fee-recipient"],
    enabled: !!client,
    staleTime: Number.POSITIVE_INFINITY, // fixed at creation
    queryFn: () => client!.readContract({ address: d.set.fund, abi: fundAbi, functionName: "feeSplitter" }),
  });
  const charges = d.raw.fees.managementBps > 0n || d.raw.fees.performanceBps > 0n;
  const toTimelock = q.data?.toLowerCase() === d.set.timelock.toLowerCase();
  return (
    <ol data-testid="fee-flow" className="mt-1 list-decimal space-y-1 pl-5 text-subtle">
      <li>
        {charges
          ? "Each accrual mints new fund shares worth the fees, diluting investors by exactly that amount."
          : "This fund charges no management or performance fee: no fee shares are minted."}
      </li>
      <li data-testid="fee-recipient">
        {q.error ? (
          "The fee recipient could not be read."
        ) : !q.data ? (
          <span aria-busy="true">Reading the fee recipient…</span>
        ) : (
          <>
            {toTimelock
              ? "Fee shares governance may decide on go to the fund's timelock, which its investors govern"
              : "The shares go to the recipient named at the fund's creation"}{" "}
            <span className="font-mono text-fg" title={q.data}>
              {shortAddress(q.data)}
            </span>
            .
          </>
        )}
      </li>
      <li>This fund has no manager token and no fee splitter: its investors govern it with their shares.</li>
    </ol>
  );
}
