// The manager-token side of the exits (DESIGN §4): how the fee splitter pays manager-token
// holders, the fee shares waiting for buybacks and their value per token, and each past buyback
// with the price it paid against that value. Funds without a manager token show nothing of it.
import { zeroAddress } from "viem";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { readErrorMessage } from "../../../chain/index.ts";
import {
  discountPpm,
  managerBuybackTotals,
  sharesInAsset,
  valuePerToken,
  type ManagerBuyback,
} from "../../../domain/exits/index.ts";
import { formatDate } from "../../../lib/dates.ts";
import { shortAddress } from "../../../lib/format.ts";
import { ppmPercent } from "../../../lib/percent.ts";
import { amount, money } from "../format.ts";
import type { FundData } from "../types.ts";
import { useManagerBuybacks, type ManagerSide } from "./useManagerBuybacks.ts";

const gapText = (ppm: bigint) => ppmPercent(ppm < 0n ? -ppm : ppm, { maximumSignificantDigits: 3 });

export function ManagerBuybacks({ d }: { d: FundData }) {
  if (d.set.feeSplitter === zeroAddress) return null;
  return <ManagerSideView d={d} />;
}

function ManagerSideView({ d }: { d: FundData }) {
  const q = useManagerBuybacks(d.set, d.block);
  const body =
    q.error && !q.data ? (
      <ErrorState
        title="The manager-token buybacks could not be read."
        detail={readErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    ) : !q.data ? (
      <div role="status" aria-busy="true" className="h-16 animate-pulse rounded-lg bg-muted">
        <span className="sr-only">Loading the manager-token buybacks…</span>
      </div>
    ) : (
      <Loaded m={q.data} d={d} />
    );
  return (
    <div data-testid="manager-buybacks" className="space-y-1">
      <h3 className="text-sm font-medium">Manager-token buybacks</h3>
      {body}
    </div>
  );
}

function Loaded({ m, d }: { m: ManagerSide; d: FundData }) {
  const tok = m.token.symbol;
  const shares = (v: bigint) => `${amount(v, d.decimals)} ${d.symbol}`;
  const worth = (v: bigint) =>
    money(sharesInAsset(v, d.snapshot.intrinsic.perShare, d.decimals), d.asset.decimals, d.asset.symbol);
  const value = valuePerToken(m.pending, m.supply, m.token.decimals);
  const gap = discountPpm(m.poolPrice, value);
  return (
    <>
      <p
        data-testid="revenue-mode"
        data-mode={m.buybackMode ? "buyback" : "claims"}
        data-pair={m.pair}
        className="text-sm"
      >
        {m.buybackMode ? (
          <>
            {tok} holders are paid by buyback: the fund's fee shares wait in the fee splitter until anyone sells them in
            the {d.symbol}/{tok} pool (<span className="font-mono">{shortAddress(m.pair)}</span>), only below their
            value per {tok}, for {tok} that are burnt.
          </>
        ) : (
          <>
            {tok} holders are paid by claims: the fund's fee shares are credited to them pro rata, to claim. Governance
            may switch to buybacks in a {d.symbol}/{tok} pool.
          </>
        )}
      </p>
      {(m.buybackMode || m.pending > 0n) && (
        <p className="text-sm text-subtle">
          <span data-testid="mt-waiting" data-value={m.pending.toString()}>
            <span className="font-mono">{shares(m.pending)}</span> (≈ {worth(m.pending)})
          </span>{" "}
          wait for buybacks: worth{" "}
          <span data-testid="mt-value-per-token" data-value={value?.toString() ?? ""} className="font-mono">
            {value === undefined ? "—" : `${shares(value)} (≈ ${worth(value)})`}
          </span>{" "}
          a {tok} over all {amount(m.supply, m.token.decimals)} {tok}.
          {m.poolPrice !== undefined && gap !== undefined && (
            <>
              {" "}
              <span data-testid="mt-pool-price" data-value={m.poolPrice.toString()} data-possible={String(gap < 0n)}>
                {tok} trades at <span className="font-mono">{shares(m.poolPrice)}</span> in the pool,{" "}
                {gap < 0n
                  ? `${gapText(gap)} below: a buyback is possible.`
                  : `${gap === 0n ? "at" : `${gapText(gap)} above`} it: no buyback is possible.`}
              </span>
            </>
          )}
        </p>
      )}
      <List m={m} d={d} />
    </>
  );
}

function List({ m, d }: { m: ManagerSide; d: FundData }) {
  const tok = m.token.symbol;
  if (m.buybacks.length === 0)
    return (
      <p data-testid="mt-buybacks-empty" className="text-sm text-subtle">
        No manager-token buyback yet.
      </p>
    );
  const t = managerBuybackTotals(m.buybacks);
  return (
    <>
      <p data-testid="mt-buybacks-summary" className="text-sm text-subtle">
        {t.count === 1 ? "One buyback" : `${t.count} buybacks`}: {amount(t.shares, d.decimals)} {d.symbol} sold,{" "}
        {amount(t.tokens, m.token.decimals)} {tok} burnt.
      </p>
      <ul aria-label="Manager-token buybacks, newest first" className="space-y-2">
        {m.buybacks.map((b) => (
          <Row key={`${b.blockNumber}-${b.logIndex}`} b={b} d={d} tok={m.token} />
        ))}
      </ul>
    </>
  );
}

function Row({ b, d, tok }: { b: ManagerBuyback; d: FundData; tok: ManagerSide["token"] }) {
  const shares = (v: bigint) => `${amount(v, d.decimals)} ${d.symbol}`;
  return (
    <li
      data-testid="mt-buyback-row"
      data-block={b.blockNumber.toString()}
      data-shares={b.shares.toString()}
      data-tokens={b.tokens.toString()}
      data-price={b.price?.toString() ?? ""}
      data-value={b.value?.toString() ?? ""}
      className="grid gap-x-3 gap-y-0.5 rounded-lg border border-line bg-surface p-2 text-sm sm:grid-cols-[8rem_1fr_auto] sm:p-3"
    >
      <span className="font-medium">Buyback and burn</span>
      <span className="text-subtle sm:row-start-2">{formatDate(b.t)}</span>
      <span data-testid="mt-buyback-amount" className="sm:row-span-2">
        <span className="font-mono">{shares(b.shares)}</span> for{" "}
        <span className="font-mono">
          {amount(b.tokens, tok.decimals)} {tok.symbol}
        </span>
        , burnt
        {b.price !== undefined && (
          <span className="block text-xs text-subtle">
            {shares(b.price)} a {tok.symbol}, value was {b.value === undefined ? "—" : shares(b.value)}
          </span>
        )}
      </span>
      <span className="sm:row-span-2 sm:text-right">
        <span className="block text-xs text-subtle">Price against value</span>
        <span data-testid="mt-buyback-discount" className="font-mono">
          {b.discountPpm === undefined ? "—" : ppmPercent(b.discountPpm, { signed: true, maximumSignificantDigits: 3 })}
        </span>
      </span>
    </li>
  );
}
