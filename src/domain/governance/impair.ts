// Marking a primary-market position down (`Fund.impairPrimary`): the form's price per whole token turned into the
// on-chain mark, refused where the contract would refuse it, and the change in words, from what value to what value.
import { encodeFunctionData, type Address } from "viem";
import { formatDate } from "../../lib/dates.ts";
import { formatAmount } from "../../lib/format.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { impairment, markCeilingWad, markWadOf, perWholeToken, type PrimaryRaw } from "../valuation/index.ts";
import type { FundSet, GovAbis, RawAction } from "./decode.ts";
import { parseAmount } from "./input.ts";

/** A primary token the fund values at cost (no feed), with what the valuation needs of it and its metadata. */
export type PrimaryPosition = Pick<PrimaryRaw, "paid" | "received" | "mark"> & {
  /** What the fund counts as held: balance less reserved, or what its deals delivered if balanceOf reverts. */
  held: bigint;
  symbol: string;
  decimals: number;
};

export interface ImpairForm {
  token: string;
  /** The new value of one whole token, in the fund's currency. */
  price: string;
}

export interface ImpairEnv {
  set: FundSet;
  abis: Pick<GovAbis, "fund">;
  /** Primary tokens valued at cost, by lower-case address. */
  primaries: ReadonlyMap<string, PrimaryPosition>;
  currency: { symbol: string; decimals: number };
}

type Result = { ok: true; actions: RawAction[] } | { ok: false; errors: Partial<Record<keyof ImpairForm, string>> };

const raw = (p: PrimaryPosition): PrimaryRaw => ({
  token: "",
  balance: p.held,
  reserved: 0n,
  paid: p.paid,
  received: p.received,
  ...(p.mark ? { mark: p.mark } : {}),
});

const money = (v: bigint, c: ImpairEnv["currency"]) =>
  `${formatAmount(v, c.decimals, { maximumFractionDigits: c.decimals, maximumSignificantDigits: 8 })} ${c.symbol}`;

/** What the token is counted at per whole token now: the mark, or its cost. */
export const ceilingPerToken = (p: PrimaryPosition) => perWholeToken(markCeilingWad(p), p.decimals);

export function buildImpair(f: ImpairForm, env: ImpairEnv): Result {
  const p = env.primaries.get(f.token.toLowerCase());
  if (!p) return { ok: false, errors: { token: "Choose one of the fund's primary positions valued at cost." } };
  if (p.received === 0n) return { ok: false, errors: { token: `The fund no longer holds ${p.symbol} at cost.` } };
  const price = parseAmount(f.price, env.currency.decimals, true);
  if (!price.ok) return { ok: false, errors: { price: price.error } };
  const wad = markWadOf(price.value, p.decimals);
  const ceiling = markCeilingWad(p);
  if (wad >= ceiling) {
    const now = money(ceilingPerToken(p), env.currency);
    return {
      ok: false,
      errors: {
        price:
          `Enter less than ${now} a token, what it counts at now (${p.mark ? "its last mark-down" : "its cost"}): ` +
          "a mark-down only goes down; only a price feed can value it higher.",
      },
    };
  }
  const calldata = encodeFunctionData({
    abi: env.abis.fund,
    functionName: "impairPrimary",
    args: [f.token as Address, wad],
  } as Parameters<typeof encodeFunctionData>[0]);
  return { ok: true, actions: [{ target: env.set.fund, value: 0n, calldata }] };
}

/**
 * "Mark PRJ down to 0.5 USDC a token", with, while the proposal has not run, from what to what: the price per token
 * and the position's value, and how far below cost that is.
 */
export function impairText(
  symbol: string,
  wad: bigint,
  currency: ImpairEnv["currency"],
  decimals: number,
  now?: PrimaryPosition,
): { title: string; details: string[]; warnings: string[] } {
  const to = money(perWholeToken(wad, decimals), currency);
  const title = `Mark ${symbol} down to ${to} a token`;
  if (!now) return { title, details: ["It then counts at the lower of its cost and this value."], warnings: [] };
  const from = money(ceilingPerToken(now), currency);
  const before = impairment(raw(now));
  const after = impairment({ ...raw(now), mark: { wad, at: 1n } });
  const since = now.mark ? `marked down on ${formatDate(now.mark.at)}` : "at cost, no market price";
  const details = [
    `From ${from} a token (${since}) to ${to}: the position from ${money(before.value, currency)} to ` +
      `${money(after.value, currency)}, ${bpsPercent(after.belowCostBps)} below cost.`,
    "Only a price feed can value it higher again.",
  ];
  const warnings =
    wad >= markCeilingWad(now) ? [`${symbol} already counts at ${from} a token: execution would fail.`] : [];
  return { title, details, warnings };
}
