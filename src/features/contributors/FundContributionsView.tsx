import { useAccount } from "../../chain/account.ts";
import { Distribution } from "./Distribution.tsx";
import { AwardItem } from "./AwardItem.tsx";
import { tokens } from "./format.ts";
import type { FundContributions } from "./readContributions.ts";

function YourAwards({ f }: { f: FundContributions }) {
  const { address } = useAccount();
  if (!address) return null;
  const mine = f.awards.filter((r) => r.award.contributor.toLowerCase() === address.toLowerCase());
  if (mine.length === 0) return null;
  const claimable = mine.reduce((s, r) => s + r.status.claimable, 0n);
  const unvested = mine.reduce((s, r) => s + r.status.unvested, 0n);
  return (
    <p data-testid="your-awards" className="rounded-lg border border-brand/60 bg-brand/5 p-3 text-sm">
      You have {mine.length} award{mine.length === 1 ? "" : "s"} here:{" "}
      <span className="font-mono">{tokens(claimable, f.token)}</span> claimable now and{" "}
      <span className="font-mono">{tokens(unvested, f.token)}</span> still vesting.
    </p>
  );
}

export function FundContributionsView({ f }: { f: FundContributions }) {
  return (
    <div className="space-y-4" data-testid="fund-contributions" data-fund={f.fund.address.toLowerCase()}>
      <YourAwards f={f} />
      <Distribution f={f} />
      <section aria-labelledby={`ledger-${f.fund.address}`} className="space-y-2">
        <h3 id={`ledger-${f.fund.address}`} className="font-medium">
          Ledger of awards
        </h3>
        {f.awards.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-4 text-sm text-subtle">
            Governance has not awarded any {f.token.symbol} for contributions yet.
          </p>
        ) : (
          <ol className="space-y-2">
            {[...f.awards].reverse().map((r) => (
              <AwardItem key={r.id.toString()} row={r} f={f} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
