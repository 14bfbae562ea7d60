import type { Errors, VamForm } from "../../../domain/governance/index.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: VamForm;
  set: (f: VamForm) => void;
  errors: Errors<VamForm>;
  checking: boolean;
}

export function VamFields({ form, set, errors, checking }: Props) {
  return (
    <Field
      label="Deal contract address"
      value={form.deal}
      onChange={(deal) => set({ deal })}
      error={errors.deal}
      mono
      placeholder="0x…"
      hint={
        checking
          ? "Reading the deal's terms…"
          : "The project deploys the deal and escrows its tokens; approving escrows the fund's two tranches."
      }
    />
  );
}
