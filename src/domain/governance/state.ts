// A proposal's state and tallies as OpenZeppelin's Governor (simple counting, timelock control)
// defines them, and the timeline a reader follows from creation to execution.
import type { Address, Hex } from "viem";

/** `IGovernor.ProposalState`, in its on-chain order. */
export const ProposalState = {
  Pending: 0,
  Active: 1,
  Canceled: 2,
  Defeated: 3,
  Succeeded: 4,
  Queued: 5,
  Expired: 6,
  Executed: 7,
} as const;
export type ProposalState = (typeof ProposalState)[keyof typeof ProposalState];

const STATES: readonly ProposalState[] = Object.values(ProposalState);

/** The state a Governor's `state()` returned; throws on a number the Governor never returns. */
export function toProposalState(n: number): ProposalState {
  const state = STATES.find((s) => s === n);
  if (state === undefined) throw new RangeError(`No proposal state ${n}`);
  return state;
}

export const STATE_LABEL: Record<ProposalState, string> = {
  0: "Pending",
  1: "Active",
  2: "Canceled",
  3: "Defeated",
  4: "Succeeded",
  5: "Queued",
  6: "Expired",
  7: "Executed",
};

/** `GovernorCountingSimple.VoteType`. */
export const Support = { Against: 0, For: 1, Abstain: 2 } as const;
export type Support = (typeof Support)[keyof typeof Support];
export const SUPPORT_LABEL: Record<Support, string> = { 0: "Against", 1: "For", 2: "Abstain" };

export interface Tally {
  against: bigint;
  for: bigint;
  abstain: bigint;
}

/** What the ProposalCreated event says, plus the reads that follow the proposal's life. */
export interface Proposal {
  id: bigint;
  proposer: Address;
  targets: readonly Address[];
  values: readonly bigint[];
  calldatas: readonly Hex[];
  description: string;
  /** Snapshot timepoint (the clock is block timestamps): votes count as delegated then. */
  voteStart: bigint;
  voteEnd: bigint;
  state: ProposalState;
  tally: Tally;
  /** At the snapshot; undefined while the snapshot is still in the future. */
  quorum?: bigint;
  /** Timelock ETA (seconds), 0 until queued. */
  eta: bigint;
}

/** Quorum counts For and Abstain votes (GovernorCountingSimple). */
export const quorumVotes = (t: Tally) => t.for + t.abstain;
export const quorumReached = (t: Tally, quorum: bigint) => quorumVotes(t) >= quorum;
/** Strictly more For than Against. */
export const majorityFor = (t: Tally) => t.for > t.against;

/** Voting is open once the clock is past the snapshot and until the deadline, inclusive. */
export const votingOpen = (p: Pick<Proposal, "voteStart" | "voteEnd">, now: bigint) =>
  now > p.voteStart && now <= p.voteEnd;

export interface NextStep {
  /** What happens next, e.g. "Voting ends". */
  label: string;
  /** When, in chain seconds; undefined when it can happen now (a button the reader can press). */
  at?: bigint;
}

/** The next thing that happens to a proposal and when, from the chain's clock `now`. */
export function nextStep(
  p: Pick<Proposal, "state" | "voteStart" | "voteEnd" | "eta">,
  now: bigint,
): NextStep | undefined {
  switch (p.state) {
    case ProposalState.Pending:
      return { label: "Voting starts", at: p.voteStart + 1n };
    case ProposalState.Active:
      return { label: "Voting ends", at: p.voteEnd + 1n };
    case ProposalState.Succeeded:
      return { label: "Ready to queue" };
    case ProposalState.Queued:
      return now >= p.eta ? { label: "Ready to execute" } : { label: "Executable", at: p.eta };
    default:
      return undefined;
  }
}

export type StepStatus = "done" | "current" | "upcoming" | "skipped";
export interface TimelineStep {
  key: "created" | "start" | "end" | "queued" | "executed";
  label: string;
  at?: bigint;
  status: StepStatus;
}

export interface TimelineInput {
  proposal: Pick<Proposal, "state" | "voteStart" | "voteEnd" | "eta">;
  now: bigint;
  createdAt?: bigint;
  executedAt?: bigint;
  /** The timelock's delay, to say when a succeeded proposal could execute at the earliest. */
  timelockDelay?: bigint;
}

/** Created → voting starts → voting ends → queued (ETA) → executed, each done, current or ahead. */
export function timeline({ proposal: p, now, createdAt, executedAt, timelockDelay }: TimelineInput): TimelineStep[] {
  const s = p.state;
  const S = ProposalState;
  const ended = s !== S.Pending && s !== S.Active;
  const failed = s === S.Defeated || s === S.Canceled || s === S.Expired;
  const queuedOrLater = s === S.Queued || s === S.Executed;
  const status = (done: boolean, current: boolean): StepStatus =>
    done ? "done" : current ? "current" : failed ? "skipped" : "upcoming";
  return [
    { key: "created", label: "Created", at: createdAt, status: "done" },
    {
      key: "start",
      label: "Voting starts",
      at: p.voteStart,
      status: status(s !== S.Pending && (s !== S.Canceled || now > p.voteStart), s === S.Pending),
    },
    { key: "end", label: "Voting ends", at: p.voteEnd, status: status(ended && now > p.voteEnd, s === S.Active) },
    {
      key: "queued",
      label: queuedOrLater ? "Queued, executable from" : "Queue, then executable after the timelock delay",
      at: queuedOrLater ? p.eta : timelockDelay !== undefined && s === S.Succeeded ? now + timelockDelay : undefined,
      status: status(s === S.Executed, s === S.Succeeded || s === S.Queued),
    },
    { key: "executed", label: "Executed", at: executedAt, status: status(s === S.Executed, false) },
  ];
}
