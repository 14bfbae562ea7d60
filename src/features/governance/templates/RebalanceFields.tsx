import type { ReactNode } from "react";
import type { Address } from "viem";
import {
  isVaultMove,
  type RebalanceForm,
  type SwapErrors,
  type SwapForm,
  type VaultMoveForm,
} from "../../../domain/governance/index.ts";
import { formatTokenAmount, shortAddress } from "../../../lib/format.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";
import { useVaultPreview } from "../queries.ts";
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
        const remove = form.swaps.length > 1 && (
          <button
            type="button"
            className="text-sm text-danger hover:underline"
            onClick={() => set({ swaps: form.swaps.filter((_, k) => k !== i) })}
          >
            Remove step {i + 1}
          </button>
        );
        if (isVaultMove(s))
          return (
            <VaultMoveRow key={i} step={i + 1} move={s} errors={errors[i] ?? {}} ctx={ctx}>
              {remove}
            </VaultMoveRow>
          );
        const pair = ctx.describe.pairs.get(s.pair.toLowerCase());
        const out = pair && (pair.token0.toLowerCase() === s.tokenIn.toLowerCase() ? pair.token1 : pair.token0);
        const e = errors[i] ?? {};
        return (
          <fieldset key={i} data-testid="swap-row" className="space-y-3 rounded-lg border border-line p-3">
            <legend className="px-1 text-sm font-medium">{i + 1}. Swap</legend>
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
            {remove}
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

/**
 * A drafted vault move, as drafted (its exact amounts): what goes in and the least that comes out, in the vault's
 * asset and shares as the vault itself names them.
 */
function VaultMoveRow({
  step,
  move,
  errors,
  ctx,
  children,
}: {
  step: number;
  move: VaultMoveForm;
  errors: SwapErrors;
  ctx: FundContext;
  children: ReactNode;
}) {
  const preview = useVaultPreview(move.vault as Address);
  const meta = (t: string) =>
    (preview.data && "tokens" in preview.data ? preview.data.tokens.get(t.toLowerCase()) : undefined) ??
    ctx.describe.tokens.get(t.toLowerCase());
  const text = (t: string, x: bigint) => {
    const m = meta(t);
    return m ? formatTokenAmount(x, m.decimals, m.symbol) : `${x} base units of ${shortAddress(t)}`;
  };
  const vault = meta(move.vault)?.symbol ?? shortAddress(move.vault);
  const [from, to] = move.into ? [move.asset, move.vault] : [move.vault, move.asset];
  return (
    <fieldset data-testid="vault-move-row" className="space-y-2 rounded-lg border border-line p-3 text-sm">
      <legend className="px-1 font-medium">
        {step}. {move.into ? `Deposit into the ${vault} vault` : `Redeem from the ${vault} vault`}
      </legend>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-subtle">{move.into ? "Deposit" : "Redeem"}</dt>
        <dd className="font-mono" data-testid="vault-move-amount">
          {text(from, move.amount)}
        </dd>
        <dt className="text-subtle">At least</dt>
        <dd className="font-mono">{text(to, move.minOut)}</dd>
      </dl>
      {(errors.vault || errors.amount || errors.minOut) && (
        <p role="alert" className="text-danger">
          {errors.vault ?? errors.amount ?? errors.minOut}
        </p>
      )}
      <p className="text-xs text-subtle">
        As the Advisor drafted it, at the vault's accepted rate less the allowance: draft again to change it.
      </p>
      {children}
    </fieldset>
  );
}
