// The unit every value on every page is shown in, kept in the URL (`?in=usd`) so that a deep
// link shows the same numbers. "asset" is each fund's own denomination asset.
import { useCallback } from "react";
import { useLocation, useSearchParams } from "./router/hooks.ts";

export const DENOMINATIONS = ["asset", "usd", "eth", "btc"] as const;
export type Denomination = (typeof DENOMINATIONS)[number];

export const DENOMINATION_LABEL: Record<Denomination, string> = {
  asset: "Fund asset",
  usd: "USD",
  eth: "ETH",
  btc: "BTC",
};

// Pages that set the TVLs of funds in different assets side by side compare them in one unit
// unless the user chose another; a single fund's pages keep its own asset.
const USD_FIRST = new Set(["/", "/portfolio"]);

/** The unit a page shows when `?in=` does not say. */
export const defaultDenomination = (pathname: string): Denomination =>
  USD_FIRST.has(pathname.replace(/(.)\/+$/, "$1")) ? "usd" : "asset";

export function parseDenomination(value: string | null, fallback: Denomination = "asset"): Denomination {
  return (DENOMINATIONS as readonly string[]).includes(value ?? "") ? (value as Denomination) : fallback;
}

export function useDenomination(): [Denomination, (d: Denomination) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = defaultDenomination(useLocation().pathname);
  const set = useCallback(
    (d: Denomination) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (d === fallback) next.delete("in");
          else next.set("in", d);
          return next;
        },
        { replace: true },
      ),
    [setParams, fallback],
  );
  return [parseDenomination(params.get("in"), fallback), set];
}
