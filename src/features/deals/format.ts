// How the deal pages write amounts, TVL and states.
import type { DealStatus } from "../../domain/vam/index.ts";
import { formatAmount, formatTokenAmount } from "../../lib/format.ts";
import type { Deal } from "./readDeals.ts";

export const amount = (value: bigint, t: { decimals: number; symbol: string }) =>
  formatTokenAmount(value, t.decimals, t.symbol, { maximumFractionDigits: 4, maximumSignificantDigits: 6 });

/** The unit an oracle reports in, from its description: "Orbit Lending TVL (USD)" → "USD". */
export const tvlUnit = (o: Deal["oracle"]) => /\(([^)]+)\)\s*$/.exec(o.description)?.[1] ?? "";

export const tvl = (value: bigint, o: Deal["oracle"]) =>
  `${formatAmount(value, o.decimals, { maximumFractionDigits: 0, maximumSignificantDigits: 3 })} ${tvlUnit(o)}`.trim();

export const STATUS: Record<DealStatus, string> = {
  pending: "Pending approval",
  lapsed: "Lapsed",
  active: "Active",
  exercisable: "Exercisable",
  "window-closed": "Window closed",
  exercised: "Exercised",
  expired: "Expired",
};

/** Most urgent first: what someone can act on now, then what is running, then history. */
export const STATUS_ORDER: DealStatus[] = [
  "exercisable",
  "window-closed",
  "active",
  "pending",
  "exercised",
  "expired",
  "lapsed",
];

// Governor.ProposalState, in the contract's order.
export const PROPOSAL_STATES = [
  "waiting for the vote",
  "being voted on",
  "canceled",
  "defeated",
  "passed, not queued",
  "queued in the timelock",
  "expired",
  "executed",
];
