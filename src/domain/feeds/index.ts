// Chainlink-shaped price feeds: proxy round ids and the history of a proxy across its phases.
export { parseRoundId, proxyRoundId } from "./roundId.ts";
export { mergePhases, type FeedRound, type PhaseRound } from "./phases.ts";
