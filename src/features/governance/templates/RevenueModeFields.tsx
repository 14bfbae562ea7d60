import type { Errors, RevenueModeForm } from "../../../domain/governance/index.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: RevenueModeForm;
  set: (f: RevenueModeForm) => void;
  errors: Errors<RevenueModeForm>;
}

/** Claims (the default) or buyback and burn in a pool of the fund's share and the manager token. */
export function RevenueModeFields({ form, set, errors }: Props) {
  return (
    <>
      <Field
        label="Pay manager-token holders by"
        value={form.mode}
        onChange={(mode) => set({ ...form, mode: mode as RevenueModeForm["mode"] })}
        options={[
          { value: "claims", label: "Claims: fee shares credited pro rata" },
          { value: "buyback", label: "Buyback: fee shares sold for manager tokens, burnt" },
        ]}
      />
      {form.mode === "buyback" && (
        <Field
          label="Pool of the fund's share and the manager token"
          value={form.pair}
          onChange={(pair) => set({ ...form, pair })}
          error={errors.pair}
          mono
          placeholder="0x…"
          hint="The splitter sells fee shares there, only below the waiting fee shares' value per manager token."
        />
      )}
      <p className="text-sm text-subtle">
        Fee shares already credited to holders stay theirs to claim in either mode; switching back to claims credits the
        shares waiting for a buyback to the holders.
      </p>
    </>
  );
}
