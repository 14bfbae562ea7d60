// Which governance proposal granted an award: awards are minted by the timelock when a
// proposal executes, so the proposal is the executed one with an `award` call carrying the
// same arguments — the one executed in the award's block when several carry it.
import { decodeFunctionData, type Abi, type Address, type Hex } from "viem";
import type { Award } from "./vesting.ts";

export interface ExecutedProposal {
  id: bigint;
  description: string;
  targets: readonly Address[];
  calldatas: readonly Hex[];
  /** Block of its ProposalExecuted event. */
  executedBlock: bigint;
}

function awardArgs(abi: Abi, data: Hex): readonly unknown[] | undefined {
  try {
    const d = decodeFunctionData({ abi, data });
    return d.functionName === "award" ? d.args : undefined;
  } catch {
    return undefined;
  }
}

const sameAward = (args: readonly unknown[], a: Award) => {
  const [contributor, amount, category, start, duration, memo] = args as [
    Address,
    bigint,
    number,
    bigint,
    bigint,
    string,
  ];
  return (
    contributor.toLowerCase() === a.contributor.toLowerCase() &&
    amount === a.amount &&
    Number(category) === a.category &&
    BigInt(start) === a.start &&
    BigInt(duration) === a.duration &&
    memo === a.memo
  );
};

export function approvingProposal(
  award: Award,
  awardBlock: bigint | undefined,
  rewards: Address,
  rewardsAbi: Abi,
  proposals: readonly ExecutedProposal[],
): ExecutedProposal | undefined {
  const carrying = proposals.filter((p) =>
    p.targets.some((t, i) => {
      if (t.toLowerCase() !== rewards.toLowerCase()) return false;
      const args = awardArgs(rewardsAbi, p.calldatas[i]);
      return args !== undefined && sameAward(args, award);
    }),
  );
  return carrying.find((p) => p.executedBlock === awardBlock) ?? (carrying.length === 1 ? carrying[0] : undefined);
}

/** A proposal's title: the first line of its description, without Markdown heading marks. */
export const proposalTitle = (description: string) =>
  description
    .split("\n")[0]
    .replace(/^#+\s*/, "")
    .trim() || "Untitled proposal";
