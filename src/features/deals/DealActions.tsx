// Tranche 2 for anyone while exercisable, expiry for anyone once the window closed, and the
// project's withdrawal while the fund has not joined.
import { useAccount } from "wagmi";
import { abiOf } from "../../chain/index.ts";
import type { TxPlan } from "../../chain/tx/index.ts";
import { TxButton } from "../../components/TxButton.tsx";
import { formatDateTime, formatDuration } from "../../lib/durations.ts";
import { amount } from "./format.ts";
import type { Deal } from "./readDeals.ts";

const dealAbi = abiOf(31337, "VamDeal");

const messages = (d: Deal): TxPlan["messages"] => ({
  ConditionNotMet: ([longest, required]) =>
    `The condition does not hold on the chain: the longest run is ${formatDuration(BigInt(longest as bigint))} of the ${formatDuration(BigInt(required as bigint))} required.`,
  WrongState: () => "The deal was settled meanwhile: it no longer allows this.",
  WindowClosed: () => `The window closed on ${formatDateTime(d.view.deadline ?? 0n)}: tranche 2 can no longer be exercised.`,
});

const plan = (d: Deal, title: string, label: string, functionName: string): (() => TxPlan) => () => ({
  title,
  messages: messages(d),
  steps: [{ label, request: { address: d.address, abi: dealAbi, functionName } }],
});

export function DealActions({ d }: { d: Deal }) {
  const { address } = useAccount();
  const name = d.projectToken.name;
  if (d.view.status === "exercisable") {
    return (
      <div className="space-y-1">
        <TxButton testId="exercise" label="Exercise tranche 2" connectLabel="Connect a wallet to exercise tranche 2"
          plan={plan(d, `Exercise tranche 2 of ${name}`, "Exercise tranche 2", "exercise")} />
        <p className="text-xs text-subtle">Anyone may exercise: the fund pays {amount(d.n2, d.asset)} from escrow and receives {amount(d.p2, d.projectToken)}. A keeper normally does it within a day.</p>
      </div>
    );
  }
  if (d.view.status === "window-closed") {
    return <TxButton testId="expire" label="Settle expiry" connectLabel="Connect a wallet to settle expiry" variant="secondary" plan={plan(d, `Expire the ${name} deal`, "Expire", "expire")} />;
  }
  const isProject = !!address && address.toLowerCase() === d.project.toLowerCase();
  if (d.view.status === "pending" && isProject && d.projectEscrowed && !d.fundEscrowed) {
    return <TxButton testId="withdraw" label="Withdraw escrow" connectLabel="Connect a wallet" variant="secondary" plan={plan(d, `Withdraw the ${name} escrow`, "Withdraw escrow", "withdrawProject")} />;
  }
  return null;
}
