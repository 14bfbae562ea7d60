// The committee template: governance elects, replaces or removes a member of the fund's
// investment committee, or sets how many members must approve each decision (FundCommittee).
import { encodeFunctionData, type Address } from "viem";
import type { GovAbis, RawAction } from "./decode.ts";
import { parseAddress, parseDate } from "./input.ts";
import type { Built, Errors } from "./templates.ts";

export type CommitteeAction = "elect" | "replace" | "remove" | "threshold";
export interface CommitteeForm {
  action: CommitteeAction;
  /** The committee contract: the fund's manager when a committee manages it already. */
  committee: string;
  member: string;
  /** The member replacing `member`. */
  replacement: string;
  /** YYYY-MM-DD, the end of the (new) member's term. */
  termEnd: string;
  threshold: string;
}

export interface CommitteeEnv {
  abis: Pick<GovAbis, "committee">;
  /** The committee's members now, when known (a threshold above their number is refused). */
  members?: number;
  /** Unix seconds now: a term must end after it. */
  now: bigint;
}

export function buildCommittee(f: CommitteeForm, env: CommitteeEnv): Built<CommitteeForm> {
  const errors: Errors<CommitteeForm> = {};
  const committee = parseAddress(f.committee);
  if (!committee.ok) errors.committee = committee.error;
  const member = parseAddress(f.member);
  if (f.action !== "threshold" && !member.ok) errors.member = member.error;
  const replacement = parseAddress(f.replacement);
  if (f.action === "replace" && !replacement.ok) errors.replacement = replacement.error;
  const term = parseDate(f.termEnd);
  if (f.action === "elect" || f.action === "replace") {
    if (!term.ok) errors.termEnd = term.error;
    else if (term.value <= env.now) errors.termEnd = "The term must end in the future.";
  }
  const m = /^\d{1,2}$/.test(f.threshold.trim()) ? BigInt(f.threshold.trim()) : 0n;
  if (f.action === "threshold") {
    if (m < 1n) errors.threshold = "At least 1 approval.";
    else if (env.members !== undefined && m > BigInt(env.members))
      errors.threshold = `At most ${env.members}: the committee's members.`;
  }
  if (Object.keys(errors).length || !committee.ok) return { ok: false, errors };
  const call = (
    functionName: "elect" | "replace" | "remove" | "setThreshold",
    args: readonly unknown[],
  ): RawAction => ({
    target: committee.value as Address,
    value: 0n,
    calldata: encodeFunctionData({ abi: env.abis.committee, functionName, args } as never),
  });
  const who = member.ok ? member.value : undefined;
  const end = term.ok ? term.value : 0n;
  const action =
    f.action === "elect"
      ? call("elect", [who, end])
      : f.action === "replace"
        ? call("replace", [who, replacement.ok ? replacement.value : undefined, end])
        : f.action === "remove"
          ? call("remove", [who])
          : call("setThreshold", [m]);
  return { ok: true, actions: [action] };
}
