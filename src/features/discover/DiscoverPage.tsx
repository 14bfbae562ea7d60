import { BaseError } from "viem";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { rpcUrl } from "../../chain/index.ts";
import { FundTable } from "./FundTable.tsx";
import { FundTableSkeleton } from "./FundTableSkeleton.tsx";
import { useFundList } from "./useFundList.ts";

function errorDetail(error: Error) {
  return error instanceof BaseError ? error.shortMessage : error.message;
}

export function DiscoverPage() {
  const { data, error, refetch } = useFundList();

  return (
    <section aria-labelledby="discover-title" className="space-y-4">
      <header>
        <h1 id="discover-title" className="text-2xl font-semibold tracking-tight">Discover funds</h1>
        <p className="mt-1 text-sm text-subtle">
          Evergreen funds are always open: join or leave at the intrinsic value per share.
        </p>
      </header>
      {error && !data ? (
        <ErrorState
          title={`Could not read the funds from the chain at ${rpcUrl}.`}
          detail={errorDetail(error)}
          onRetry={() => void refetch()}
        />
      ) : !data ? (
        <FundTableSkeleton />
      ) : data.length === 0 ? (
        <EmptyState title="No funds yet">Funds created through the factory appear here.</EmptyState>
      ) : (
        <FundTable funds={data} />
      )}
    </section>
  );
}
