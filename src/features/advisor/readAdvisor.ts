// Everything the advice needs from the chain, pinned to one block: the fund's raw reads (the
// valuation engine's inputs) and each listed asset's feed rounds over the longest lookback.
// Rounds are walked back through each feed's proxy, phase by phase, as on a real network. The
// vaults the fund allows come with the rates their guards accepted up to the same block; if those
// cannot be read, the advice goes on without the vaults and says so.
import type { Address } from "viem";
import { type SupportedChainId } from "../../chain/addresses.ts";
import { walkFeedRounds } from "../../chain/feedWalk.ts";
import { readFundRaw, type FundRead } from "../../chain/readFundRaw.ts";
import { readErrorMessage } from "../../chain/readError.ts";
import { readVaultRates, type VaultRates } from "../../chain/vaultRates.ts";
import { DAY, type Rounds, type VaultInput } from "../../domain/advisor/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import { fundAbi } from "../../chain/deployments/abis/Fund.ts";

/** The longest lookback the page offers, in days. */
export const MAX_LOOKBACK_DAYS = 365;

export interface AdvisorRead extends FundRead {
  rounds: Rounds[];
  /** The vaults the fund allows (by index in `raw.vaults`) with their accepted rates; empty if unread. */
  vaults: VaultInput[];
  /** Why the vaults' rates could not be read: the advice leaves the vaults as they are. */
  vaultsError?: string;
}

/** Every allowed vault's rate history, from each guard's logs. */
async function readAllowedVaults(chainId: SupportedChainId, read: FundRead): Promise<VaultInput[]> {
  const allowed = (read.raw.vaults ?? []).flatMap((v, index) => {
    const g = read.vaultGuidelines.get(v.vault.toLowerCase());
    return g?.allowed ? [{ index, vault: v.vault.toLowerCase(), guard: g.guard }] : [];
  });
  const guards = [...new Set(allowed.map((v) => v.guard))];
  const byGuard = new Map<string, VaultRates>(
    await Promise.all(guards.map(async (g) => [g, await readVaultRates(chainId, g, read.block)] as const)),
  );
  return allowed.map((v) => ({ index: v.index, rates: byGuard.get(v.guard)?.get(v.vault) ?? [] }));
}

export async function readAdvisor(client: ReadClient, chainId: SupportedChainId, fund: Address): Promise<AdvisorRead> {
  const read = await readFundRaw(client, chainId, fund);
  const blockNumber = read.block;
  const tokens = read.raw.assets.map((a) => a.token as Address);
  const configs = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: tokens.map((t) => ({ address: fund, abi: fundAbi, functionName: "assetConfig", args: [t] }) as const),
  });
  const feeds = configs.map((c) => c.feed);
  const since = read.raw.timestamp - BigInt(MAX_LOOKBACK_DAYS + 1) * DAY;
  // A daily feed needs about one round a day; the walk takes bigger steps if it was updated more often.
  const histories = await Promise.all(
    feeds.map((feed) => walkFeedRounds(client, feed, { blockNumber, since, firstStep: BigInt(MAX_LOOKBACK_DAYS + 2) })),
  );
  const rounds: Rounds[] = histories.map((h) => ({
    answers: h.map((r) => r.answer),
    times: h.map((r) => r.updatedAt),
  }));
  const vaults = await readAllowedVaults(chainId, read).then(
    (vaults) => ({ vaults }),
    (e: unknown) => ({ vaults: [], vaultsError: readErrorMessage(e instanceof Error ? e : new Error(String(e))) }),
  );
  return { ...read, rounds, ...vaults };
}
