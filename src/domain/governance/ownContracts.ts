// The fund's own contracts, by name: an address a user types may be one of them by mistake.
import type { Address } from "viem";
import type { FundSet } from "./decode.ts";

const NAMES: [Exclude<keyof FundSet, "strategyRegistry" | "committee">, string][] = [
  ["fund", "the fund itself"],
  ["governor", "the fund's governor"],
  ["timelock", "the fund's timelock"],
  ["managerToken", "the fund's manager token"],
  ["contributionRewards", "the fund's contribution rewards"],
  ["feeSplitter", "the fund's fee splitter"],
  ["ledger", "the fund's share ledger"],
];

/**
 * Which of the fund's contracts `address` is, in words; undefined for any other address. The
 * contracts an investor-governed fund does not have (zero addresses) are nobody.
 */
export function ownContract(address: Address, set: FundSet): string | undefined {
  if (/^0x0{40}$/i.test(address)) return undefined;
  return NAMES.find(([key]) => set[key]?.toLowerCase() === address.toLowerCase())?.[1];
}

/** Why votes may not go to `address`: none of the fund's contracts can vote, so they would count as 0. */
export function delegateRefusal(address: Address, set: FundSet): string | undefined {
  const name = ownContract(address, set);
  return (
    name &&
    `That is ${name}: it cannot vote, so votes delegated to it count as 0. Delegate to yourself or to a ` +
      `person you trust.`
  );
}
