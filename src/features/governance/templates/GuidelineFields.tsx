import type { Errors, GuidelineForm } from "../../../domain/governance/index.ts";
import { bpsText } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";
import { guidelineFor } from "./forms.ts";

interface Props {
  form: GuidelineForm;
  set: (f: GuidelineForm) => void;
  errors: Errors<GuidelineForm>;
  ctx: FundContext;
}

export function GuidelineFields({ form, set, errors, ctx }: Props) {
  const now = ctx.settings.guidelines.get(form.token.toLowerCase());
  return (
    <>
      <Field
        label="Asset"
        value={form.token}
        onChange={(token) => set(guidelineFor(ctx, token))}
        error={errors.token}
        options={ctx.assets.map((a) => ({ value: a.address, label: a.symbol }))}
        hint={now && `Now: ${now.allowed ? "allowed" : "not allowed"}, up to ${bpsText(now.maxWeightBps)} of the fund.`}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={form.allowed} onChange={(e) => set({ ...form, allowed: e.target.checked })} />
        The manager may buy it
      </label>
      <Field
        label="Maximum weight (% of the fund's value)"
        value={form.maxWeight}
        onChange={(maxWeight) => set({ ...form, maxWeight })}
        error={errors.maxWeight}
        inputMode="decimal"
        placeholder="40"
      />
    </>
  );
}
