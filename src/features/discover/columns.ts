import type { SortKey } from "./view.ts";

export interface Column {
  key: SortKey;
  label: string;
  /** A longer name for screen readers and tooltips where the label is short. */
  title?: string;
  numeric?: boolean;
}

export const COLUMNS: Column[] = [
  { key: "name", label: "Fund" },
  { key: "mechanism", label: "Decision" },
  { key: "asset", label: "Asset" },
  { key: "nav", label: "NAV/share", numeric: true },
  { key: "tvl", label: "TVL", numeric: true },
  { key: "r7", label: "7 d", title: "Return over 7 days, in the unit shown", numeric: true },
  { key: "r30", label: "30 d", title: "Return over 30 days, in the unit shown", numeric: true },
  { key: "r1y", label: "1 y", title: "Return over one year, in the unit shown", numeric: true },
  { key: "mgmt", label: "Mgmt", title: "Management fee per year", numeric: true },
  { key: "perf", label: "Perf.", title: "Performance fee", numeric: true },
  { key: "hurdle", label: "Hurdle", title: "Hurdle rate per year", numeric: true },
  {
    key: "mt",
    label: "Mgr token",
    title: "Value per manager token: the fee shares not yet credited to any holder, over the claiming supply",
    numeric: true,
  },
];
