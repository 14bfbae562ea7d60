// What the list shows — sort, filters, search, compared funds — kept in the URL so that a deep
// link restores the same view. Anything invalid falls back to the default.
import { isAddress, type Address } from "viem";
import { MECHANISM_SLUGS, type MechanismSlug } from "./mechanism.ts";

export const SORT_KEYS = [
  "name",
  "mechanism",
  "asset",
  "nav",
  "tvl",
  "r7",
  "r30",
  "r1y",
  "mgmt",
  "perf",
  "hurdle",
  "mt",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";
export const MAX_COMPARE = 3;

export interface View {
  sort?: SortKey;
  dir: SortDir;
  mech?: MechanismSlug;
  asset?: string;
  /** A decimal amount in the unit shown, e.g. "1000000" or "2.5". */
  minTvl?: string;
  q: string;
  compare: Address[];
}

export const DECIMAL = /^\d+(\.\d*)?$/; // "12." while typing "12.5"
const oneOf = <T extends string>(list: readonly T[], v: string | null) =>
  (list as readonly string[]).includes(v ?? "") ? (v as T) : undefined;

export function parseView(p: URLSearchParams): View {
  const sort = oneOf(SORT_KEYS, p.get("sort"));
  const asset = p.get("asset")?.trim();
  const minTvl = p.get("minTvl")?.trim();
  const compare = (p.get("compare") ?? "")
    .split(",")
    .map((a) => a.trim().toLowerCase())
    .filter((a) => isAddress(a));
  return {
    sort,
    dir: sort ? (oneOf(["asc", "desc"] as const, p.get("dir")) ?? defaultDir(sort)) : "desc",
    mech: oneOf(MECHANISM_SLUGS, p.get("mech")),
    asset: asset && /^[\w.-]{1,20}$/.test(asset) ? asset : undefined,
    minTvl: minTvl && DECIMAL.test(minTvl) ? minTvl : undefined,
    q: (p.get("q") ?? "").slice(0, 100),
    compare: [...new Set(compare)].slice(0, MAX_COMPARE) as Address[],
  };
}

/** Text columns start A→Z, numbers largest first. */
export const defaultDir = (key: SortKey): SortDir => (["name", "mechanism", "asset"].includes(key) ? "asc" : "desc");

/** The URL parameters of `view`, keeping any other parameter (e.g. `in`) of `prev`. */
export function writeView(prev: URLSearchParams, view: View): URLSearchParams {
  const next = new URLSearchParams(prev);
  const set = (k: string, v: string | undefined) => (v ? next.set(k, v) : next.delete(k));
  set("sort", view.sort);
  set("dir", view.sort ? view.dir : undefined);
  set("mech", view.mech);
  set("asset", view.asset);
  set("minTvl", view.minTvl);
  set("q", view.q || undefined);
  set("compare", view.compare.join(",") || undefined);
  return next;
}

export const hasFilters = (v: View) => !!(v.mech || v.asset || v.minTvl || v.q);

/** A sort or a filter needs every fund: the registry order of the funds read so far does not. */
export const needsWholeList = (v: View) => !!v.sort || hasFilters(v);
