import type {
  CommitteeForm,
  DelistForm,
  EntryExitForm,
  Errors,
  FeesForm,
  GuidelineForm,
  ImpairForm,
  BuybackForm,
  RevenueModeForm,
  DistributeForm,
  LimitsForm,
  ManagerForm,
  RewardForm,
  StrategyForm,
  SwapErrors,
  TemplateId,
  VamForm,
  VaultForm,
} from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { CommitteeFields } from "./CommitteeFields.tsx";
import { DelistFields } from "./DelistFields.tsx";
import { EntryExitFields } from "./EntryExitFields.tsx";
import { FeeFields } from "./FeeFields.tsx";
import { LimitsFields } from "./LimitsFields.tsx";
import type { Forms } from "./forms.ts";
import { GuidelineFields } from "./GuidelineFields.tsx";
import { ImpairFields } from "./ImpairFields.tsx";
import { BuybackFields } from "./BuybackFields.tsx";
import { RevenueModeFields } from "./RevenueModeFields.tsx";
import { DistributeFields } from "./DistributeFields.tsx";
import { ManagerFields } from "./ManagerFields.tsx";
import { RebalanceFields } from "./RebalanceFields.tsx";
import { RewardFields } from "./RewardFields.tsx";
import { StrategyFields } from "./StrategyFields.tsx";
import { VamFields } from "./VamFields.tsx";
import { VaultFields } from "./VaultFields.tsx";

interface Props {
  template: TemplateId;
  forms: Forms;
  setForms: (f: Forms) => void;
  /** The errors to show now (empty until the first attempt to propose). */
  errors: Record<string, unknown>;
  ctx: FundContext;
  checkingDeal: boolean;
  /** The network's known vaults and what the chosen one holds. */
  vault?: { known: { value: string; label: string }[]; underlying?: string };
}

/** The fields of the chosen template; each keeps its own strings when the template changes. */
export function TemplateFields({ template, forms, setForms, errors, ctx, checkingDeal, vault }: Props) {
  switch (template) {
    case "buyback":
      return (
        <BuybackFields
          form={forms.buyback}
          set={(buyback) => setForms({ ...forms, buyback })}
          errors={errors as Errors<BuybackForm>}
          ctx={ctx}
        />
      );
    case "revenueMode":
      return (
        <RevenueModeFields
          form={forms.revenueMode}
          set={(revenueMode) => setForms({ ...forms, revenueMode })}
          errors={errors as Errors<RevenueModeForm>}
        />
      );
    case "vault":
      return (
        <VaultFields
          form={forms.vault}
          set={(v) => setForms({ ...forms, vault: v })}
          errors={errors as Errors<VaultForm>}
          known={vault?.known ?? []}
          underlying={vault?.underlying}
          timelockManages={ctx.settings.manager.toLowerCase() === ctx.set.timelock.toLowerCase()}
        />
      );
    case "guideline":
      return (
        <GuidelineFields
          form={forms.guideline}
          set={(guideline) => setForms({ ...forms, guideline })}
          errors={errors as Errors<GuidelineForm>}
          ctx={ctx}
        />
      );
    case "fees":
      return (
        <FeeFields
          form={forms.fees}
          set={(fees) => setForms({ ...forms, fees })}
          errors={errors as Errors<FeesForm>}
          ctx={ctx}
        />
      );
    case "entryExit":
      return (
        <EntryExitFields
          form={forms.entryExit}
          set={(entryExit) => setForms({ ...forms, entryExit })}
          errors={errors as Errors<EntryExitForm>}
          ctx={ctx}
        />
      );
    case "limits":
      return (
        <LimitsFields
          form={forms.limits}
          set={(limits) => setForms({ ...forms, limits })}
          errors={errors as Errors<LimitsForm>}
          ctx={ctx}
        />
      );
    case "delist":
      return (
        <DelistFields
          form={forms.delist}
          set={(delist) => setForms({ ...forms, delist })}
          errors={errors as Errors<DelistForm>}
          ctx={ctx}
        />
      );
    case "manager":
      return (
        <ManagerFields
          form={forms.manager}
          set={(manager) => setForms({ ...forms, manager })}
          errors={errors as Errors<ManagerForm>}
          ctx={ctx}
        />
      );
    case "vam":
      return (
        <VamFields
          form={forms.vam}
          set={(vam) => setForms({ ...forms, vam })}
          errors={errors as Errors<VamForm>}
          checking={checkingDeal}
        />
      );
    case "reward":
      return (
        <RewardFields
          form={forms.reward}
          set={(reward) => setForms({ ...forms, reward })}
          errors={errors as Errors<RewardForm>}
          ctx={ctx}
        />
      );
    case "rebalance":
      return (
        <RebalanceFields
          form={forms.rebalance}
          set={(rebalance) => setForms({ ...forms, rebalance })}
          errors={(errors as { swaps?: SwapErrors[] }).swaps ?? []}
          ctx={ctx}
        />
      );
    case "impair":
      return (
        <ImpairFields
          form={forms.impair}
          set={(impair) => setForms({ ...forms, impair })}
          errors={errors as Errors<ImpairForm>}
          ctx={ctx}
        />
      );
    case "distribute":
      return (
        <DistributeFields
          form={forms.distribute}
          set={(distribute) => setForms({ ...forms, distribute })}
          errors={errors as Errors<DistributeForm>}
          ctx={ctx}
        />
      );
    case "strategy":
      return (
        <StrategyFields
          form={forms.strategy}
          set={(strategy) => setForms({ ...forms, strategy })}
          errors={errors as Errors<StrategyForm>}
          ctx={ctx}
        />
      );
    case "committee":
      return (
        <CommitteeFields
          form={forms.committee}
          set={(committee) => setForms({ ...forms, committee })}
          errors={errors as Errors<CommitteeForm>}
          ctx={ctx}
        />
      );
  }
}
