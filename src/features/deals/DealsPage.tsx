import { useSearchParams } from "../../lib/router/index.ts";
import { Segmented } from "../../components/Segmented.tsx";
import { useScrollCue } from "../../components/useScrollCue.ts";
import type { DealStatus } from "../../domain/vam/index.ts";
import { DealList } from "./DealList.tsx";
import { STATUS, STATUS_ORDER } from "./format.ts";
import { useDeals } from "./useDeals.ts";

type Filter = DealStatus | "all";

export function DealsPage() {
  const cue = useScrollCue<HTMLDivElement>();
  const q = useDeals();
  const [params, setParams] = useSearchParams();
  const requested = params.get("status") as Filter | null;
  const filter: Filter = requested && (requested === "all" || requested in STATUS) ? requested : "all";
  const count = (s: DealStatus) => q.data?.deals.filter((d) => d.view.status === s).length ?? 0;
  const present = STATUS_ORDER.filter((s) => count(s) > 0);
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <header>
        <h1 id="page-title" className="text-2xl font-semibold tracking-tight">
          Deals
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-subtle">
          Primary-market deals under the valuation adjustment mechanism, across every fund: the second tranche is paid
          only if the project's reported TVL stays above a target for long enough inside the window.
        </p>
      </header>
      {present.length > 1 && (
        <div ref={cue} className="overflow-x-auto pb-1">
          <Segmented
            legend="Show deals"
            name="deal-status"
            value={filter}
            onChange={(v) =>
              setParams(
                (p) => {
                  p.set("status", v);
                  return p;
                },
                { replace: true },
              )
            }
            options={[
              { value: "all", label: `All ${q.data!.deals.length}` },
              ...present.map((s) => ({ value: s, label: `${STATUS[s]} ${count(s)}` })),
            ]}
          />
        </div>
      )}
      <DealList
        q={q}
        showFund
        only={filter === "all" ? undefined : filter}
        empty={
          filter === "all"
            ? "No fund has joined or been asked to join a primary-market deal yet."
            : `No deal is ${STATUS[filter as DealStatus].toLowerCase()}.`
        }
      />
    </section>
  );
}
