import { lazy, Suspense, useState } from "react";
import { formatUnits } from "viem";
import { Segmented } from "../../components/Segmented.tsx";
import { shortAddress } from "../../lib/format.ts";
import { mechanismText } from "./FundHeader.tsx";
import { bpsPct } from "./format.ts";
import type { FundData } from "./types.ts";
import type { useFundHistory } from "./useFund.ts";

const NavChart = lazy(() => import("./NavChart.tsx"));
const RANGES = { "7d": 7, "30d": 30, "90d": 90, "1y": 365, all: 0 } as const;
type Range = keyof typeof RANGES;

export function OverviewTab({ d, history }: { d: FundData; history: ReturnType<typeof useFundHistory>["data"] }) {
  const [range, setRange] = useState<Range>("all");
  const from = RANGES[range] ? Number(d.raw.timestamp) - RANGES[range] * 86400 : 0;
  const pts = (xs: { t: bigint; v: bigint }[]) =>
    xs.filter((x) => Number(x.t) >= from).map((x) => ({ t: Number(x.t) * 1000, v: Number(formatUnits(x.v, d.asset.decimals)) }));
  const nav = pts((history?.nav ?? []).map((p) => ({ t: p.t, v: p.navPerShare })));
  const tvl = pts((history?.tvl ?? []).map((p) => ({ t: p.t, v: p.gav })));
  return (
    <div className="space-y-4">
      <Segmented legend="Chart range" name="chart-range" value={range} onChange={(v) => setRange(v as Range)} options={Object.keys(RANGES).map((k) => ({ value: k, label: k === "all" ? "All" : k.replace("d", " d").replace("1y", "1 y") }))} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense fallback={<div className="h-56 animate-pulse rounded-lg bg-muted" />}>
          <figure><figcaption className="text-sm font-medium">NAV per share ({d.asset.symbol})</figcaption><NavChart points={nav} label="NAV per share" /></figure>
          <figure><figcaption className="text-sm font-medium">TVL ({d.asset.symbol})</figcaption><NavChart points={tvl} label="TVL" /></figure>
        </Suspense>
      </div>
      <section className="text-sm">
        <h2 className="font-medium">Decisions and guidelines</h2>
        <p className="mt-1 text-subtle">Investment decisions are taken by {mechanismText(d)}. The fund may hold these assets up to a share of its value; LP positions up to {bpsPct(d.maxLpBps)}.</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {[...d.guidelines].map(([t, g]) => (
            <li key={t} className="rounded-full border border-line px-2 py-0.5 text-xs">{d.tokens.get(t)?.symbol ?? shortAddress(t)} ≤ {bpsPct(g.maxWeightBps)}{g.allowed ? "" : " (not allowed)"}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
