// What Max fills in the deposit and redeem fields, and why when it is less than the holding
// (or nothing): the fund's cash, a stale price, an empty wallet. Amounts are exact (bigint).

/** `value` to fill (absent: fill nothing); `shares` the exact shares to redeem; `note` why. */
export type MaxFill = { value?: bigint; shares?: bigint; note?: string };

export interface DepositMaxInput {
  balance: bigint;
  maxDeposit: bigint;
  fresh: boolean;
  symbol: string;
  show: (assets: bigint) => string;
}

export function depositMax({ balance, maxDeposit, fresh, symbol, show }: DepositMaxInput): MaxFill {
  if (!fresh) return { note: "Deposits are paused while a price is out of date, so Max has nothing to fill." };
  if (balance === 0n) return { note: `You hold none: this wallet has no ${symbol}.` };
  if (maxDeposit < balance)
    return {
      value: maxDeposit,
      note: `Limited by the fund's deposit limit: it accepts at most ${show(maxDeposit)} now.`,
    };
  return { value: balance };
}

export interface RedeemMaxInput {
  /** The field's unit: shares, or the asset amount to receive. */
  mode: "shares" | "assets";
  held: bigint;
  maxRedeem: bigint;
  fresh: boolean;
  symbol: string;
  /** What redeeming these shares pays, fee off (the fund's previewRedeem). */
  pays: (shares: bigint) => bigint;
  showShares: (shares: bigint) => string;
  showAssets: (assets: bigint) => string;
}

/**
 * In the asset mode Max still redeems whole shares: it fills what they pay and keeps the shares
 * themselves, so that converting the amount back cannot leave dust behind.
 */
export function redeemMax({
  mode,
  held,
  maxRedeem,
  fresh,
  symbol,
  pays,
  showShares,
  showAssets,
}: RedeemMaxInput): MaxFill {
  if (held === 0n) return { note: `You hold none: this wallet has no ${symbol}.` };
  const inKind = "You can leave in kind with all your shares instead: that needs no price and no cash.";
  if (!fresh)
    return { note: `A price is out of date, so the fund pays no cash now and Max has nothing to fill. ${inKind}` };
  if (maxRedeem === 0n) return { note: `The fund has no cash to pay out now, so Max has nothing to fill. ${inKind}` };
  const shares = maxRedeem < held ? maxRedeem : held;
  const note =
    shares < held
      ? `Limited by the fund's cash: it can pay ${showAssets(pays(shares))} now, for ${showShares(shares)} of ` +
        `your ${showShares(held)}.`
      : undefined;
  return mode === "shares" ? { value: shares, shares, note } : { value: pays(shares), shares, note };
}
