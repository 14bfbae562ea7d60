import { AppLink } from "../../components/AppLink.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ContributionsState } from "./ContributionsState.tsx";
import { FundContributionsView } from "./FundContributionsView.tsx";
import { useContributions } from "./useContributions.ts";

export function ContributorsPage() {
  const q = useContributions();
  const withAwards = q.data?.funds.filter((f) => f.awards.length > 0) ?? [];
  const without = q.data?.funds.filter((f) => f.awards.length === 0) ?? [];
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Contributors
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-subtle">
          The ledger of labor vouchers: manager tokens that each fund's governance awarded for contributions, by
          category, with their memo, the proposal that approved them and their vesting.
        </p>
      </header>
      {!q.data ? (
        <ContributionsState q={q} />
      ) : withAwards.length === 0 ? (
        <EmptyState title="No contribution awards yet">
          No fund's governance has awarded manager tokens for contributions.
        </EmptyState>
      ) : (
        withAwards.map((f) => (
          <section key={f.fund.address} aria-labelledby={`fund-${f.fund.address}`} className="space-y-3">
            <h2 id={`fund-${f.fund.address}`} className="text-lg font-semibold">
              <AppLink to={`/fund/${f.fund.address}?tab=contributors`} className="hover:underline">
                {f.fund.name}
              </AppLink>
            </h2>
            <FundContributionsView f={f} />
          </section>
        ))
      )}
      {without.length > 0 && (
        <p className="text-sm text-subtle" data-testid="funds-without-awards">
          No awards yet in{" "}
          {without.map((f, i) => (
            <span key={f.fund.address}>
              {i > 0 && (i === without.length - 1 ? " and " : ", ")}
              <AppLink to={`/fund/${f.fund.address}?tab=contributors`} className="text-brand hover:underline">
                {f.fund.name}
              </AppLink>
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}
