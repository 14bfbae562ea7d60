// The chosen template's form turned into actions, with the fund's settings the checks need.
import {
  buildBuyback,
  buildCommittee,
  buildRevenueMode,
  buildDelist,
  buildDistribute,
  buildEntryExit,
  buildFees,
  buildGuideline,
  buildImpair,
  buildLimits,
  buildManager,
  buildRebalance,
  buildReward,
  buildVam,
  buildVault,
  buildStrategy,
  type RawAction,
  type TemplateEnv,
  type TemplateId,
  type VaultCheck,
} from "../../../domain/governance/index.ts";
import type { Address } from "viem";
import { hasCap } from "../../../domain/contributions/index.ts";
import { govAbis, strategyAbi } from "../chain/abis.ts";
import type { FundContext } from "../chain/readContext.ts";
import type { Forms } from "./forms.ts";

/**
 * The snapshot a distribution proposal names: the start of the current minute as the proposer
 * drafts it, so that the holders who see the proposal are the ones paid, and nobody can buy into
 * it after reading it (the contract also refuses a snapshot that is not strictly past).
 */
export const distributeSnapshot = () => BigInt(Math.floor(Date.now() / 60_000) * 60);

export function templateEnv(ctx: FundContext): TemplateEnv {
  const { cap, awarded } = ctx.rewards ?? { cap: 0n, awarded: 0n };
  return {
    set: ctx.set,
    abis: govAbis,
    assets: new Map(ctx.assets.map((a) => [a.address.toLowerCase(), a])),
    pairs: new Map(
      ctx.pairs.flatMap((p) => {
        const x = ctx.describe.pairs.get(p);
        return x ? [[p, x] as const] : [];
      }),
    ),
    caps: ctx.describe.caps,
    denomination: ctx.denomination,
    held: ctx.settings.held,
    managerTokenDecimals: ctx.managerToken.decimals,
    rewardsRoom: ctx.rewards && hasCap(cap) ? cap - awarded : undefined,
  };
}

export type TemplateResult =
  | { ok: true; actions: RawAction[] }
  | { ok: false; errors: Record<string, unknown> & { form?: string } };

export function buildTemplate(
  t: TemplateId,
  f: Forms,
  env: TemplateEnv,
  ctx: FundContext,
  dealCheck?: string,
  vault?: { guard?: Address; check?: VaultCheck | string },
): TemplateResult {
  switch (t) {
    case "guideline":
      return buildGuideline(f.guideline, env);
    case "fees":
      return buildFees(f.fees, env, ctx.settings.fees);
    case "entryExit":
      return buildEntryExit(f.entryExit, env, ctx.settings.entryExit);
    case "limits":
      return buildLimits(f.limits, env, ctx.settings);
    case "delist":
      return buildDelist(f.delist, env);
    case "manager":
      return buildManager(f.manager, env);
    case "vam":
      return buildVam(f.vam, env, dealCheck);
    case "reward":
      return buildReward(f.reward, env);
    case "rebalance":
      return buildRebalance(f.rebalance, env);
    case "impair": {
      const currency = env.assets.get(ctx.denomination.toLowerCase()) ?? { symbol: "", decimals: 18 };
      const primaries = ctx.settings.primaries ?? new Map();
      return buildImpair(f.impair, { set: env.set, abis: env.abis, primaries, currency });
    }
    case "vault": {
      const timelockManages = ctx.settings.manager.toLowerCase() === ctx.set.timelock.toLowerCase();
      return buildVault(f.vault, env, { guard: vault?.guard, timelockManages, check: vault?.check });
    }
    case "strategy": {
      const address = ctx.set.strategyRegistry;
      return buildStrategy(f.strategy, { set: env.set, registry: address && { address, abi: strategyAbi } });
    }
    case "buyback": {
      const timelockManages = ctx.settings.manager.toLowerCase() === ctx.set.timelock.toLowerCase();
      const currency = env.assets.get(ctx.denomination.toLowerCase()) ?? { symbol: "", decimals: 18 };
      const cash = ctx.settings.held.get(ctx.denomination.toLowerCase());
      return buildBuyback(f.buyback, { set: env.set, abis: env.abis, currency, timelockManages, cash });
    }
    case "revenueMode":
      return buildRevenueMode(f.revenueMode, { set: env.set, abis: env.abis });
    case "distribute": {
      const currency = env.assets.get(ctx.denomination.toLowerCase()) ?? { symbol: "", decimals: 18 };
      const cash = env.held?.get(ctx.denomination.toLowerCase());
      return buildDistribute(f.distribute, {
        set: env.set,
        abis: env.abis,
        currency,
        cash,
        snapshot: distributeSnapshot(),
      });
    }
    case "committee":
      return buildCommittee(f.committee, { abis: env.abis, now: BigInt(Math.floor(Date.now() / 1000)) });
  }
}
