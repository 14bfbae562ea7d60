// Proposals taken through the real governor and timelock, stopped at whichever state the
// seed wants them to end in.
import { encodeFunctionData, keccak256, toBytes, type Abi, type Address } from "viem";
import { DAY, type Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import type { Schedule } from "./schedule.ts";

export type Stage = "pending" | "active" | "defeated" | "succeeded" | "queued" | "executed";
export interface Action {
  target: Address;
  abi: Abi;
  functionName: string;
  args: unknown[];
}
export const Vote = { Against: 0, For: 1, Abstain: 2 } as const;

const HOUR = 3_600n;

export function scheduleProposal(
  ctx: Ctx,
  s: Schedule,
  f: SeededFund,
  t0: bigint,
  actions: Action[],
  description: string,
  stop: Stage,
  beforeExecute?: () => Promise<unknown>,
) {
  const targets = actions.map((a) => a.target);
  const values = actions.map(() => 0n);
  const calldatas = actions.map((a) => encodeFunctionData({ abi: a.abi, functionName: a.functionName, args: a.args }));
  const descriptionHash = keccak256(toBytes(description));
  const founder = { account: ctx.founder.account };
  const alice = { account: ctx.alice.account };

  s.at(t0, `propose: ${description.split("\n")[0]}`, () =>
    f.governor.write.propose([targets, values, calldatas, description], founder),
  );
  if (stop === "pending") return;
  const votingOpen = t0 + DAY + HOUR;
  const against = stop === "defeated";
  s.at(votingOpen, "vote (founder)", async () => {
    const id = await f.governor.read.hashProposal([targets, values, calldatas, descriptionHash]);
    await f.governor.write.castVoteWithReason(
      [id, against ? Vote.Against : Vote.For, against ? "Too early for this." : "Agreed."],
      founder,
    );
  });
  s.at(votingOpen + 2n * HOUR, "vote (alice)", async () => {
    const id = await f.governor.read.hashProposal([targets, values, calldatas, descriptionHash]);
    await f.governor.write.castVote([id, against ? Vote.Against : Vote.Abstain], alice);
  });
  if (stop === "active" || stop === "defeated" || stop === "succeeded") return;
  const votingClosed = t0 + 5n * DAY + HOUR;
  s.at(votingClosed, "queue", () => f.governor.write.queue([targets, values, calldatas, descriptionHash], founder));
  if (stop === "queued") return;
  if (beforeExecute) s.at(votingClosed + 2n * DAY + HOUR - 600n, "before execute", beforeExecute);
  s.at(votingClosed + 2n * DAY + HOUR, "execute", () =>
    f.governor.write.execute([targets, values, calldatas, descriptionHash], founder),
  );
}

/** The time an executed proposal proposed at `t0` takes effect. */
export const executedAt = (t0: bigint) => t0 + 7n * DAY + 2n * HOUR;
