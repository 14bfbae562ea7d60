// What stops a fund's priced entries and exits, in words, from one read of the fund: every
// needed price that is out of date with its last update, else the deal that cannot say its escrow.
import type { FundRead } from "../chain/readFundRaw.ts";
import type { FundSnapshot } from "../domain/valuation/index.ts";
import { formatDateTime } from "../lib/dates.ts";
import { shortAddress } from "../lib/format.ts";

const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" });

export function staleReason(
  d: Pick<FundRead, "raw" | "tokens"> & { snapshot: Pick<FundSnapshot, "needed" | "holdings" | "blocker"> },
): string {
  const s = d.snapshot;
  // The first `assets.length` holdings are the listed assets, in order.
  const stale = d.raw.assets.filter((_, i) => s.needed[i] && s.holdings[i]?.stale);
  if (stale.length) {
    const names = stale.map((a) => d.tokens.get(a.token.toLowerCase())?.symbol ?? shortAddress(a.token));
    // Since when: the oldest of their last updates (a feed never read has none).
    const times = stale.map((a) => a.updatedAt).filter((t) => t > 0n);
    const oldest = times.reduce((m, t) => (t < m ? t : m), times[0] ?? 0n);
    return (
      `The price of ${list.format(names)} is out of ` +
      `date${oldest > 0n ? ` (last update ${formatDateTime(oldest)})` : ""}`
    );
  }
  if (s.blocker?.kind === "deal") return `The escrow of VAM deal ${shortAddress(s.blocker.deal)} cannot be read`;
  return "A price this fund needs is out of date";
}
