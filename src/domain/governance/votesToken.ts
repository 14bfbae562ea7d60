// Who governs a fund set, apart from the decoder: the fund page asks it at start, and the
// decoder (with viem's calldata decoding) loads only with the governance pages.
import type { Address } from "viem";
import type { FundSet } from "./decode.ts";

const ZERO = /^0x0{40}$/i;

/** The fund has no manager token: its investors govern with their shares. */
export const isInvestorGoverned = (set: Pick<FundSet, "managerToken">) => ZERO.test(set.managerToken);

/** Where votes are delegated and counted: the manager token, or an investor-governed fund's share ledger. */
export const votesToken = (set: Pick<FundSet, "managerToken" | "ledger">): Address =>
  isInvestorGoverned(set) && set.ledger ? set.ledger : set.managerToken;
