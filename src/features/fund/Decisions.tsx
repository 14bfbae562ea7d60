// How the fund is decided and the guidelines its contracts enforce on every trade: the overview's
// last section, loaded with the others below the charts (OverviewSections).
import { shortAddress } from "../../lib/format.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";
import { Limits } from "./Limits.tsx";
import type { FundData } from "./types.ts";

/** The decision mechanism (DESIGN §2) in words. */
function decisionsText(d: FundData) {
  const who = shortAddress(d.manager);
  // Without a manager token the investors govern with the shares they delegated (paper ch. 2.3).
  const voters = isInvestorGoverned(d.set) ? "investors, with their delegated shares," : "manager-token holders";
  if (d.mechanism === 0)
    return (
      `Decentralised: ${voters} propose and vote; passed proposals are executed by the ` +
      `timelock ${shortAddress(d.set.timelock)}, which also trades for the fund.`
    );
  if (d.mechanism === 1)
    return (
      `Centralised: a professional institution (${who}) trades for the fund within the guidelines; ` +
      `${voters} set the guidelines and fees by vote.`
    );
  if (d.mechanism === 3)
    return (
      `By committee: members elected by the ${voters} (${who}) approve each trade on-chain, ` +
      `M of N, within the guidelines; governance elects and replaces them and sets M by vote.`
    );
  return (
    `Algorithmic: an algorithm's keeper (${who}) rebalances the fund within the guidelines; ` +
    `${voters} set the guidelines and fees by vote.`
  );
}

export function Decisions({ d }: { d: FundData }) {
  return (
    <section aria-labelledby="rules-title" className="space-y-1 text-sm">
      <h2 id="rules-title" className="font-medium">
        Decisions and guidelines
      </h2>
      <p data-testid="fund-decisions" className="text-subtle">
        {decisionsText(d)}
      </p>
      <p className="text-subtle">
        The fund may hold only the assets below, each up to its share of the fund's value (counting its half of any LP
        position), and {d.maxLpBps === 0 ? "no LP positions" : <>LP positions up to {bpsPercent(d.maxLpBps)} in all</>};
        a trade that would break a limit, lose more than the slippage limit at oracle prices or leave less than the
        minimum cash is refused on-chain. Deposits and cash redemptions are open whenever the prices the fund needs are
        fresh; the in-kind exit is always open.
      </p>
      <ul aria-label="Allowed assets and their limits" className="flex flex-wrap gap-2 pt-1">
        {[...d.guidelines].map(([t, g]) => (
          <li key={t} className="rounded-full border border-line px-2 py-0.5 text-xs">
            {d.tokens.get(t)?.symbol ?? shortAddress(t)} ≤ {bpsPercent(g.maxWeightBps)}
            {g.allowed ? "" : " (not allowed)"}
          </li>
        ))}
      </ul>
      <Limits d={d} />
    </section>
  );
}
