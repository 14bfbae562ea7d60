import { MECHANISM_LABEL, type Errors, type ManagerForm } from "../../../domain/governance/index.ts";
import { shortAddress } from "../../../lib/format.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: ManagerForm;
  set: (f: ManagerForm) => void;
  errors: Errors<ManagerForm>;
  ctx: FundContext;
}

export function ManagerFields({ form, set, errors, ctx }: Props) {
  const s = ctx.settings;
  const now =
    s.manager.toLowerCase() === ctx.set.timelock.toLowerCase()
      ? "the timelock (governance)"
      : `${shortAddress(s.manager)}, ${MECHANISM_LABEL[s.mechanism]}`;
  return (
    <>
      <Field
        label="Decision mechanism"
        value={form.mechanism}
        onChange={(m) => set({ ...form, mechanism: m as ManagerForm["mechanism"] })}
        options={[
          { value: "0", label: "Governance: proposals decide trades" },
          { value: "1", label: "An institution" },
          { value: "2", label: "An algorithm's keeper" },
          { value: "3", label: "An investment committee (its FundCommittee contract)" },
        ]}
        hint={`Now: ${now}.`}
      />
      {form.mechanism === "0" ? (
        <p className="text-sm text-subtle">
          The fund's timelock becomes the manager: every trade then needs a proposal.
        </p>
      ) : (
        <Field
          label="Manager's address"
          value={form.manager}
          onChange={(manager) => set({ ...form, manager })}
          error={errors.manager}
          mono
          placeholder="0x…"
          hint={
            form.mechanism === "3"
              ? "A FundCommittee deployed for this fund and owned by its timelock (contracts/scripts/deploy-committee.ts). " +
                "Elect its members first (the committee template), or no trade can be approved."
              : "It may trade only within the guidelines; governance can replace it at any time."
          }
        />
      )}
    </>
  );
}
