// Whether an amount the user typed can go to the contract, checked against what the chain
// allows, with a message for the field. `show` formats an amount of the field's token.

export type Check = { ok: true } | { ok: false; message: string };
const fail = (message: string): Check => ({ ok: false, message });

export function checkDeposit(amount: bigint, balance: bigint, maxDeposit: bigint, show: (v: bigint) => string): Check {
  if (amount === 0n) return fail("Enter an amount above zero.");
  if (amount > balance) return fail(`That is more than your balance of ${show(balance)}.`);
  if (maxDeposit === 0n) return fail("Deposits are paused while a price feed is stale.");
  if (amount > maxDeposit) return fail(`The fund accepts at most ${show(maxDeposit)} now.`);
  return { ok: true };
}

/** A redemption typed as shares (limits in shares) or as assets (limits in assets). */
export function checkRedeem(amount: bigint, held: bigint, max: bigint, show: (v: bigint) => string): Check {
  if (amount === 0n) return fail("Enter an amount above zero.");
  if (amount > held) return fail(`That is more than you hold (${show(held)}).`);
  if (max === 0n) return fail("Redemptions are paused while a price feed is stale.");
  if (amount > max) return fail(`The fund's cash covers at most ${show(max)} now.`);
  return { ok: true };
}

/** A deposit that would mint no share: the fund would keep the assets for nothing (it reverts `ZeroShares`). */
export function checkMints(shares: bigint): Check {
  return shares === 0n
    ? fail("That is too little to buy any part of a share: you would receive 0. Enter a larger amount.")
    : { ok: true };
}

/** A redemption that would pay nothing: the shares would burn for nothing. */
export function checkPays(assets: bigint, symbol: string): Check {
  return assets === 0n
    ? fail(
        `Those shares are worth less than the smallest unit of ${symbol} after the exit fee: you would ` +
          `receive 0. Enter a larger amount.`,
      )
    : { ok: true };
}
