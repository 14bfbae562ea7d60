import { readErrorMessage } from "../../chain/index.ts";
import { useMemo, useState } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { Segmented } from "../../components/Segmented.tsx";
import { ProposalState } from "../../domain/governance/index.ts";
import { ListSkeleton, ProposalList } from "./ProposalList.tsx";
import { useFundSets, useProposals } from "./queries.ts";

const FILTERS = {
  open: {
    label: "In progress",
    states: [ProposalState.Pending, ProposalState.Active, ProposalState.Succeeded, ProposalState.Queued],
  },
  all: { label: "All", states: undefined },
} as const;
type Filter = keyof typeof FILTERS;

/** Every fund's proposals in one list, newest first; each opens in its fund's Governance tab. */
export function GovernancePage() {
  const sets = useFundSets();
  const governors = useMemo(() => sets.data?.map((s) => s.governor), [sets.data]);
  const proposals = useProposals(governors, "governors:all");
  const [filter, setFilter] = useState<Filter>("open");
  const failed = sets.error ?? proposals.error;
  const byGovernor = useMemo(() => new Map(sets.data?.map((s) => [s.governor.toLowerCase(), s])), [sets.data]);
  const items = useMemo(() => {
    const wanted: readonly ProposalState[] | undefined = FILTERS[filter].states;
    return (proposals.data?.proposals ?? [])
      .filter((p) => !wanted || wanted.includes(p.state))
      .flatMap((p) => {
        const s = byGovernor.get(p.governor.toLowerCase());
        return s ? [{ p, fund: s.fund, fundName: s.name, decimals: s.votesDecimals }] : [];
      });
  }, [proposals.data, filter, byGovernor]);

  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <header className="space-y-1">
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Governance
        </h1>
        <p className="max-w-2xl text-sm text-subtle">
          Manager-token holders govern each fund — or, in a fund without a manager token, its investors with their
          shares: its guidelines, fees, manager, primary-market deals, contribution rewards and trades. Open a proposal
          to read its actions, vote, queue or execute it; delegate in the fund's Governance tab.
        </p>
      </header>
      <Segmented
        legend="Show"
        showLegend
        name="proposal-filter"
        value={filter}
        onChange={setFilter}
        options={Object.entries(FILTERS).map(([value, f]) => ({ value: value as Filter, label: f.label }))}
      />
      {failed ? (
        <ErrorState
          title="Proposals could not be read."
          detail={readErrorMessage(failed)}
          onRetry={() => {
            void sets.refetch();
            void proposals.refetch();
          }}
        />
      ) : !proposals.data ? (
        <ListSkeleton />
      ) : (
        <ProposalList
          items={items}
          read={proposals.data}
          empty={filter === "open" ? "No proposal is in progress in any fund." : "No fund has proposals yet."}
        />
      )}
    </section>
  );
}
