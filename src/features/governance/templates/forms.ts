// The strings of every template's form, started from the fund's settings now (or a draft).
import { formatUnits } from "viem";
import {
  amountInputText,
  descriptionBody,
  proposalTitle,
  type DelistForm,
  type DistributeForm,
  type EntryExitForm,
  type FeesForm,
  type GuidelineForm,
  type ImpairForm,
  type BuybackForm,
  type RevenueModeForm,
  type LimitsForm,
  type ManagerForm,
  type RebalanceForm,
  type RewardForm,
  type StrategyForm,
  type CommitteeForm,
  type SwapForm,
  type VamForm,
  type VaultForm,
} from "../../../domain/governance/index.ts";
import type { RebalanceDraft } from "../../../lib/rebalanceDraft.ts";
import type { FundContext } from "../chain/readContext.ts";

export interface Forms {
  guideline: GuidelineForm;
  fees: FeesForm;
  entryExit: EntryExitForm;
  limits: LimitsForm;
  delist: DelistForm;
  manager: ManagerForm;
  vam: VamForm;
  reward: RewardForm;
  rebalance: RebalanceForm;
  impair: ImpairForm;
  strategy: StrategyForm;
  committee: CommitteeForm;
  vault: VaultForm;
  buyback: BuybackForm;
  revenueMode: RevenueModeForm;
  distribute: DistributeForm;
  title: string;
  body: string;
}

/** Basis points as a form field starts: 80 → "0.8", exact and in the digits `parsePercent` reads. */
const pct = (bps: number) => formatUnits(BigInt(bps), 2);

export function guidelineFor(ctx: FundContext, token: string): GuidelineForm {
  const g = ctx.settings.guidelines.get(token.toLowerCase());
  return { token, allowed: g?.allowed ?? true, maxWeight: g ? pct(g.maxWeightBps) : "" };
}

export const emptySwap = (ctx: FundContext): SwapForm => {
  const pair = ctx.pairs[0] ?? "";
  return { pair, tokenIn: ctx.describe.pairs.get(pair)?.token0 ?? "", amountIn: "", minOut: "" };
};

export function initialForms(ctx: FundContext, today: string, draft?: RebalanceDraft | null): Forms {
  const f = ctx.settings.fees;
  const firstOther =
    ctx.assets.find((a) => a.address.toLowerCase() !== ctx.denomination.toLowerCase()) ?? ctx.assets[0];
  const managedByTimelock = ctx.settings.manager.toLowerCase() === ctx.set.timelock.toLowerCase();
  const decimals = (t: string) => ctx.describe.tokens.get(t.toLowerCase())?.decimals ?? 18;
  return {
    guideline: guidelineFor(ctx, firstOther?.address ?? ""),
    fees: { management: pct(f.managementBps), performance: pct(f.performanceBps), hurdle: pct(f.hurdleBps) },
    entryExit: { entry: pct(ctx.settings.entryExit.entryBps), exit: pct(ctx.settings.entryExit.exitBps) },
    limits: {
      maxLp: pct(ctx.settings.maxLpBps),
      maxSlippage: pct(ctx.settings.maxSlippageBps),
      minCash: pct(ctx.settings.minCashBps),
    },
    delist: { token: firstOther?.address ?? "" },
    manager: {
      mechanism: String(ctx.settings.mechanism) as ManagerForm["mechanism"],
      manager: managedByTimelock ? "" : ctx.settings.manager,
    },
    vam: { deal: "" },
    reward: { contributor: "", amount: "", category: "5", start: today, vestingDays: "0", memo: "" },
    rebalance: {
      swaps: draft
        ? draft.calls.map((s) =>
            s.kind === "vault"
              ? {
                  kind: "vault" as const,
                  vault: s.vault,
                  asset: s.asset,
                  into: s.into,
                  amount: s.amount,
                  minOut: s.minOut,
                }
              : {
                  pair: s.pair.toLowerCase(),
                  tokenIn: s.tokenIn,
                  amountIn: amountInputText(s.amountIn, decimals(s.tokenIn)),
                  minOut: amountInputText(s.minOut, decimals(s.tokenOut)),
                  exact: { amountIn: s.amountIn, minOut: s.minOut },
                },
          )
        : [emptySwap(ctx)],
    },
    impair: { token: [...(ctx.settings.primaries?.keys() ?? [])][0] ?? "", price: "" },
    strategy: { text: ctx.strategy?.text ?? "" },
    committee: {
      action: "elect",
      committee: ctx.set.committee ?? "",
      member: "",
      replacement: "",
      termEnd: "",
      threshold: "",
    },
    vault: { vault: "", maxMove: "1", allowed: true, deposit: "" },
    buyback: { cash: "", limit: "" },
    revenueMode: { mode: "buyback", pair: "" },
    distribute: { amount: "" },
    title: draft ? proposalTitle(draft.description) : "",
    body: draft ? descriptionBody(draft.description).trim() : "",
  };
}
