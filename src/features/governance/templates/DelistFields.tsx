import { bpsText, type DelistForm, type Errors } from "../../../domain/governance/index.ts";
import { formatAmount } from "../../../lib/format.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: DelistForm;
  set: (f: DelistForm) => void;
  errors: Errors<DelistForm>;
  ctx: FundContext;
}

export function DelistFields({ form, set, errors, ctx }: Props) {
  const others = ctx.assets.filter((a) => a.address.toLowerCase() !== ctx.denomination.toLowerCase());
  const chosen = others.find((a) => a.address.toLowerCase() === form.token.toLowerCase());
  const held = chosen && ctx.settings.held.get(chosen.address.toLowerCase());
  const g = chosen && ctx.settings.guidelines.get(chosen.address.toLowerCase());
  const now =
    chosen &&
    g &&
    `Now ${g.allowed ? "allowed" : "not allowed"}, up to ${bpsText(g.maxWeightBps)}; the fund holds ` +
      `${formatAmount(held ?? 0n, chosen.decimals, { maximumFractionDigits: 6, maximumSignificantDigits: 8 })} ` +
      `${chosen.symbol}.`;
  return (
    <>
      <Field
        label="Asset to delist"
        value={form.token}
        onChange={(token) => set({ token })}
        error={errors.token}
        options={others.map((a) => ({ value: a.address, label: a.symbol }))}
        hint={now}
      />
      <p className="text-sm text-subtle">
        Only an asset the fund no longer holds and no approved pair trades can go. Once delisted, its price feed can
        never again hold up deposits or exits.
      </p>
    </>
  );
}
