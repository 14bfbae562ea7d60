// Distributions to investors, read from each fund's Distributor and share ledger: the fund page
// lists a fund's distributions; the portfolio lists what an account can still claim, with its part
// computed by the client engine from the ledger's snapshot balance (the contract's formula).
import { type Address, erc20Abi, getAddress } from "viem";
import { claimableRows, type ClaimableRow, type DistributionRaw } from "../domain/distributions/index.ts";
import { contractAt, type SupportedChainId } from "./addresses.ts";
import { distributorAbi } from "./deployments/abis/Distributor.ts";
import { fundAbi } from "./deployments/abis/Fund.ts";
import { fundFactoryAbi } from "./deployments/abis/FundFactory.ts";
import { distributionLensAbi } from "./deployments/abis/DistributionLens.ts";
import type { ReadClient } from "./readClient.ts";

export interface FundDistributions {
  fund: Address;
  name: string;
  distributor: Address;
  ledger: Address;
  asset: { address: Address; symbol: string; decimals: number };
  /** The share's decimals: NAV per share is per 10^decimals share units. */
  shareDecimals: number;
  list: DistributionRaw[];
}

type Raw = {
  amount: bigint;
  claimed: bigint;
  snapshot: number;
  time: number;
  supply: bigint;
  navBefore: bigint;
  navAfter: bigint;
};
const toRaw = (d: Raw, id: number): DistributionRaw => ({
  id: BigInt(id),
  amount: d.amount,
  claimed: d.claimed,
  snapshot: BigInt(d.snapshot),
  time: BigInt(d.time),
  supply: d.supply,
  navBefore: d.navBefore,
  navAfter: d.navAfter,
});

/** The distributions of each fund in `funds`, read at `blockNumber` (the latest when absent). */
export async function readDistributions(
  client: ReadClient,
  funds: readonly Address[],
  blockNumber?: bigint,
): Promise<FundDistributions[]> {
  if (funds.length === 0) return [];
  const at = blockNumber === undefined ? {} : { blockNumber };
  const heads = await client.multicall({
    allowFailure: false,
    ...at,
    contracts: funds.flatMap((f) => [
      { address: f, abi: fundAbi, functionName: "distributor" } as const,
      { address: f, abi: fundAbi, functionName: "ledger" } as const,
      { address: f, abi: fundAbi, functionName: "asset" } as const,
      { address: f, abi: fundAbi, functionName: "name" } as const,
      { address: f, abi: fundAbi, functionName: "decimals" } as const,
    ]),
  });
  const head = (i: number) => heads.slice(i * 5, i * 5 + 5) as [Address, Address, Address, string, number];
  const rest = await client.multicall({
    allowFailure: false,
    ...at,
    contracts: funds.flatMap((_, i) => {
      const [distributor, , asset] = head(i);
      return [
        { address: distributor, abi: distributorAbi, functionName: "allDistributions" } as const,
        { address: asset, abi: erc20Abi, functionName: "symbol" } as const,
        { address: asset, abi: erc20Abi, functionName: "decimals" } as const,
      ];
    }),
  });
  return funds.map((fund, i) => {
    const [distributor, ledger, asset, name, shareDecimals] = head(i);
    const [list, symbol, decimals] = rest.slice(i * 3, i * 3 + 3) as [readonly Raw[], string, number];
    return {
      fund: getAddress(fund),
      name,
      distributor,
      ledger,
      asset: { address: asset, symbol, decimals },
      shareDecimals: Number(shareDecimals),
      list: list.map(toRaw),
    };
  });
}

export interface ClaimableFund {
  fund: Address;
  name: string;
  distributor: Address;
  asset: { address: Address; symbol: string; decimals: number };
  rows: ClaimableRow[];
}

/** The funds where `account` has a part of a distribution still to claim, and those that could not be read. */
export interface Claimable {
  funds: ClaimableFund[];
  unreadable: Address[];
}

/** Funds a lens call looks at, at most: it stops earlier where its gas ends. */
const PAGE = 1_000n;

/**
 * Every fund of the registry where `account` has a part of a distribution still to claim, in one
 * eth_call of the distribution lens (more only past its gas), each part computed by the client
 * engine from the account's balance at the snapshot.
 */
export async function readClaimable(
  client: ReadClient,
  chainId: SupportedChainId,
  account: Address,
): Promise<Claimable> {
  const factory = contractAt(chainId, "FundFactory", fundFactoryAbi).address;
  const lens = contractAt(chainId, "DistributionLens", distributionLensAbi);
  const blockNumber = await client.getBlockNumber();
  const out: Claimable = { funds: [], unreadable: [] };
  for (let offset = 0n; ; ) {
    const [read, total, page] = await client.readContract({
      ...lens,
      functionName: "claimsOf",
      args: [factory, account, offset, PAGE],
      blockNumber,
    });
    for (const f of page) {
      if (!f.ok) {
        out.unreadable.push(getAddress(f.fund));
        continue;
      }
      const balance = new Map(f.rows.map((r) => [r.id, r.balance]));
      const rows = claimableRows(
        f.rows.map((r) => toRaw(r.d, Number(r.id))),
        (d) => balance.get(d.id) ?? 0n,
        () => false,
      );
      if (rows.length > 0)
        out.funds.push({
          fund: getAddress(f.fund),
          name: f.name,
          distributor: f.distributor,
          asset: { address: f.asset, symbol: f.assetSymbol, decimals: f.assetDecimals },
          rows,
        });
    }
    offset += read;
    if (offset >= total || read === 0n) return out;
  }
}
