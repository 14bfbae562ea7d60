import { bpsText, type Errors, type LimitsForm } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: LimitsForm;
  set: (f: LimitsForm) => void;
  errors: Errors<LimitsForm>;
  ctx: FundContext;
}

export function LimitsFields({ form, set, errors, ctx }: Props) {
  const s = ctx.settings;
  const cash =
    ctx.assets.find((a) => a.address.toLowerCase() === ctx.denomination.toLowerCase())?.symbol ?? "its own currency";
  return (
    <>
      <Field
        label="LP positions, at most (% of the fund's value)"
        value={form.maxLp}
        onChange={(maxLp) => set({ ...form, maxLp })}
        error={errors.maxLp}
        inputMode="decimal"
        hint={`Now ${bpsText(s.maxLpBps)}.`}
      />
      <Field
        label="Slippage limit (% of what a trade gives)"
        value={form.maxSlippage}
        onChange={(maxSlippage) => set({ ...form, maxSlippage })}
        error={errors.maxSlippage}
        inputMode="decimal"
        hint={
          `Now ${bpsText(s.maxSlippageBps)}; at most ${bpsText(ctx.describe.caps.slippageBps)}. The most ` +
          `a trade may lose at oracle prices: lower is safer against sandwiches, too low refuses ordinary trades.`
        }
      />
      <Field
        label={`Minimum cash (% of the fund's value in ${cash})`}
        value={form.minCash}
        onChange={(minCash) => set({ ...form, minCash })}
        error={errors.minCash}
        inputMode="decimal"
        hint={
          `Now ${bpsText(s.minCashBps)}. Trades that spend ${cash} must leave at least this much, so that ` +
          `cash redemptions stay possible.`
        }
      />
    </>
  );
}
