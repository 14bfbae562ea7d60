import { readErrorMessage } from "../../chain/index.ts";
import type { Address } from "viem";
import { AppLink } from "../../components/AppLink.tsx";
import { useAccount } from "../../chain/account.ts";
import { BrokenFunds } from "../../components/BrokenFunds.tsx";
import { StaleFunds } from "../../components/StaleFunds.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { useOpenConnectModal } from "../../lib/connectModal.ts";
import { useDenomination } from "../../lib/denomination.ts";
import { useAppChainId } from "../../chain/index.ts";
import { ActivityList } from "./ActivityList.tsx";
import { AttentionStrip } from "./AttentionStrip.tsx";
import { ClaimableDistributions } from "./ClaimableDistributions.tsx";
import { ManagerTokenCard } from "./ManagerTokenCard.tsx";
import { PositionCard } from "./PositionCard.tsx";
import { summarise } from "./summary.ts";
import { TotalStrip } from "./TotalStrip.tsx";
import { usePortfolio } from "./usePortfolio.ts";

export function PortfolioPage() {
  const { address } = useAccount();
  return (
    <section aria-labelledby="portfolio-title" className="space-y-6">
      <div>
        <h1 id="portfolio-title" className="text-2xl font-semibold tracking-tight">
          Portfolio
        </h1>
        <p className="mt-1 text-sm text-subtle">
          Your shares in every fund with their cost and profit, your manager tokens, fees to claim and votes.
        </p>
      </div>
      {address ? <Holdings account={address} /> : <Disconnected />}
    </section>
  );
}

function Disconnected() {
  const open = useOpenConnectModal();
  return (
    <div
      data-testid="portfolio-disconnected"
      className="rounded-xl border border-dashed border-line bg-surface p-8 text-center"
    >
      <p className="font-medium">Connect a wallet to see your portfolio.</p>
      <button
        type="button"
        disabled={!open}
        onClick={open}
        className={
          "mt-4 rounded-lg bg-brand px-4 py-2 text-sm " +
          "font-medium text-brand-fg hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 " +
          "focus-visible:outline-brand disabled:opacity-60"
        }
      >
        Connect wallet
      </button>
    </div>
  );
}

function Holdings({ account }: { account: Address }) {
  const chainId = useAppChainId();
  const [unit] = useDenomination();
  const q = usePortfolio(account);
  if (q.error && !q.data) {
    return (
      <ErrorState
        title="Your portfolio could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  }
  if (!q.data)
    return <div data-testid="portfolio-loading" aria-busy="true" className="h-64 animate-pulse rounded-xl bg-muted" />;
  const { holdings, units, broken, activity } = q.data;
  const positions = holdings.filter((h) => h.shares > 0n);
  const managed = holdings.filter((h) => h.managerTokens > 0n || h.claimableShares > 0n);
  // An account with nothing gets no row of zeros: the empty positions say it all.
  const held = holdings.filter(
    (h) => h.shares > 0n || h.managerTokens > 0n || h.claimableShares > 0n || h.position.withdrawn > 0n,
  );
  const summary = held.length > 0 ? summarise(held, unit, units) : undefined;
  return (
    <>
      {summary && <TotalStrip s={summary} chosen={unit} block={q.data.blockNumber} />}
      <AttentionStrip
        holdings={holdings}
        deals={q.data.deals}
        account={account}
        unit={unit}
        units={units}
        now={q.data.now}
      />
      <ClaimableDistributions account={account} />
      <BrokenFunds funds={broken} />
      <StaleFunds
        names={holdings.filter((h) => !h.pricesFresh && (h.shares > 0n || h.managerTokens > 0n)).map((h) => h.name)}
      />
      <section aria-labelledby="positions-title" className="space-y-3">
        <h2 id="positions-title" className="text-lg font-semibold">
          Positions
        </h2>
        {positions.length === 0 ? (
          <EmptyState title="No positions yet.">
            Find a fund on{" "}
            <AppLink to="/" className="underline">
              Discover
            </AppLink>{" "}
            and deposit from its page.
          </EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {positions.map((h) => (
              <PositionCard key={h.fund} h={h} unit={unit} units={units} />
            ))}
          </ul>
        )}
      </section>
      {managed.length > 0 && (
        <section aria-labelledby="manager-title" className="space-y-3">
          <h2 id="manager-title" className="text-lg font-semibold">
            Manager tokens
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {managed.map((h) => (
              <ManagerTokenCard key={h.fund} h={h} account={account} unit={unit} units={units} />
            ))}
          </ul>
        </section>
      )}
      <ActivityList items={activity} holdings={holdings} chainId={chainId} block={q.data.blockNumber} />
    </>
  );
}
