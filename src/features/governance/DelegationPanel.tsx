import { useState } from "react";
import { zeroAddress } from "viem";
import { useTransaction } from "../../chain/tx/index.ts";
import { delegateRefusal, parseAddress, votesToken } from "../../domain/governance/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { votesAbi } from "./chain/abis.ts";
import type { FundContext } from "./chain/readContext.ts";
import { ConnectPrompt } from "./ConnectPrompt.tsx";
import { votesText } from "./format.ts";
import { useStanding } from "./queries.ts";
import { busy, buttonClass, inputClass, TxFeedback } from "./TxFeedback.tsx";

/**
 * The account's manager tokens (or, in an investor-governed fund, its shares), its delegate and
 * votes, and delegating to itself or another address (on the manager token or the share ledger).
 */
export function DelegationPanel({ ctx }: { ctx: FundContext }) {
  const standing = useStanding(ctx.set);
  const [to, setTo] = useState<"self" | "other">("self");
  const [other, setOther] = useState("");
  const [touched, setTouched] = useState(false);
  const { state, run } = useTransaction();
  const sym = ctx.managerToken.symbol;
  const dec = ctx.managerToken.decimals;

  let body;
  if (!standing.account) body = <ConnectPrompt to="to see your voting power and delegate" />;
  else if (!standing.data)
    body = standing.error ? (
      <p role="alert" className="text-danger">
        Your votes could not be read.
      </p>
    ) : (
      <div aria-busy="true" className="h-12 animate-pulse rounded bg-muted" />
    );
  else {
    const s = standing.data;
    const me = standing.account;
    const self = s.delegate.toLowerCase() === me.toLowerCase();
    // A holder whose votes already go to itself is not offered that again.
    const mode = self ? "other" : to;
    const target = mode === "self" ? ({ ok: true, value: me } as const) : parseAddress(other);
    const same = target.ok && target.value.toLowerCase() === s.delegate.toLowerCase();
    const refusal = target.ok ? delegateRefusal(target.value, ctx.set) : undefined;
    const error = !target.ok
      ? target.error
      : (refusal ?? (same ? "Your votes already go to this address." : undefined));
    const submit = () => {
      setTouched(true);
      if (error || !target.ok) return;
      const who = mode === "self" ? "yourself" : shortAddress(target.value);
      void run({
        title: `Delegate to ${who}`,
        steps: [
          {
            label: "Delegate",
            request: { address: votesToken(ctx.set), abi: votesAbi, functionName: "delegate", args: [target.value] },
          },
        ],
      });
    };
    body = (
      <div className="space-y-3">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-subtle">{ctx.investorGoverned ? "Your shares" : "You hold"}</dt>
          <dd className="font-mono" data-testid="token-balance">
            {votesText(s.balance, dec)} {sym}
          </dd>
          <dt className="text-subtle">Delegate</dt>
          <dd data-testid="current-delegate">
            {s.delegate === zeroAddress ? (
              "none"
            ) : self ? (
              "yourself"
            ) : (
              <span className="font-mono" title={s.delegate}>
                {shortAddress(s.delegate)}
              </span>
            )}
          </dd>
          <dt className="text-subtle">Your votes now</dt>
          <dd className="font-mono" data-testid="votes-now">
            {votesText(s.votes, dec)}
          </dd>
        </dl>
        {s.delegate === zeroAddress && s.balance > 0n && (
          <p
            role="note"
            data-testid="undelegated-warning"
            className="rounded-lg border border-danger/40 p-2 text-danger"
          >
            Your {ctx.investorGoverned ? `${sym} shares` : sym} carry no votes until you delegate them, to yourself or
            to someone you trust.
          </p>
        )}
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <fieldset className="space-y-1">
            <legend className="text-subtle">Delegate your votes to</legend>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="delegate-to"
                checked={mode === "self"}
                disabled={self}
                onChange={() => setTo("self")}
              />{" "}
              {self ? "Myself (already)" : "Myself"}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="delegate-to" checked={mode === "other"} onChange={() => setTo("other")} />{" "}
              Another address
            </label>
          </fieldset>
          {mode === "other" && (
            <label className="block space-y-1">
              <span className="text-subtle">Delegate's address</span>
              <input
                value={other}
                onChange={(e) => setOther(e.target.value)}
                onBlur={() => setTouched(true)}
                placeholder="0x…"
                spellCheck={false}
                autoComplete="off"
                aria-invalid={touched && !!error}
                aria-describedby="delegate-error"
                className={`${inputClass} font-mono`}
              />
            </label>
          )}
          {touched && error && (
            <p id="delegate-error" data-testid="delegate-error" className="text-danger">
              {error}
            </p>
          )}
          <button type="submit" className={buttonClass} disabled={busy(state)}>
            {mode === "self"
              ? "Delegate to myself"
              : target.ok
                ? `Delegate to ${shortAddress(target.value)}`
                : "Delegate"}
          </button>
          <p className="text-xs text-subtle">
            Votes count on proposals whose snapshot comes after the delegation; proposals already open keep the votes of
            their snapshot.
          </p>
          <TxFeedback state={state} done="Delegation updated." />
        </form>
      </div>
    );
  }
  return (
    <section
      aria-labelledby="delegation-title"
      data-testid="delegation"
      className="space-y-3 rounded-xl border border-line bg-surface p-4 text-sm"
    >
      <h3 id="delegation-title" className="font-medium">
        Voting power and delegation
      </h3>
      {body}
    </section>
  );
}
