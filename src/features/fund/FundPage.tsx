import { readErrorMessage } from "../../chain/index.ts";
import { Suspense, useEffect, useMemo, useRef, type ComponentType } from "react";
import { preloadable } from "../../lib/preloadable.ts";
import type { FundSlotProps, FundTab } from "../../lib/fundSlots.ts";
import { useParams, useSearchParams } from "../../lib/router/index.ts";
import type { Address } from "viem";
import { readAddress } from "../../lib/address.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { NoSuchFund } from "../../chain/readFundRaw.ts";
import { DeferredAside, useAsideWanted } from "./DeferredAside.tsx";
import { FundHeader } from "./FundHeader.tsx";
import { OverviewTab } from "./OverviewTab.tsx";
import { useFundState } from "../../chain/useFundState.ts";
import { useScrollCue } from "../../components/useScrollCue.ts";
import { useFundHistory } from "./useFundLogs.ts";
import { seriesNow } from "./seriesNow.ts";
import { useUnit, type Unit } from "./useUnit.ts";
import type { FundData } from "./types.ts";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";

const TABS = { overview: "Overview", holdings: "Holdings", fees: "Fees", intrinsic: "Intrinsic values" } as const;

// The overview paints with the page; the other tabs' code loads when one is opened (a link to a
// tab opens it at once), or earlier on a pointer over or a focus on its button.
const HoldingsTab = preloadable(() => import("./HoldingsTab.tsx").then((m) => ({ default: m.HoldingsTab })));
const FeesTab = preloadable(() => import("./FeesTab.tsx").then((m) => ({ default: m.FeesTab })));
const IntrinsicTab = preloadable(() => import("./IntrinsicTab.tsx").then((m) => ({ default: m.IntrinsicTab })));
const ownTabs: Record<string, { preload: () => void } | undefined> = {
  holdings: HoldingsTab,
  fees: FeesTab,
  intrinsic: IntrinsicTab,
};

interface Props {
  /** Tabs after the fund's own, in order. */
  tabs?: readonly FundTab[];
  /** A panel beside the header (deposit and redeem). */
  Aside?: ComponentType<FundSlotProps>;
}

const panelFallback = (
  <div role="status" aria-busy="true" className="h-64 animate-pulse rounded-lg bg-muted">
    <span className="sr-only">Loading the tab…</span>
  </div>
);

function BadChecksum({ address }: { address: string }) {
  return (
    <div data-testid="bad-checksum" className="rounded-xl border border-dashed border-line bg-surface p-8 text-center">
      <p className="font-medium">The address's checksum is wrong</p>
      <p className="mt-1 break-all text-sm text-subtle">
        The pattern of upper- and lower-case letters in <code className="font-mono">{address}</code> does not match its
        checksum: a character was probably mistyped. Check the link, or paste the address in lower case.
      </p>
    </div>
  );
}

function NoFund({ address }: { address: string }) {
  return (
    <div data-testid="no-such-fund" className="rounded-xl border border-dashed border-line bg-surface p-8 text-center">
      <p className="font-medium">No such fund</p>
      <p className="mt-1 break-all text-sm text-subtle">
        No Evergreen fund lives at <code className="font-mono">{address}</code>.
      </p>
    </div>
  );
}

export function FundPage({ tabs = [], Aside }: Props) {
  const { address = "" } = useParams();
  const read = readAddress(address);
  return (
    <section aria-labelledby="fund-title" className="space-y-4">
      {read.ok ? (
        <Fund address={read.address} tabs={tabs} Aside={Aside} />
      ) : (
        <>
          <h1 id="fund-title" className="text-2xl font-semibold tracking-tight">
            Fund
          </h1>
          {read.reason === "checksum" ? <BadChecksum address={address} /> : <NoFund address={address} />}
        </>
      )}
    </section>
  );
}

function Fund({ address, tabs, Aside }: Props & { address: Address; tabs: readonly FundTab[] }) {
  const q = useFundState(address);
  // When the block was read: the live fee preview runs the chain's clock on from there.
  const d = q.data && { ...q.data, readAt: q.dataUpdatedAt };
  const history = useFundHistory(address, d);
  const [params, setParams] = useSearchParams();
  const hasManagerToken = d ? !isInvestorGoverned(d.set) : undefined;
  const shown = tabs.filter(
    (t) => (t.mechanism === undefined || t.mechanism === d?.mechanism) && (!t.managerToken || hasManagerToken === true),
  );
  const labels: Record<string, string> = { ...TABS, ...Object.fromEntries(shown.map((t) => [t.id, t.label])) };
  const requested = params.get("tab") ?? "";
  const tab = requested in labels ? requested : "overview";
  const extra = shown.find((t) => t.id === tab);
  if (q.error instanceof NoSuchFund)
    return (
      <>
        <h1 id="fund-title" className="text-2xl font-semibold tracking-tight">
          Fund
        </h1>
        <NoFund address={address} />
      </>
    );
  if (q.error && !d) {
    return (
      <>
        <h1 id="fund-title" className="text-2xl font-semibold tracking-tight">
          Fund
        </h1>
        <ErrorState
          title="The fund could not be read."
          detail={readErrorMessage(q.error)}
          onRetry={() => void q.refetch()}
        />
      </>
    );
  }
  if (!d) {
    return (
      <div data-testid="fund-loading" aria-busy="true" className="space-y-3">
        <h1 id="fund-title" className="sr-only">
          Fund
        </h1>
        <div className="h-8 w-64 animate-pulse rounded bg-muted" />
        <div className="h-20 animate-pulse rounded-lg bg-muted" />
        <div className="h-64 animate-pulse rounded-lg bg-muted" />
      </div>
    );
  }
  return (
    <Loaded
      d={d}
      history={history}
      labels={labels}
      tab={tab}
      extra={extra}
      extraTabs={shown}
      Aside={Aside}
      onSelect={(t) =>
        setParams(
          (p) => {
            p.set("tab", t);
            return p;
          },
          { replace: true },
        )
      }
    />
  );
}

interface LoadedProps {
  d: FundData;
  history: ReturnType<typeof useFundHistory>;
  labels: Record<string, string>;
  tab: string;
  extra: FundTab | undefined;
  extraTabs: readonly FundTab[];
  Aside: Props["Aside"];
  onSelect: (tab: string) => void;
}

function Loaded({ d, history, labels, tab, extra, extraTabs, Aside, onSelect }: LoadedProps) {
  const u: Unit = useUnit(d);
  const address = d.set.fund;
  // Once for the header's returns and the overview's charts.
  const series = useMemo(() => history.data && seriesNow(d, history.data), [d, history.data]);
  const tabsRef = useRef<HTMLDivElement>(null);
  const cue = useScrollCue<HTMLDivElement>();
  // A link that names a tab (a proposal, a deal) lands on it, not on the header above it.
  const landed = useRef(tab !== "overview");
  const aside = useAsideWanted();
  const preload = (t: string) => (ownTabs[t] ?? extraTabs.find((x) => x.id === t))?.preload?.();
  useEffect(() => {
    if (landed.current) tabsRef.current?.scrollIntoView({ block: "start" });
    landed.current = false;
  }, []);
  return (
    <>
      <FundHeader d={d} u={u} />
      {Aside && <InvestJump onIntent={aside.want} />}
      <div className="space-y-4 xl:grid xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start xl:gap-6 xl:space-y-0">
        <div className="min-w-0 space-y-4">
          <div
            ref={(el) => {
              tabsRef.current = el;
              cue(el);
            }}
            role="tablist"
            aria-label="Fund sections"
            className="flex scroll-mt-4 gap-1 overflow-x-auto border-b border-line"
          >
            {Object.keys(labels).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-selected={t === tab}
                aria-controls="fund-panel"
                onClick={() => onSelect(t)}
                onPointerEnter={() => preload(t)}
                onFocus={() => preload(t)}
                className={
                  `whitespace-nowrap px-3 py-2 text-sm ` +
                  `${t === tab ? "border-b-2 border-brand font-medium" : "text-subtle"}`
                }
              >
                {labels[t]}
              </button>
            ))}
          </div>
          <div role="tabpanel" id="fund-panel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
            {tab === "overview" && <OverviewTab d={d} history={history} series={series} u={u} />}
            {tab !== "overview" && (
              <Suspense fallback={panelFallback}>
                {tab === "holdings" && <HoldingsTab d={d} u={u} />}
                {tab === "fees" && <FeesTab d={d} u={u} history={history} />}
                {tab === "intrinsic" && <IntrinsicTab d={d} u={u} />}
                {extra && <extra.Panel fund={address} />}
              </Suspense>
            )}
          </div>
        </div>
        {Aside && (
          // Beside the tabs on wide screens, where it stays in view; below them on narrower ones.
          <div id="invest" ref={aside.ref} className="scroll-mt-4 xl:sticky xl:top-4">
            <DeferredAside Aside={Aside} fund={address} wanted={aside.wanted} focus={aside.focus} />
          </div>
        )}
      </div>
    </>
  );
}

/** Below the header on narrow screens: the deposit and redeem panel, which sits after the tabs, one tap away. */
function InvestJump({ onIntent }: { onIntent: (focus?: boolean) => void }) {
  return (
    <button
      type="button"
      data-testid="invest-jump"
      onPointerEnter={() => onIntent()}
      onFocus={() => onIntent()}
      onClick={() => {
        const panel = document.getElementById("invest");
        panel?.scrollIntoView({ block: "start" });
        const title = panel?.querySelector<HTMLElement>("h2");
        // Until its code has arrived, the panel takes the focus when it appears.
        if (title) title.focus();
        else onIntent(true);
      }}
      className={
        "flex w-full items-center justify-between rounded-lg border border-line bg-surface px-4 py-2 text-sm " +
        "font-medium xl:hidden"
      }
    >
      <span>Deposit or redeem</span>
      <span aria-hidden="true">↓</span>
    </button>
  );
}
