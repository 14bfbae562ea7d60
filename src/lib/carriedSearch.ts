// Query parameters that hold across pages: the network (`chain`) and the denomination (`in`).
// Page-specific ones (a tab, a proposal) do not.
import { useSearchParams } from "./router/hooks.ts";

const CARRIED = ["chain", "in"];

/** `to` (a path with an optional query) with the carried parameters of `current` it does not set itself. */
export function withCarried(to: string, current: URLSearchParams): string {
  const [path, query = ""] = to.split("?");
  const next = new URLSearchParams(query);
  for (const key of CARRIED) {
    const value = current.get(key);
    if (value !== null && !next.has(key)) next.set(key, value);
  }
  const s = next.toString();
  return s ? `${path}?${s}` : path;
}

/** The search string a link to another page keeps, e.g. "?chain=local-2&in=usd". */
export function useCarriedSearch(): string {
  const [params] = useSearchParams();
  const s = withCarried("", params);
  return s.startsWith("?") ? s : "";
}

/** Turns an in-app path into one that keeps the carried parameters. */
export function useCarry(): (to: string) => string {
  const [params] = useSearchParams();
  return (to) => withCarried(to, params);
}
