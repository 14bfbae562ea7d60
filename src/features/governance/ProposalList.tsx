import { EmptyState } from "../../components/EmptyState.tsx";
import type { ListedProposal } from "./chain/readProposals.ts";
import { ProposalCard } from "./ProposalCard.tsx";

interface Props {
  /** `decimals`: of what votes in the proposal's fund (18 for manager tokens when absent). */
  items: { p: ListedProposal; fund: string; fundName?: string; decimals?: number }[];
  read: { now: bigint; readAt: number };
  empty: string;
}

export function ProposalList({ items, read, empty }: Props) {
  if (items.length === 0) return <EmptyState title={empty} />;
  return (
    <ul className="space-y-3" data-testid="proposal-list">
      {items.map(({ p, fund, fundName, decimals }) => (
        <ProposalCard
          key={`${p.governor}-${p.id}`}
          p={p}
          fund={fund}
          fundName={fundName}
          decimals={decimals}
          read={read}
        />
      ))}
    </ul>
  );
}

export function ListSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading proposals" className="space-y-3">
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-24 animate-pulse rounded-xl bg-muted" />
      ))}
    </div>
  );
}
