// Manager tokens of one fund: what the holder owns through them (the fees credited to it, which it
// can claim, plus its tokens' share of the fees not yet credited), and the votes they carry (none
// until delegated, so self-delegation is one click).
import { zeroAddress, type Address } from "viem";

import { StaleMark } from "../../components/StaleFunds.tsx";
import { useTransaction } from "../../chain/tx/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { formatTokenAmount, shortAddress } from "../../lib/format.ts";
import { managerCardId } from "./AttentionStrip.tsx";
import { shown } from "./money.ts";
import type { FundHolding, Portfolio } from "./readPortfolio.ts";
import { feeSplitterAbi } from "../../chain/deployments/abis/FeeSplitter.ts";
import { managerTokenAbi } from "../../chain/deployments/abis/ManagerToken.ts";

const splitterAbi = feeSplitterAbi;
const tokenAbi = managerTokenAbi;
const tokens = (v: bigint) => formatTokenAmount(v, 18, "", { maximumFractionDigits: 2 }).trim();
const button =
  "rounded-lg border border-line px-3 py-1.5 text-sm font-medium hover:bg-muted focus-visible:outline-2 " +
  "focus-visible:outline-brand disabled:opacity-60";

export function ManagerTokenCard({
  h,
  account,
  unit,
  units,
}: {
  h: FundHolding;
  account: Address;
  unit: Denomination;
  units: Portfolio["units"];
}) {
  const claim = useTransaction();
  const credit = useTransaction();
  const delegate = useTransaction();
  const self = h.delegate.toLowerCase() === account.toLowerCase();
  const busy = (s: string) => s === "simulating" || s === "signing" || s === "pending";
  const row = "flex flex-wrap items-baseline justify-between gap-x-3 py-1";
  return (
    <li
      id={managerCardId(h.fund)}
      data-testid="manager-tokens"
      data-fund={h.fund}
      className="scroll-mt-20 rounded-xl border border-line bg-surface p-4"
    >
      <h3 className="font-medium">
        {h.name} <span className="text-sm font-normal text-subtle">manager token</span>
      </h3>
      <dl className="mt-2 divide-y divide-line text-sm">
        <div className={row}>
          <dt className="text-subtle">Held</dt>
          <dd data-testid="mt-balance" data-value={h.managerTokens.toString()} className="font-mono">
            {tokens(h.managerTokens)}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Claimable fees, credited to you</dt>
          <dd className="flex items-center gap-2">
            <span
              data-testid="mt-claimable"
              data-value={h.claimableShares.toString()}
              data-worth={h.managerTokenParts.credited.toString()}
              className="font-mono"
            >
              {shown(h.claimableValue, h, unit, units)}
            </span>
            <button
              type="button"
              className={button}
              disabled={h.claimableShares === 0n || busy(claim.state.status)}
              onClick={() =>
                void claim.run({
                  title: `Claim ${h.name} fees`,
                  steps: [
                    {
                      label: "Claim fees",
                      request: { address: h.feeSplitter, abi: splitterAbi, functionName: "claim" },
                    },
                  ],
                })
              }
            >
              {busy(claim.state.status) ? "Claiming…" : "Claim"}
            </button>
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">
            Your tokens' share of the fees not yet credited
            <span className="block text-xs">
              {h.feesExcluded && "excluded from the fees by governance: "}
              {tokens(h.managerTokens)} ×{" "}
              <span data-testid="mt-per-token" data-value={h.perManagerToken.toString()} className="font-mono">
                {shown(h.perManagerToken, h, unit, units)}
              </span>{" "}
              per token{h.feesExcluded && ", which yours do not earn"}
            </span>
          </dt>
          <dd className="flex items-center gap-2">
            <span data-testid="mt-share" data-value={h.managerTokenParts.tokens.toString()} className="font-mono">
              {shown(h.managerTokenParts.tokens, h, unit, units)}
            </span>
            {/* Anyone may credit the fees to every holder of the moment; then this share becomes claimable. */}
            <button
              type="button"
              className={button}
              title="Credits the fees accrued so far to every holder, pro rata to their tokens; yours become claimable"
              disabled={h.managerTokenParts.tokens === 0n || h.feesExcluded || busy(credit.state.status)}
              onClick={() =>
                void credit.run({
                  title: `Credit ${h.name} fees to holders`,
                  steps: [
                    {
                      label: "Credit fees",
                      request: { address: h.feeSplitter, abi: splitterAbi, functionName: "distribute" },
                    },
                  ],
                })
              }
            >
              {busy(credit.state.status) ? "Crediting…" : "Credit"}
            </button>
          </dd>
        </div>
        <div className={row}>
          <dt className="font-medium">Your value: claimable fees + your tokens' share</dt>
          <dd
            data-testid="mt-value"
            data-value={h.managerTokenValue.toString()}
            data-stale={!h.pricesFresh || undefined}
            className="text-right font-mono font-medium"
          >
            {shown(h.managerTokenValue, h, unit, units)}
            {!h.pricesFresh && <StaleMark />}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Voting power</dt>
          <dd data-testid="mt-votes" data-value={h.votes.toString()} className="font-mono">
            {tokens(h.votes)}
          </dd>
        </div>
        <div className={row}>
          <dt className="text-subtle">Delegation</dt>
          <dd data-testid="mt-delegation">
            {h.delegate === zeroAddress ? "not delegated" : self ? "to yourself" : `to ${shortAddress(h.delegate)}`}
          </dd>
        </div>
      </dl>
      {h.delegate === zeroAddress && (
        <div
          role="status"
          className={
            "mt-3 flex flex-wrap items-center justify-between gap-2 rounded-lg " +
            "bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
          }
        >
          <span>These tokens carry no votes until they are delegated.</span>
          <button
            type="button"
            className={button}
            disabled={busy(delegate.state.status)}
            onClick={() =>
              void delegate.run({
                title: `Delegate ${h.name} votes to yourself`,
                steps: [
                  {
                    label: "Delegate to yourself",
                    request: { address: h.managerToken, abi: tokenAbi, functionName: "delegate", args: [account] },
                  },
                ],
              })
            }
          >
            {busy(delegate.state.status) ? "Delegating…" : "Delegate to myself"}
          </button>
        </div>
      )}
      {[claim.state, credit.state, delegate.state].map(
        (s, i) =>
          s.status === "failed" &&
          s.error && (
            <p key={i} role="alert" className="mt-2 text-sm text-danger">
              {s.error.message}
            </p>
          ),
      )}
    </li>
  );
}
