// A member proposes a swap for the fund: a pair, the token to sell, the amount, the slippage
// allowed from the pool's quote at the time of proposing, and how many days the decision stays open.
import { useId, useState } from "react";
import { encodeFunctionData, type Address } from "viem";
import { fundAbi } from "../../chain/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import type { TxPlan } from "../../chain/tx/index.ts";
import { ammPairAbi } from "../../chain/deployments/abis/AmmPair.ts";
import { fundCommitteeAbi } from "../../chain/deployments/abis/FundCommittee.ts";
import { minOut, parseExpiry } from "../../domain/committee/index.ts";
import { TxButton } from "../../components/TxButton.tsx";
import { parseAmount } from "../../lib/units.ts";
import { committeeMessages, pairName } from "./format.ts";
import type { Pair, Token } from "./readCommittee.ts";

interface Props {
  committee: Address;
  pairs: readonly Pair[];
  tokens: ReadonlyMap<string, Token>;
  client: ReadClient;
}

const input =
  "mt-1 w-full rounded-lg border border-line bg-surface px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-brand";

export function ProposeTrade({ committee, pairs, tokens, client }: Props) {
  const id = useId();
  const [pair, setPair] = useState<string>(pairs[0]?.address ?? "");
  const p = pairs.find((x) => x.address === pair);
  const [tokenIn, setTokenIn] = useState<string>(p?.token0 ?? "");
  const [amount, setAmount] = useState("");
  const [slippage, setSlippage] = useState("1");
  const [days, setDays] = useState("3");
  if (!p) return null;
  const sides = [p.token0, p.token1];
  const sell = sides.find((t) => t.toLowerCase() === tokenIn.toLowerCase()) ?? p.token0;
  const token = tokens.get(sell.toLowerCase());
  const parsed = token ? parseAmount(amount, token.decimals) : undefined;
  const amountError = amount !== "" && parsed && !parsed.ok ? "Enter an amount such as 1000 or 0.5." : undefined;
  const slipOk = minOut(1n, slippage) !== undefined;
  const daysOk = parseExpiry(days, 0n).ok;
  const ready = !!parsed?.ok && parsed.value > 0n && slipOk && daysOk;

  const plan = (): TxPlan => ({
    title: `Propose: sell ${amount} ${token?.symbol ?? ""} through ${pairName(pairs, tokens, p.address)}`,
    messages: committeeMessages,
    steps: async () => {
      if (!parsed?.ok) throw new Error("Enter an amount.");
      const [out, block] = await Promise.all([
        client.readContract({
          address: p.address,
          abi: ammPairAbi,
          functionName: "getAmountOut",
          args: [sell, parsed.value],
        }),
        client.getBlock(),
      ]);
      const expiry = parseExpiry(days, block.timestamp);
      const least = minOut(out, slippage);
      if (!expiry.ok || least === undefined) throw new Error("Check the slippage and the days open.");
      const data = encodeFunctionData({
        abi: fundAbi,
        functionName: "swap",
        args: [p.address, sell, parsed.value, least],
      });
      return [
        {
          label: "Propose the trade",
          request: { address: committee, abi: fundCommitteeAbi, functionName: "propose", args: [data, expiry.value] },
        },
      ];
    },
  });

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-line bg-surface p-4"
      data-testid="propose-trade"
    >
      <h2 id={`${id}-title`} className="font-medium">
        Propose a trade
      </h2>
      <p className="mt-1 text-sm text-subtle">
        Your proposal counts as your approval. The fund still checks its guidelines and the oracles' prices when the
        decision is executed.
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <label className="text-sm" htmlFor={`${id}-pair`}>
          Pair
          <select
            id={`${id}-pair`}
            className={input}
            value={pair}
            onChange={(e) => {
              setPair(e.target.value);
              setTokenIn(pairs.find((x) => x.address === e.target.value)?.token0 ?? "");
            }}
          >
            {pairs.map((x) => (
              <option key={x.address} value={x.address}>
                {pairName(pairs, tokens, x.address)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm" htmlFor={`${id}-sell`}>
          Sell
          <select id={`${id}-sell`} className={input} value={sell} onChange={(e) => setTokenIn(e.target.value)}>
            {sides.map((t) => (
              <option key={t} value={t}>
                {tokens.get(t.toLowerCase())?.symbol ?? t}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm" htmlFor={`${id}-amount`}>
          Amount ({token?.symbol})
          <input
            id={`${id}-amount`}
            className={input}
            inputMode="decimal"
            value={amount}
            aria-invalid={!!amountError}
            aria-describedby={amountError ? `${id}-amount-error` : undefined}
            onChange={(e) => setAmount(e.target.value)}
          />
          {amountError && (
            <span id={`${id}-amount-error`} className="text-xs text-danger">
              {amountError}
            </span>
          )}
        </label>
        <div className="grid grid-cols-2 gap-3">
          <label className="text-sm" htmlFor={`${id}-slip`}>
            Slippage (%)
            <input
              id={`${id}-slip`}
              className={input}
              inputMode="decimal"
              value={slippage}
              aria-invalid={!slipOk}
              onChange={(e) => setSlippage(e.target.value)}
            />
          </label>
          <label className="text-sm" htmlFor={`${id}-days`}>
            Open for (days)
            <input
              id={`${id}-days`}
              className={input}
              inputMode="numeric"
              value={days}
              aria-invalid={!daysOk}
              onChange={(e) => setDays(e.target.value)}
            />
          </label>
        </div>
      </div>
      <div className="mt-3">
        {ready ? (
          <TxButton testId="propose-submit" label="Propose" connectLabel="Connect a member's wallet" plan={plan} />
        ) : (
          <p className="text-xs text-subtle">Enter an amount, a slippage up to 50 % and 1 to 30 days to propose.</p>
        )}
      </div>
    </section>
  );
}
