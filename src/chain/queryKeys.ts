// Every react-query key of the app, in one place. A key starts with the chain id, then its
// family, then what narrows it, so a prefix selects what a transaction changed for targeted
// invalidation: `queryKeys.chain(id)` everything read from a chain, `queryKeys.family(id, name)`
// one family (every fund's state, every deals list, …), `queryKeys.fund(id, address)` one fund's
// state. Addresses are lower-cased so that one fund is one key however it was typed.
import type { Address } from "viem";

const a = (address: Address) => address.toLowerCase() as Address;
export type QueryFamily =
  | "fund"
  | "discover"
  | "holdings"
  | "deals"
  | "committee"
  | "contributions"
  | "picks"
  | "portfolio"
  | "block-times"
  | "latest-block"
  | "governance"
  | "fund-history"
  | "fund-fees-paid"
  | "fund-lp-basis"
  | "fund-exits"
  | "fund-manager-buybacks"
  | "vault-rates"
  | "fund-holders"
  | "feed-rounds"
  | "advisor-funds"
  | "advisor"
  | "holder-value"
  | "distributions";
const scope = <S extends QueryFamily>(chainId: number, name: S) => [chainId, name] as const;

export const queryKeys = {
  /** Prefix of every read of `chainId`. */
  chain: (chainId: number) => [chainId] as const,
  /** Prefix of every key of one family on `chainId`. */
  family: scope,

  /** Prefix of every fund's state (`fund`). */
  funds: (chainId: number) => scope(chainId, "fund"),
  /** One fund's raw reads and snapshot, shared by its page and its deposit panel. */
  fund: (chainId: number, fund: Address) => [...scope(chainId, "fund"), a(fund)] as const,

  /** Discover's list of every fund. */
  discover: (chainId: number) => scope(chainId, "discover"),
  /** The holdings of the funds Discover compares. */
  holdings: (chainId: number, funds: readonly Address[]) => [...scope(chainId, "holdings"), ...funds.map(a)] as const,

  /** What an account holds of one fund (shares, manager tokens, credited fees) at the fund's block. */
  holderValue: (chainId: number, fund: Address, account: Address | undefined, block: bigint) =>
    [...scope(chainId, "holder-value"), a(fund), account && a(account), block.toString()] as const,
  /** A fund's distributions to investors, or what an account can still claim of all funds' (with `account`). */
  distributions: (chainId: number, fund?: Address, account?: Address) =>
    [...scope(chainId, "distributions"), fund ? a(fund) : "all", account ? a(account) : ""] as const,
  /** The part of a VAM deal assigned to an account. */
  dealPart: (chainId: number, deal: Address, account: Address | undefined) =>
    [...scope(chainId, "deals"), "part", a(deal), account && a(account)] as const,

  /** VAM deals of one fund, or of all funds without `fund`. */
  deals: (chainId: number, fund?: Address) => [...scope(chainId, "deals"), ...(fund ? [a(fund)] : ["all"])] as const,
  /** A committee fund's members, threshold and decisions. */
  committee: (chainId: number, fund: Address) => [...scope(chainId, "committee"), a(fund)] as const,
  /** Contribution rewards of one fund, or of all funds without `fund`. */
  contributions: (chainId: number, fund?: Address) =>
    [...scope(chainId, "contributions"), ...(fund ? [a(fund)] : ["all"])] as const,

  /** Every KOL pick with its record and the funds that acted on it. */
  picks: (chainId: number) => scope(chainId, "picks"),

  /** One account's portfolio. */
  portfolio: (chainId: number, account?: Address) =>
    [...scope(chainId, "portfolio"), ...(account ? [a(account)] : [])] as const,
  /** The chain's latest block number, polled: what reads that can change follow. */
  latestBlock: (chainId: number) => scope(chainId, "latest-block"),
  /** Timestamps of blocks (immutable). */
  blockTimes: (chainId: number, blocks: readonly bigint[]) =>
    [...scope(chainId, "block-times"), ...blocks.map(String)] as const,

  governance: {
    /** Prefix of every governance read. */
    all: (chainId: number) => scope(chainId, "governance"),
    sets: (chainId: number) => [...scope(chainId, "governance"), "sets"] as const,
    proposals: (chainId: number, scopeName: string, governors: readonly Address[] | undefined) =>
      [...scope(chainId, "governance"), "proposals", scopeName, governors?.map(a)] as const,
    /** `refs` (what the fund's proposals mention) is hashed by react-query like any key part. */
    context: (chainId: number, fund: Address | undefined, refs: unknown) =>
      [...scope(chainId, "governance"), "context", fund && a(fund), refs] as const,
    detail: (chainId: number, governor: Address | undefined, id: bigint | undefined, block: bigint | undefined) =>
      [...scope(chainId, "governance"), "detail", governor && a(governor), id?.toString(), block?.toString()] as const,
    standing: (chainId: number, fund: Address | undefined, account: Address | undefined, id: bigint | undefined) =>
      [...scope(chainId, "governance"), "standing", fund && a(fund), account && a(account), id?.toString()] as const,
    deal: (chainId: number, deal: Address | undefined) =>
      [...scope(chainId, "governance"), "deal", deal && a(deal)] as const,
    vault: (chainId: number, vault: Address | undefined) =>
      [...scope(chainId, "governance"), "vault", vault && a(vault)] as const,
  },

  // The fund page's history and the advisor's reads.
  /** `fund` is undefined while the fund's state is being read (the query waits for it). */
  fundHistory: (chainId: number, fund: Address | undefined, block: bigint | undefined) =>
    [...scope(chainId, "fund-history"), fund && a(fund), block?.toString()] as const,
  feesPaid: (chainId: number, fund: Address, block: bigint | undefined) =>
    [...scope(chainId, "fund-fees-paid"), a(fund), block?.toString()] as const,
  fundExits: (chainId: number, fund: Address, block: bigint | undefined) =>
    [...scope(chainId, "fund-exits"), a(fund), block?.toString()] as const,
  managerBuybacks: (chainId: number, fund: Address, block: bigint | undefined) =>
    [...scope(chainId, "fund-manager-buybacks"), a(fund), block?.toString()] as const,
  lpBasis: (chainId: number, fund: Address, block: bigint | undefined) =>
    [...scope(chainId, "fund-lp-basis"), a(fund), block?.toString()] as const,
  vaultRates: (chainId: number, guard: Address | undefined, block: bigint | undefined) =>
    [...scope(chainId, "vault-rates"), guard && a(guard), block?.toString()] as const,
  fundHolders: (chainId: number, fund: Address, block: bigint | undefined) =>
    [...scope(chainId, "fund-holders"), a(fund), block?.toString()] as const,
  feedRounds: (chainId: number, feed: Address, block: bigint | undefined) =>
    [...scope(chainId, "feed-rounds"), a(feed), block?.toString()] as const,
  /** A feed's answers in force at some past times (`times`: a digest of them), which never change. */
  feedAnswers: (chainId: number, feed: Address, times: string) =>
    [...scope(chainId, "feed-rounds"), a(feed), "at", times] as const,
  advisorFunds: (chainId: number) => scope(chainId, "advisor-funds"),
  advisor: (chainId: number, fund: Address) => [...scope(chainId, "advisor"), a(fund)] as const,
};
