// What the deal contract holds, what each side can claim now, and the project team's own
// view when its account is connected.
import type { Address } from "viem";
import { useAccount } from "../../chain/account.ts";
import { fundClaimable, projectClaimable, type Leg } from "../../domain/vam/index.ts";
import { formatDate } from "../../lib/dates.ts";
import { shortAddress } from "../../lib/format.ts";
import { amount } from "./format.ts";
import type { Deal } from "./readDeals.ts";

function outcome(d: Deal): string {
  const n2 = amount(d.n2, d.asset);
  const p2 = amount(d.p2, d.projectToken);
  const on = d.settlement ? ` on ${formatDate(d.settlement.time)}` : "";
  switch (d.view.status) {
    case "exercised":
      return `Exercised${on}: ${n2} goes to the project and ${p2} to the fund, each claimed by its owner.`;
    case "expired":
      return `Expired${on}: ${n2} goes back to the fund and ${p2} back to the project, each claimed by its owner.`;
    case "window-closed":
      return (
        `The window closed unexercised: once expired, ${n2} is owed back to the fund and ${p2} back to ` +
        `the project.`
      );
    case "lapsed":
      return "The deal never started: the fund put nothing in, and the project can take its escrow back.";
    default:
      return (
        `If exercised, the project receives ${n2} and the fund ${p2}. If the window closes first, ${n2} ` +
        `goes back to the fund and ${p2} back to the project. Each side claims its own leg.`
      );
  }
}

/** "1 USDC and 2 ORB", "1 USDC", "nothing". */
export function legText(leg: Leg, d: Deal): string {
  const parts = [
    leg.assets > 0n && amount(leg.assets, d.asset),
    leg.tokens > 0n && amount(leg.tokens, d.projectToken),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" and ") : "nothing";
}

function ProjectView({ d }: { d: Deal }) {
  const total = amount(d.p1 + d.p2, d.projectToken);
  const p2 = amount(d.p2, d.projectToken);
  const n2 = amount(d.n2, d.asset);
  const text: Record<Deal["view"]["status"], string> = {
    pending: d.projectEscrowed
      ? `You have escrowed ${total}. Until the fund's approval starts the deal you can take it back.`
      : `Escrow ${total} so that the fund's approval can start the deal.`,
    lapsed: d.projectEscrowed
      ? `The deal lapsed unstarted: take your ${total} back.`
      : "The deal lapsed unstarted: nothing of yours is in it.",
    active:
      `You escrowed ${total}; the first ${amount(d.p1, d.projectToken)} went to the fund for ` +
      `${amount(d.n1, d.asset)}, which you can claim. ${p2} stays in escrow: it buys ${n2} if tranche 2 is ` +
      `exercised, or comes back to you when the window closes.`,
    exercisable:
      `The condition holds: exercising tranche 2 makes ${n2} yours for the ${p2} in escrow. Anyone ` +
      `may exercise it now.`,
    "window-closed": `The window closed unexercised: once expired, your ${p2} is yours to claim.`,
    exercised:
      projectClaimable(d, d.claims).assets > 0n
        ? `Tranche 2 was exercised: ${n2} is yours to claim for ${p2}.`
        : `Tranche 2 was exercised: you received ${n2} for ${p2}.`,
    expired: d.claims.projectTokensClaimed
      ? `The deal expired: your ${p2} came back to you.`
      : `The deal expired: your ${p2} is yours to claim back.`,
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
  const isProject = !!address && address.toLowerCase() === (d.project as Address).toLowerCase();
  const started = d.view.status !== "pending" && d.view.status !== "lapsed";
  const row = "flex flex-wrap justify-between gap-x-3";
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid gap-1">
        <div className={row}>
          <dt>Held in escrow</dt>
          <dd className="font-mono" data-testid="escrow-held">
            {amount(d.held.asset, d.asset)} · {amount(d.held.token, d.projectToken)}
          </dd>
        </div>
        {started && (
          <>
            <div className={row}>
              <dt>Claimable by the fund</dt>
              <dd className="font-mono" data-testid="claimable-fund">
                {legText(fundClaimable(d, d.claims), d)}
              </dd>
            </div>
            <div className={row}>
              <dt>Claimable by the project</dt>
              <dd className="font-mono" data-testid="claimable-project">
                {legText(projectClaimable(d, d.claims), d)}
              </dd>
            </div>
          </>
        )}
        <div className={row}>
          <dt>Project team</dt>
          <dd className="font-mono" title={d.project}>
            {shortAddress(d.project)}
          </dd>
        </div>
      </dl>
      <p className="text-subtle" data-testid="deal-outcome">
        {outcome(d)}
      </p>
      {isProject && <ProjectView d={d} />}
    </div>
  );
}
