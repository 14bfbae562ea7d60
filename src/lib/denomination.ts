// The unit every value on every page is shown in, kept in the URL (`?in=usd`) so that a deep
// link shows the same numbers. "asset" is each fund's own denomination asset.
import { useCallback } from "react";
import { useSearchParams } from "./router/hooks.ts";

export const DENOMINATIONS = ["asset", "usd", "eth", "btc"] as const;
export type Denomination = (typeof DENOMINATIONS)[number];

export const DENOMINATION_LABEL: Record<Denomination, string> = {
  asset: "Fund asset",
  usd: "USD",
  eth: "ETH",
  btc: "BTC",
};

export function parseDenomination(value: string | null): Denomination {
  return (DENOMINATIONS as readonly string[]).includes(value ?? "") ? (value as Denomination) : "asset";
}

export function useDenomination(): [Denomination, (d: Denomination) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (d: Denomination) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (d === "asset") next.delete("in");
          else next.set("in", d);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [parseDenomination(params.get("in")), set];
}
