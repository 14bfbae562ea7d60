// Where the app goes when the network changes: the same page on the other chain, keeping the
// denomination, but from the list when the page named something of the old chain (a fund's
// address is another fund, or none, on another chain) and without the page's own parameters.
import { CHAIN_PARAM } from "../chain/useAppChain.ts";

export function urlOnChain(pathname: string, search: string, slug: string): { pathname: string; search: string } {
  const from = new URLSearchParams(search);
  const next = new URLSearchParams();
  next.set(CHAIN_PARAM, slug);
  const unit = from.get("in");
  if (unit !== null) next.set("in", unit);
  return { pathname: pathname.startsWith("/fund/") ? "/" : pathname, search: `?${next}` };
}
