import { bpsText, type EntryExitForm, type Errors } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: EntryExitForm;
  set: (f: EntryExitForm) => void;
  errors: Errors<EntryExitForm>;
  ctx: FundContext;
}

export function EntryExitFields({ form, set, errors, ctx }: Props) {
  const now = ctx.settings.entryExit;
  const cap = ctx.describe.caps.entryExitBps;
  return (
    <>
      <p className="text-sm text-subtle">
        Paid to the fund, not the manager, so that a trader cannot profit at the other investors' expense from the
        oracle's lag. The in-kind exit pays no exit fee.
      </p>
      <Field
        label="Entry fee (% of a deposit)"
        value={form.entry}
        onChange={(entry) => set({ ...form, entry })}
        error={errors.entry}
        inputMode="decimal"
        hint={`Now ${bpsText(now.entryBps)}; the contract caps it at ${bpsText(cap)}.`}
      />
      <Field
        label="Exit fee (% of a cash redemption)"
        value={form.exit}
        onChange={(exit) => set({ ...form, exit })}
        error={errors.exit}
        inputMode="decimal"
        hint={`Now ${bpsText(now.exitBps)}; the contract caps it at ${bpsText(cap)}.`}
      />
    </>
  );
}
