// What the deal contract holds, what each side gets in either outcome, and the project team's
// own view when its account is connected.
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { escrowHeld } from "../../domain/vam/index.ts";
import { formatDate } from "../../lib/durations.ts";
import { shortAddress } from "../../lib/format.ts";
import { amount } from "./format.ts";
import type { Deal } from "./readDeals.ts";

function outcome(d: Deal): string {
  const n2 = amount(d.n2, d.asset);
  const p2 = amount(d.p2, d.projectToken);
  switch (d.view.status) {
    case "exercised": return `Settled${d.settlement ? ` on ${formatDate(d.settlement.time)}` : ""}: the project received ${n2} and the fund ${p2}.`;
    case "expired": return `Refunded${d.settlement ? ` on ${formatDate(d.settlement.time)}` : ""}: ${n2} went back to the fund and ${p2} back to the project.`;
    case "window-closed": return `The window closed unexercised: on expiry ${n2} goes back to the fund and ${p2} back to the project.`;
    default: return `If exercised, the project receives ${n2} and the fund ${p2}. If the window closes first, ${n2} goes back to the fund and ${p2} back to the project.`;
  }
}

function ProjectView({ d }: { d: Deal }) {
  const total = amount(d.p1 + d.p2, d.projectToken);
  const p2 = amount(d.p2, d.projectToken);
  const n2 = amount(d.n2, d.asset);
  const text: Record<Deal["view"]["status"], string> = {
    pending: d.projectEscrowed
      ? `You have escrowed ${total}. Until the fund joins you can take it back.`
      : `Escrow ${total} to start the deal once governance approves it.`,
    active: `You escrowed ${total} and received ${amount(d.n1, d.asset)} for the first ${amount(d.p1, d.projectToken)}. ${p2} stays in escrow: it buys ${n2} if tranche 2 is exercised, or comes back to you when the window closes.`,
    exercisable: `The condition holds: exercising tranche 2 pays you ${n2} for the ${p2} in escrow. Anyone may exercise it now.`,
    "window-closed": `The window closed unexercised: calling expiry returns your ${p2}.`,
    exercised: `Tranche 2 was exercised: you received ${n2} for ${p2}.`,
    expired: `The deal expired: your ${p2} came back to you.`,
  };
  return (
    <div data-testid="project-view" className="rounded-lg border border-brand/60 bg-brand/5 p-3 text-sm">
      <p className="font-medium">Your escrow as the project team</p>
      <p className="mt-1 text-subtle">{text[d.view.status]}</p>
    </div>
  );
}

export function Escrow({ d }: { d: Deal }) {
  const { address } = useAccount();
  const held = escrowHeld(d.terms.state, d.projectEscrowed, d.fundEscrowed, d);
  const isProject = !!address && address.toLowerCase() === (d.project as Address).toLowerCase();
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid gap-1">
        <div className="flex flex-wrap justify-between gap-x-3">
          <dt>Held in escrow</dt>
          <dd className="font-mono" data-testid="escrow-held">{amount(held.asset, d.asset)} · {amount(held.token, d.projectToken)}</dd>
        </div>
        <div className="flex flex-wrap justify-between gap-x-3">
          <dt>Project team</dt>
          <dd className="font-mono" title={d.project}>{shortAddress(d.project)}</dd>
        </div>
      </dl>
      <p className="text-subtle" data-testid="deal-outcome">{outcome(d)}</p>
      {isProject && <ProjectView d={d} />}
    </div>
  );
}
