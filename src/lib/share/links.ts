// Deep links to what a person shares: a fund (on a tab), a proposal, a deal and a pick (or a
// KOL's record). Each opens the page in the state it was shared in, on the same network and in
// the same denomination (the carried query parameters), as an absolute URL.
import { withCarried } from "../carriedSearch.ts";
import { dealPath } from "../dealPaths.ts";
import { proposalPath } from "../governancePaths.ts";

export const picksPath = "/picks";
export const fundSharePath = (fund: string, tab?: string) =>
  `/fund/${fund.toLowerCase()}${tab && tab !== "overview" ? `?tab=${encodeURIComponent(tab)}` : ""}`;
export const pickPath = (id: bigint) => `${picksPath}?pick=${id}`;
export const kolPath = (author: string) => `${picksPath}?kol=${author.toLowerCase()}`;

export type ShareTarget =
  | { kind: "fund"; fund: string; tab?: string }
  | { kind: "proposal"; fund: string; id: bigint }
  | { kind: "deal"; fund: string; deal: string }
  | { kind: "pick"; id: bigint }
  | { kind: "kol"; author: string };

export function sharePath(t: ShareTarget): string {
  switch (t.kind) {
    case "fund":
      return fundSharePath(t.fund, t.tab);
    case "proposal":
      return proposalPath(t.fund.toLowerCase(), t.id);
    case "deal":
      return dealPath(t.fund.toLowerCase(), t.deal);
    case "pick":
      return pickPath(t.id);
    case "kol":
      return kolPath(t.author);
  }
}

/** The absolute link to `t` from `origin`, keeping the network and denomination of `current`. */
export function shareUrl(t: ShareTarget, origin: string, current: URLSearchParams): string {
  return new URL(withCarried(sharePath(t), current), origin).toString();
}
