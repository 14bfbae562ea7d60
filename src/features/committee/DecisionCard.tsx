import type { Address } from "viem";
import { actionsFor, type DecisionState, type Member, type RawDecision } from "../../domain/committee/index.ts";
import type { TxPlan } from "../../chain/tx/index.ts";
import { fundCommitteeAbi } from "../../chain/deployments/abis/FundCommittee.ts";
import { TxButton } from "../../components/TxButton.tsx";
import { formatDateTime } from "../../lib/dates.ts";
import { shortAddress } from "../../lib/format.ts";
import { callText, committeeMessages } from "./format.ts";
import type { Call, Pair, Token } from "./readCommittee.ts";
import { StateBadge } from "./StateBadge.tsx";

export type Row = RawDecision & { call: Call; state: DecisionState; counted: Address[] };

interface Props {
  d: Row;
  committee: Address;
  members: readonly Member[];
  threshold: bigint;
  now: bigint;
  account?: Address;
  pairs: readonly Pair[];
  tokens: ReadonlyMap<string, Token>;
}

const plan =
  (committee: Address, title: string, functionName: "approve" | "execute" | "cancel", id: bigint) => (): TxPlan => ({
    title,
    messages: committeeMessages,
    steps: [{ label: title, request: { address: committee, abi: fundCommitteeAbi, functionName, args: [id] } }],
  });

export function DecisionCard({ d, committee, members, threshold, now, account, pairs, tokens }: Props) {
  const can = actionsFor(d, members, threshold, now, account);
  const open = d.state === "proposed" || d.state === "approved";
  const text = callText(d.call, pairs, tokens);
  const counted = new Set(d.counted.map((a) => a.toLowerCase()));
  return (
    <li data-testid="decision" data-id={String(d.id)} className="rounded-xl border border-line bg-surface p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-medium">
          <span className="text-subtle">#{String(d.id)} </span>
          {text}
        </p>
        <StateBadge state={d.state} />
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-subtle">Proposed by </dt>
          <dd className="inline font-mono">{shortAddress(d.proposer)}</dd>
          <dd className="inline text-subtle"> on {formatDateTime(d.proposedAt)}</dd>
        </div>
        <div>
          <dt className="inline text-subtle">
            {open ? "Expires " : d.state === "expired" ? "Expired " : "Was open until "}
          </dt>
          <dd className="inline">{formatDateTime(d.expiresAt)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline text-subtle">Approvals </dt>
          <dd className="inline" data-testid="decision-approvals">
            {open ? `${d.counted.length} of ${threshold} needed` : `${d.counted.length} counted`}
            {d.approvers.length > 0 && ": "}
            {d.approvers.map((a, i) => (
              <span key={a}>
                {i > 0 && ", "}
                <span className="font-mono">{shortAddress(a)}</span>
                {!counted.has(a.toLowerCase()) && <span className="text-subtle"> (no longer counts)</span>}
              </span>
            ))}
          </dd>
        </div>
      </dl>
      {open && (
        <div className="mt-3 flex flex-wrap gap-2">
          {(can.approve || !account) && (
            <TxButton
              testId="decision-approve"
              label="Approve"
              connectLabel="Connect a member's wallet to approve"
              plan={plan(committee, `Approve decision #${d.id}`, "approve", d.id)}
            />
          )}
          {can.execute && (
            <TxButton
              testId="decision-execute"
              label="Execute"
              connectLabel="Connect a wallet"
              plan={plan(committee, `Execute decision #${d.id}: ${text}`, "execute", d.id)}
            />
          )}
          {can.cancel && (
            <TxButton
              testId="decision-cancel"
              variant="secondary"
              label="Cancel"
              connectLabel="Connect a wallet"
              plan={plan(committee, `Cancel decision #${d.id}`, "cancel", d.id)}
            />
          )}
          {account && can.why && <p className="text-xs text-subtle">{can.why}</p>}
        </div>
      )}
    </li>
  );
}
