import { hasCap } from "../../../domain/contributions/index.ts";
import { CATEGORY_LABEL, type Errors, type RewardForm } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { votesText } from "../format.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: RewardForm;
  set: (f: RewardForm) => void;
  errors: Errors<RewardForm>;
  ctx: FundContext;
}

export function RewardFields({ form, set, errors, ctx }: Props) {
  // Not offered for an investor-governed fund (no contribution rewards): nothing is left to award.
  const { cap, awarded } = ctx.rewards ?? { cap: 0n, awarded: 0n };
  const sym = ctx.managerToken.symbol;
  const on = (k: keyof RewardForm) => (v: string) => set({ ...form, [k]: v });
  return (
    <>
      <Field
        label="Contributor's address"
        value={form.contributor}
        onChange={on("contributor")}
        error={errors.contributor}
        mono
        placeholder="0x…"
      />
      <Field
        label={`Manager tokens (${sym})`}
        value={form.amount}
        onChange={on("amount")}
        error={errors.amount}
        inputMode="decimal"
        placeholder="5000"
        hint={
          hasCap(cap)
            ? `${votesText(cap - awarded)} ${sym} left under the hard cap of ${votesText(cap)}.`
            : "No hard cap on awards."
        }
      />
      <Field
        label="Category"
        value={form.category}
        onChange={on("category")}
        error={errors.category}
        options={Object.entries(CATEGORY_LABEL).map(([value, label]) => ({
          value,
          label: label.charAt(0).toUpperCase() + label.slice(1),
        }))}
      />
      <Field
        label="Vesting starts (UTC date)"
        value={form.start}
        onChange={on("start")}
        error={errors.start}
        placeholder="YYYY-MM-DD"
      />
      <Field
        label="Vesting period (days, 0 for none)"
        value={form.vestingDays}
        onChange={on("vestingDays")}
        error={errors.vestingDays}
        inputMode="numeric"
      />
      <Field
        label="Memo"
        value={form.memo}
        onChange={on("memo")}
        error={errors.memo}
        placeholder="What the contribution was"
      />
    </>
  );
}
