import { buybackRoom } from "../../../domain/exits/index.ts";
import type { BuybackForm, Errors } from "../../../domain/governance/index.ts";
import { formatTokenAmount } from "../../../lib/format.ts";
import { ppmPercent } from "../../../lib/percent.ts";
import { useFundState } from "../../../chain/useFundState.ts";
import type { FundContext } from "../chain/readContext.ts";
import { Field } from "../../../components/Field.tsx";

interface Props {
  form: BuybackForm;
  set: (f: BuybackForm) => void;
  errors: Errors<BuybackForm>;
  ctx: FundContext;
}

/** How much cash to spend on the fund's own shares, and the limit; the hint shows the pool's discount. */
export function BuybackFields({ form, set, errors, ctx }: Props) {
  const currency = ctx.assets.find((a) => a.address.toLowerCase() === ctx.denomination.toLowerCase());
  const sym = currency?.symbol ?? "";
  const dec = currency?.decimals ?? 18;
  const manages = ctx.settings.manager.toLowerCase() === ctx.set.timelock.toLowerCase();
  const held = ctx.settings.held.get(ctx.denomination.toLowerCase());
  return (
    <>
      <PoolDiscount ctx={ctx} sym={sym} dec={dec} />
      <Field
        label={`Cash to spend on the fund's shares (${sym})`}
        value={form.cash}
        onChange={(cash) => set({ ...form, cash })}
        error={errors.cash}
        inputMode="decimal"
        mono
        placeholder={manages ? "10000" : "only the manager buys back"}
        hint={
          manages
            ? `The fund holds ${held === undefined ? "—" : formatTokenAmount(held, dec, sym)} in cash. The shares it buys are burnt.`
            : "Governance is not this fund's manager: the manager buys back; a proposal can only set the limit."
        }
      />
      <Field
        label="Buyback limit (% of the share supply per 30 days)"
        value={form.limit}
        onChange={(limit) => set({ ...form, limit })}
        error={errors.limit}
        inputMode="decimal"
        placeholder="leave empty to keep it"
        hint="A budget that refills day by day: splitting a buyback buys no more. 0 stops buybacks."
      />
      <p className="text-sm text-subtle">
        The fund buys only while its share trades below its intrinsic value in its {sym} pool, and refuses any buy whose
        average price would reach it: the NAV per share of the remaining shares can only rise.
      </p>
    </>
  );
}

function PoolDiscount({ ctx, sym, dec }: { ctx: FundContext; sym: string; dec: number }) {
  const q = useFundState(ctx.set.fund);
  if (!q.data) return null;
  const d = q.data;
  const pool = d.pools.find((p) => p.token === "investor" && p.quote.toLowerCase() === ctx.denomination.toLowerCase());
  const r = buybackRoom(
    pool && { reserveShares: pool.reserveToken, reserveCash: pool.reserveQuote },
    d.snapshot.intrinsic.perShare,
    d.decimals,
  );
  const nav = formatTokenAmount(d.snapshot.intrinsic.perShare, dec, sym, { maximumFractionDigits: 4 });
  const text = r.possible
    ? `The share trades at ${formatTokenAmount(r.price, dec, sym, { maximumFractionDigits: 4 })} in its pool, ` +
      `${ppmPercent(-r.discountPpm)} below its intrinsic value of ${nav}: a buyback is possible. Up to about ` +
      `${formatTokenAmount(r.maxCash, dec, sym, { maximumFractionDigits: 0 })} keeps every share bought below NAV.`
    : r.reason === "no-pool"
      ? `The share has no ${sym} pool: there is nothing to buy back in.`
      : `The share trades at or above its intrinsic value of ${nav} in its pool: a buyback would be refused.`;
  return (
    <p
      data-testid="buyback-discount"
      data-possible={String(r.possible)}
      className="rounded-lg border border-line p-2 text-sm"
    >
      {text}
    </p>
  );
}
