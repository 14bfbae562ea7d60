import { ceilingPerToken, type Errors, type ImpairForm } from "../../../domain/governance/index.ts";
import { formatAmount } from "../../../lib/format.ts";
import { formatDate } from "../../../lib/dates.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: ImpairForm;
  set: (f: ImpairForm) => void;
  errors: Errors<ImpairForm>;
  ctx: FundContext;
}

/** Which primary position to mark down, and to what value a token; the hint says what it counts at now. */
export function ImpairFields({ form, set, errors, ctx }: Props) {
  const primaries = [...(ctx.settings.primaries ?? new Map()).entries()];
  const currency = ctx.assets.find((a) => a.address.toLowerCase() === ctx.denomination.toLowerCase());
  const sym = currency?.symbol ?? "";
  const chosen = ctx.settings.primaries?.get(form.token.toLowerCase());
  const now =
    chosen &&
    `Counts now at ${formatAmount(ceilingPerToken(chosen), currency?.decimals ?? 18, { maximumSignificantDigits: 8 })} ` +
      `${sym} a token, ${chosen.mark ? `marked down on ${formatDate(chosen.mark.at)}` : "at cost (no market price)"}.`;
  if (primaries.length === 0)
    return <p className="text-sm text-subtle">This fund holds no primary-market token valued at cost.</p>;
  return (
    <>
      <Field
        label="Primary position"
        value={form.token}
        onChange={(token) => set({ ...form, token })}
        error={errors.token}
        options={primaries.map(([address, p]) => ({ value: address, label: p.symbol }))}
        hint={now}
      />
      <Field
        label={`New value of one token (${sym})`}
        value={form.price}
        onChange={(price) => set({ ...form, price })}
        error={errors.price}
        inputMode="decimal"
        mono
        placeholder="0.50"
      />
      <p className="text-sm text-subtle">
        An impairment: the position then counts at the lower of its cost and this value. It can only go down; a later
        mark-down must be lower still, and only a price feed can value the token higher.
      </p>
    </>
  );
}
