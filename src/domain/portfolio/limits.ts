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

/** `shares` is what the redemption burns, whether typed as shares or as assets. */
export function checkRedeem(
  shares: bigint,
  balance: bigint,
  maxRedeem: bigint,
  showShares: (v: bigint) => string,
): Check {
  if (shares === 0n) return fail("Enter an amount above zero.");
  if (shares > balance) return fail(`That is more than your ${showShares(balance)}.`);
  if (maxRedeem === 0n) return fail("Redemptions are paused while a price feed is stale.");
  if (shares > maxRedeem) return fail(`The fund's cash covers at most ${showShares(maxRedeem)} now.`);
  return { ok: true };
}
