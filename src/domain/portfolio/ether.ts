// Paying a WETH fund with native ether: which currency the form offers first, and what Max
// fills when the gas of the deposit itself must come out of the same balance.

export type PayWith = "eth" | "weth";

/** Gas budget of one ether deposit through the gateway (wrap, approve, a fund's deposit with its
 * accrual and NAV record): above what it uses, so that Max never leaves too little. */
export const ETH_DEPOSIT_GAS = 400_000n;

/** What the user holds more of; ether when the wallet has no WETH (a tie goes to ether too). */
export function defaultPayWith(eth: bigint, weth: bigint): PayWith {
  return weth === 0n || eth >= weth ? "eth" : "weth";
}

/** The ether kept back for the deposit's gas at `maxFeePerGas` (wei per gas, as the wallet bids). */
export function gasReserve(maxFeePerGas: bigint): bigint {
  return ETH_DEPOSIT_GAS * maxFeePerGas;
}

export interface EthMaxInput {
  balance: bigint;
  reserve: bigint;
  maxDeposit: bigint;
  fresh: boolean;
  show: (wei: bigint) => string;
}

/** Max in ether: the balance less the gas reserve, within the fund's limit, and it says so. */
export function ethDepositMax({ balance, reserve, maxDeposit, fresh, show }: EthMaxInput): {
  value?: bigint;
  note: string;
} {
  if (!fresh) return { note: "Deposits are paused while a price is out of date, so Max has nothing to fill." };
  if (balance <= reserve)
    return { note: `Your ${show(balance)} would not cover the gas of a deposit (about ${show(reserve)}).` };
  const room = balance - reserve;
  if (maxDeposit < room)
    return {
      value: maxDeposit,
      note: `Limited by the fund's deposit limit: it accepts at most ${show(maxDeposit)} now.`,
    };
  return { value: room, note: `Max leaves ${show(reserve)} for gas.` };
}
