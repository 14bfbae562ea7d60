import type { Errors, StrategyForm } from "../../../domain/governance/index.ts";
import { normalizeStatement, STRATEGY_MAX_BYTES, utf8Length } from "../../../domain/strategy/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: StrategyForm;
  set: (f: StrategyForm) => void;
  errors: Errors<StrategyForm>;
  ctx: FundContext;
}

const count = new Intl.NumberFormat("en-US");

/** The new statement, counted in bytes as the registry counts it; the description will quote it in full. */
export function StrategyFields({ form, set, errors, ctx }: Props) {
  const bytes = utf8Length(normalizeStatement(form.text));
  const now = ctx.strategy;
  return (
    <>
      <Field
        label="New strategy statement"
        value={form.text}
        onChange={(text) => set({ ...form, text })}
        error={errors.text}
        multiline
        placeholder="What the fund holds and why, and how it rebalances"
        hint={`${count.format(bytes)} of ${count.format(STRATEGY_MAX_BYTES)} bytes.`}
      />
      <p className="text-sm text-subtle">
        {now && now.version > 0
          ? `Replaces version ${now.version} of the statement (the field starts from it). `
          : "The fund has no statement yet. "}
        The proposal's description quotes the new text in full; blank lines separate paragraphs. The contracts do not
        enforce these words: the guidelines do.
      </p>
    </>
  );
}
