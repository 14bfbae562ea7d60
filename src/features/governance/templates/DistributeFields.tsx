import type { DistributeForm, Errors } from "../../../domain/governance/index.ts";
import { formatAmount } from "../../../lib/format.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: DistributeForm;
  set: (f: DistributeForm) => void;
  errors: Errors<DistributeForm>;
  ctx: FundContext;
}

/** How much of the fund's cash to return to its investors; the asset is the fund's own currency. */
export function DistributeFields({ form, set, errors, ctx }: Props) {
  const currency = ctx.assets.find((a) => a.address.toLowerCase() === ctx.denomination.toLowerCase());
  const sym = currency?.symbol ?? "";
  const cash = ctx.settings.held?.get(ctx.denomination.toLowerCase());
  return (
    <>
      <Field
        label="Asset"
        value={ctx.denomination}
        onChange={() => {}}
        options={[{ value: ctx.denomination, label: `${sym} (the fund's currency)` }]}
        hint="Distributions pay in the fund's currency: sell what the fund exits into it first."
      />
      <Field
        label={`Amount (${sym})`}
        value={form.amount}
        onChange={(amount) => set({ ...form, amount })}
        error={errors.amount}
        inputMode="decimal"
        mono
        placeholder="25000"
        hint={
          cash !== undefined && currency
            ? `The fund holds ${formatAmount(cash, currency.decimals, { maximumFractionDigits: 2 })} ${sym} in cash.`
            : undefined
        }
      />
      <p className="text-sm text-subtle">
        The investors who hold shares when you draft this proposal are paid, pro rata to their shares; each claims its
        part from the portfolio whenever it likes. The cash leaves the fund when the proposal runs, so the NAV falls by
        exactly this amount.
      </p>
    </>
  );
}
