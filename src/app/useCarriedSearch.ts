import { useSearchParams } from "react-router";

// Query parameters that hold across pages (the denomination); page-specific ones do not.
const CARRIED = ["in"];

/** The search string a link to another page keeps, e.g. "?in=usd". */
export function useCarriedSearch(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of CARRIED) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const s = kept.toString();
  return s ? `?${s}` : "";
}
