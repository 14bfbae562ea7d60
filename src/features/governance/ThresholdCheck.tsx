import type { FundContext } from "./chain/readContext.ts";
import { ConnectPrompt } from "./ConnectPrompt.tsx";
import { votesText } from "./format.ts";
import { useStanding } from "./queries.ts";

export function useThreshold(ctx: FundContext) {
  const standing = useStanding(ctx.set);
  const votes = standing.data?.votes;
  return {
    connected: !!standing.account,
    votes,
    threshold: ctx.params.threshold,
    decimals: ctx.managerToken.decimals,
    unit: ctx.investorGoverned ? "shares" : "tokens",
    enough: votes !== undefined && votes >= ctx.params.threshold,
  };
}

/** Whether the account may propose: its votes now against the governor's proposal threshold. */
export function ThresholdCheck({ t }: { t: ReturnType<typeof useThreshold> }) {
  if (!t.connected) return <ConnectPrompt to="to propose" />;
  if (t.votes === undefined) return <div aria-busy="true" className="h-10 animate-pulse rounded bg-muted" />;
  return (
    <p
      role={t.enough ? "status" : "alert"}
      data-testid="threshold"
      className={`text-sm ${t.enough ? "text-subtle" : "text-danger"}`}
    >
      {t.enough
        ? `Your ${votesText(t.votes, t.decimals)} votes meet the proposal threshold of ${votesText(t.threshold, t.decimals)}.`
        : `Proposing takes ${votesText(t.threshold, t.decimals)} votes; you have ${votesText(t.votes, t.decimals)}. ` +
          `Delegate your ${t.unit} to yourself, or ask holders to delegate to you.`}
    </p>
  );
}
