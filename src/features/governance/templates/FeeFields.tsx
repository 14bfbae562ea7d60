import { bpsText, type Errors, type FeesForm } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: FeesForm;
  set: (f: FeesForm) => void;
  errors: Errors<FeesForm>;
  ctx: FundContext;
}

export function FeeFields({ form, set, errors, ctx }: Props) {
  const now = ctx.settings.fees;
  const caps = ctx.describe.caps;
  const rows = [
    ["management", "Management fee (% a year)", now.managementBps, caps.managementBps],
    ["performance", "Performance fee (% above the hurdle)", now.performanceBps, caps.performanceBps],
    ["hurdle", "Hurdle rate (% a year)", now.hurdleBps, caps.hurdleBps],
  ] as const;
  return rows.map(([k, label, cur, cap]) => (
    <Field
      key={k}
      label={label}
      value={form[k]}
      onChange={(v) => set({ ...form, [k]: v })}
      error={errors[k]}
      inputMode="decimal"
      hint={`Now ${bpsText(cur)}; the contract caps it at ${bpsText(cap)}.`}
    />
  ));
}
