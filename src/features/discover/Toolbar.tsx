import { useId } from "react";
import { DENOMINATION_LABEL, type Denomination } from "../../lib/denomination.ts";
import { MECHANISM_SLUGS } from "./mechanism.ts";
import { mechanismLabel } from "./mechanism.ts";
import { DECIMAL, hasFilters, type View } from "./view.ts";

interface Props {
  view: View;
  onView: (patch: Partial<View>) => void;
  unit: Denomination;
  assets: string[];
}

const field = "flex min-w-0 flex-col gap-1 text-xs font-medium text-subtle";
const input =
  "h-9 min-w-0 rounded-lg border border-line bg-surface px-3 text-sm font-normal text-fg " +
  "placeholder:text-subtle focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand";

export const clearedFilters: Partial<View> = { mech: undefined, asset: undefined, minTvl: undefined, q: "" };

/** Search and filters; every change goes to the URL (the unit is the app's `?in=`). */
export function Toolbar({ view, onView, unit, assets }: Props) {
  const minUnit = unit === "asset" ? "each fund's asset" : DENOMINATION_LABEL[unit];
  const id = useId();
  return (
    <div
      role="search"
      aria-label="Filter funds"
      className="grid grid-cols-2 items-end gap-3 sm:grid-cols-3 lg:grid-cols-[2fr_1fr_1fr_1.4fr_auto]"
    >
      <div className={`${field} col-span-2 sm:col-span-3 lg:col-span-1`}>
        <label htmlFor={`${id}-q`}>Search by name</label>
        <input
          type="search"
          id={`${id}-q`}
          className={input}
          value={view.q}
          placeholder="e.g. Ether"
          onChange={(e) => onView({ q: e.target.value })}
        />
      </div>
      <div className={field}>
        <label htmlFor={`${id}-mech`}>Decision</label>
        <select
          id={`${id}-mech`}
          className={input}
          value={view.mech ?? ""}
          onChange={(e) => onView({ mech: (e.target.value || undefined) as View["mech"] })}
        >
          <option value="">All</option>
          {MECHANISM_SLUGS.map((m, i) => (
            <option key={m} value={m}>
              {mechanismLabel(i)}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor={`${id}-asset`}>Asset</label>
        <select
          id={`${id}-asset`}
          className={input}
          value={view.asset ?? ""}
          onChange={(e) => onView({ asset: e.target.value || undefined })}
        >
          <option value="">All</option>
          {assets.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor={`${id}-min`}>Minimum TVL ({minUnit})</label>
        <input
          id={`${id}-min`}
          type="text"
          inputMode="decimal"
          className={input}
          value={view.minTvl ?? ""}
          placeholder="0"
          onChange={(e) => {
            const v = e.target.value.trim();
            if (v === "" || DECIMAL.test(v)) onView({ minTvl: v || undefined });
          }}
        />
      </div>
      <button
        type="button"
        disabled={!hasFilters(view)}
        onClick={() => onView(clearedFilters)}
        className={
          "h-9 rounded-lg border border-line px-3 text-sm " +
          "font-medium hover:bg-muted disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-brand " +
          "max-sm:col-span-2"
        }
      >
        Clear filters
      </button>
    </div>
  );
}
