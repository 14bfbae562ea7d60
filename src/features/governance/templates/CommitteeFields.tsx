import type { CommitteeForm, Errors } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: CommitteeForm;
  set: (f: CommitteeForm) => void;
  errors: Errors<CommitteeForm>;
  ctx: FundContext;
}

export function CommitteeFields({ form, set, errors, ctx }: Props) {
  const managing = !!ctx.set.committee;
  return (
    <>
      <Field
        label="Committee change"
        value={form.action}
        onChange={(a) => set({ ...form, action: a as CommitteeForm["action"] })}
        options={[
          { value: "elect", label: "Elect a member (or renew a member's term)" },
          { value: "replace", label: "Replace a member" },
          { value: "remove", label: "Remove a member" },
          { value: "threshold", label: "Set the approvals each decision needs" },
        ]}
      />
      <Field
        label="Committee contract"
        value={form.committee}
        onChange={(committee) => set({ ...form, committee })}
        error={errors.committee}
        mono
        placeholder="0x…"
        hint={
          managing
            ? "The committee that manages the fund now."
            : "A FundCommittee deployed for this fund and owned by its timelock; hand it the fund with the manager template."
        }
      />
      {form.action !== "threshold" && (
        <Field
          label={form.action === "replace" ? "Member to replace" : "Member's address"}
          value={form.member}
          onChange={(member) => set({ ...form, member })}
          error={errors.member}
          mono
          placeholder="0x…"
        />
      )}
      {form.action === "replace" && (
        <Field
          label="New member's address"
          value={form.replacement}
          onChange={(replacement) => set({ ...form, replacement })}
          error={errors.replacement}
          mono
          placeholder="0x…"
        />
      )}
      {(form.action === "elect" || form.action === "replace") && (
        <Field
          label="Term ends (YYYY-MM-DD)"
          value={form.termEnd}
          onChange={(termEnd) => set({ ...form, termEnd })}
          error={errors.termEnd}
          hint="After this date the member's approvals stop counting until governance re-elects it."
        />
      )}
      {form.action === "threshold" && (
        <Field
          label="Approvals needed (M)"
          value={form.threshold}
          onChange={(threshold) => set({ ...form, threshold })}
          error={errors.threshold}
          inputMode="numeric"
          hint="Between 1 and the number of members."
        />
      )}
    </>
  );
}
