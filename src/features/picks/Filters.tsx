// The fund and asset filters, kept in the URL so that a filtered view is a link.
import { Field } from "../../components/Field.tsx";
import type { PickFund, PickView } from "./readPicks.ts";
import type { PicksFilter } from "./view.ts";

interface Props {
  funds: readonly PickFund[];
  picks: readonly PickView[];
  filter: PicksFilter;
  set: (key: "fund" | "asset" | "kol", value: string) => void;
}

export function Filters({ funds, picks, filter, set }: Props) {
  const subjects = new Map(picks.map((p) => [p.subject.toLowerCase(), p.symbol]));
  return (
    <div className="grid gap-3 sm:grid-cols-3" data-testid="picks-filters">
      <Field
        label="Fund"
        value={filter.fund ?? ""}
        onChange={(v) => set("fund", v)}
        options={[
          { value: "", label: "Every fund" },
          ...funds.map((f) => ({ value: f.address.toLowerCase(), label: f.name })),
        ]}
        testId="filter-fund"
      />
      <Field
        label="Asset or deal"
        value={filter.asset ?? ""}
        onChange={(v) => set("asset", v)}
        options={[
          { value: "", label: "Every asset" },
          ...[...subjects].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })),
        ]}
        testId="filter-asset"
      />
      {filter.kol && (
        <div className="space-y-1 text-sm">
          <p className="font-medium">KOL</p>
          <button
            type="button"
            onClick={() => set("kol", "")}
            className="min-h-9 rounded-lg border border-line px-3 py-2 font-mono text-xs hover:bg-muted"
            aria-label="Show every KOL"
          >
            {filter.kol.slice(0, 8)}… ✕
          </button>
        </div>
      )}
    </div>
  );
}
