// Distributing cash to investors (`Fund.distribute`): the form's amount turned into the call,
// refused where the contract would refuse it (more than the fund's free cash), and the call in words.
import { encodeFunctionData } from "viem";
import { formatDateTime } from "../../lib/dates.ts";
import { formatAmount } from "../../lib/format.ts";
import type { FundSet, GovAbis, RawAction } from "./decode.ts";
import { parseAmount } from "./input.ts";

export interface DistributeForm {
  /** In the fund's denomination asset, e.g. "25000". */
  amount: string;
}

export interface DistributeEnv {
  set: FundSet;
  abis: Pick<GovAbis, "fund">;
  currency: { symbol: string; decimals: number };
  /** The fund's cash less what it owes, when known. */
  cash?: bigint;
  /** The snapshot: the holders at this second (unix) are paid; the proposal's own time. */
  snapshot: bigint;
}

type Result = { ok: true; actions: RawAction[] } | { ok: false; errors: Partial<Record<keyof DistributeForm, string>> };

const money = (v: bigint, c: DistributeEnv["currency"]) =>
  `${formatAmount(v, c.decimals, { maximumFractionDigits: c.decimals })} ${c.symbol}`;

export function buildDistribute(f: DistributeForm, env: DistributeEnv): Result {
  const amount = parseAmount(f.amount, env.currency.decimals);
  if (!amount.ok) return { ok: false, errors: { amount: amount.error } };
  if (env.cash !== undefined && amount.value > env.cash)
    return {
      ok: false,
      errors: {
        amount:
          `The fund holds ${money(env.cash, env.currency)} in cash it can pay out: ` +
          "distribute at most that, or sell other assets first.",
      },
    };
  const calldata = encodeFunctionData({
    abi: env.abis.fund,
    functionName: "distribute",
    args: [amount.value, env.snapshot],
  } as Parameters<typeof encodeFunctionData>[0]);
  return { ok: true, actions: [{ target: env.set.fund, value: 0n, calldata }] };
}

/** `Fund.distribute(amount, snapshot)` in words. */
export function distributeText(
  amount: bigint,
  snapshot: bigint,
  currency: { symbol: string; decimals: number } | undefined,
) {
  const what = currency ? money(amount, currency) : `${amount} base units of the fund's asset`;
  return {
    title: `Distribute ${what} to the investors, pro rata to their shares at ${formatDateTime(snapshot)}`,
    details: [
      "The cash leaves the fund when this runs, so the NAV falls by exactly that amount; each holder at the " +
        "snapshot claims its part whenever it likes, and shares moved after the snapshot do not move it.",
    ],
    warnings: [] as string[],
  };
}
