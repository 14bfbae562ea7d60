// The in-kind exit's basket in words: `Fund.previewRedeemInKind` lists addresses and amounts;
// each line gets its name and units from the fund's reads (listed assets and primary tokens by
// their symbol, LP tokens by their pair, deal parts by the deal's project token).
import type { Address } from "viem";
import { shortAddress } from "../../lib/format.ts";
import { fractionPercent } from "../../lib/percent.ts";

export type BasketLine =
  | { kind: "token"; token: Address; label: string; amount: bigint; decimals: number; symbol: string }
  | { kind: "lp"; token: Address; label: string; amount: bigint; decimals: number; symbol: string }
  | { kind: "deal"; token: Address; label: string; part: bigint; projectSymbol: string };

export type InKindPreview = readonly [readonly Address[], readonly bigint[], readonly Address[], readonly bigint[]];

export interface BasketNames {
  tokens: ReadonlyMap<string, { symbol: string; decimals: number }>;
  pairs: readonly { pair: string; token0: string; token1: string }[];
  deals: readonly { deal: string; projectToken: string }[];
}

/** AMM pair tokens have 18 decimals (as Uniswap v2's). */
const LP_DECIMALS = 18;
const lower = (a: string) => a.toLowerCase();

/** Every line of the basket, zero slices left out: they send nothing. */
export function basketLines([tokens, amounts, deals, parts]: InKindPreview, names: BasketNames): BasketLine[] {
  const sym = (t: string) => names.tokens.get(lower(t))?.symbol ?? shortAddress(t);
  const lines: BasketLine[] = [];
  tokens.forEach((token, i) => {
    const amount = amounts[i] ?? 0n;
    if (amount === 0n) return;
    const pair = names.pairs.find((p) => lower(p.pair) === lower(token));
    if (pair) {
      const label = `${sym(pair.token0)}/${sym(pair.token1)} LP`;
      lines.push({ kind: "lp", token, label, amount, decimals: LP_DECIMALS, symbol: "LP" });
      return;
    }
    const meta = names.tokens.get(lower(token));
    lines.push({
      kind: "token",
      token,
      label: meta?.symbol ?? shortAddress(token),
      amount,
      decimals: meta?.decimals ?? 18,
      symbol: meta?.symbol ?? "",
    });
  });
  deals.forEach((deal, i) => {
    const part = parts[i] ?? 0n;
    if (part === 0n) return;
    const d = names.deals.find((x) => lower(x.deal) === lower(deal));
    const projectSymbol = d ? sym(d.projectToken) : "the project's token";
    lines.push({ kind: "deal", token: deal, label: `VAM deal ${shortAddress(deal)}`, part, projectSymbol });
  });
  return lines;
}

/** A deal part (1e18 = the whole second leg) as a percentage, small parts kept visible: "0.012345%". */
export const partText = (part: bigint) =>
  fractionPercent(part, 18, { maximumFractionDigits: 6, maximumSignificantDigits: 4 });
