import type { RebalanceForm, SwapErrors, SwapForm } from "../../../domain/governance/index.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";
import { emptySwap } from "./forms.ts";

interface Props {
  form: RebalanceForm;
  set: (f: RebalanceForm) => void;
  errors: SwapErrors[];
  ctx: FundContext;
}

export function RebalanceFields({ form, set, errors, ctx }: Props) {
  const sym = (t: string) => ctx.describe.tokens.get(t.toLowerCase())?.symbol ?? t.slice(0, 8);
  const pairs = ctx.pairs.map((p) => {
    const x = ctx.describe.pairs.get(p);
    return { value: p, label: x ? `${sym(x.token0)}/${sym(x.token1)}` : p };
  });
  const update = (i: number, s: SwapForm) => set({ swaps: form.swaps.map((x, k) => (k === i ? s : x)) });
  return (
    <div className="space-y-4">
      {form.swaps.map((s, i) => {
        const pair = ctx.describe.pairs.get(s.pair.toLowerCase());
        const out = pair && (pair.token0.toLowerCase() === s.tokenIn.toLowerCase() ? pair.token1 : pair.token0);
        const e = errors[i] ?? {};
        return (
          <fieldset key={i} data-testid="swap-row" className="space-y-3 rounded-lg border border-line p-3">
            <legend className="px-1 text-sm font-medium">Swap {i + 1}</legend>
            <Field
              label="Pool"
              value={s.pair}
              error={e.pair}
              options={pairs}
              onChange={(p) =>
                update(i, { ...s, pair: p, tokenIn: ctx.describe.pairs.get(p)?.token0 ?? "", exact: undefined })
              }
            />
            {pair && (
              <Field
                label="Sell"
                value={s.tokenIn}
                error={e.tokenIn}
                onChange={(tokenIn) => update(i, { ...s, tokenIn, exact: undefined })}
                options={[pair.token0, pair.token1].map((t) => ({
                  value: t,
                  label: `${sym(t)} for ${sym(t === pair.token0 ? pair.token1 : pair.token0)}`,
                }))}
              />
            )}
            <Field
              label={`Amount to sell${pair ? ` (${sym(s.tokenIn)})` : ""}`}
              value={s.amountIn}
              error={e.amountIn}
              inputMode="decimal"
              onChange={(amountIn) => update(i, { ...s, amountIn })}
            />
            <Field
              label={`Minimum to receive${out ? ` (${sym(out)})` : ""}`}
              value={s.minOut}
              error={e.minOut}
              inputMode="decimal"
              onChange={(minOut) => update(i, { ...s, minOut })}
              hint={
                "The swap runs days from now, when the vote and the timelock are over: leave room for the " +
                "price to move."
              }
            />
            {form.swaps.length > 1 && (
              <button
                type="button"
                className="text-sm text-danger hover:underline"
                onClick={() => set({ swaps: form.swaps.filter((_, k) => k !== i) })}
              >
                Remove swap {i + 1}
              </button>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="text-sm font-medium text-brand hover:underline"
        onClick={() => set({ swaps: [...form.swaps, emptySwap(ctx)] })}
      >
        Add a swap
      </button>
    </div>
  );
}
