// One governance decision end to end, as the fund set's holders would take it: the founder
// proposes a single call and votes for it (holding the quorum alone), then it is queued and
// executed once the timelock's delay has passed. Callers delegate votes first.
import { keccak256, toHex, type Address, type Hex } from "viem";
import type { World } from "./world.js";

export async function passProposal(
  w: World,
  call: { target: Address; data: Hex },
  description: string,
  /** Runs after the timelock's delay, just before execution (e.g. to assert what changed meanwhile). */
  beforeExecute: () => Promise<void> = async () => {},
) {
  const args = [[call.target], [0n], [call.data], keccak256(toHex(description))] as const;
  await w.governor.write.propose([[call.target], [0n], [call.data], description], { account: w.founder.account });
  const id = await w.governor.read.hashProposal([...args]);
  await w.networkHelpers.time.increase(Number(await w.governor.read.votingDelay()) + 1);
  await w.governor.write.castVote([id, 1], { account: w.founder.account });
  await w.networkHelpers.time.increase(Number(await w.governor.read.votingPeriod()) + 1);
  await w.governor.write.queue([...args]);
  await w.networkHelpers.time.increase(Number(await w.timelock.read.getMinDelay()) + 1);
  await beforeExecute();
  await w.governor.write.execute([...args]);
}
