// Loading and error states shared by the page and the tab.
import { readErrorMessage } from "../../chain/index.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import type { useContributions } from "./useContributions.ts";

export function ContributionsState({ q }: { q: ReturnType<typeof useContributions> }) {
  if (q.error && !q.data) {
    return (
      <ErrorState
        title="The contribution rewards could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  }
  return (
    <div data-testid="contributions-loading" aria-busy="true" className="space-y-3">
      <div className="h-48 animate-pulse rounded-xl bg-muted" />
      <div className="h-32 animate-pulse rounded-xl bg-muted" />
    </div>
  );
}
