// The fund's exits (DESIGN §4): each way value left the fund to its investors, with its kind, date,
// amount and what it did to the NAV per share: buybacks of shares, then distributions to investors;
// then the manager-token side, the fee shares the splitter sells for manager tokens it burns.
import { Suspense } from "react";
import { buybackRoom } from "../../../domain/exits/buybackRoom.ts";
import { preloadable } from "../../../lib/preloadable.ts";
import { ppmPercent } from "../../../lib/percent.ts";
import { money } from "../format.ts";
import type { FundData } from "../types.ts";
import { useSeen } from "../useSeen.ts";

// The lists' code and reads wait for the section to be seen, with them.
const ExitsLists = preloadable(() => import("./ExitsLists.tsx"));

/** Read once the section comes into view: it sits low on the overview, below what paints first. */
export function Exits({ d }: { d: FundData }) {
  const { seen, ref } = useSeen();
  return (
    <section ref={ref} aria-labelledby="exits-title" data-testid="fund-exits" className="space-y-2">
      <h2 id="exits-title" className="font-medium">
        Exits
      </h2>
      <BuybackRoom d={d} />
      {seen ? (
        <Suspense
          fallback={
            <div role="status" aria-busy="true" className="h-16 animate-pulse rounded-lg bg-muted">
              <span className="sr-only">Loading the buybacks…</span>
            </div>
          }
        >
          <ExitsLists d={d} />
        </Suspense>
      ) : (
        // Not busy: nothing is being read until the section is seen.
        <div aria-hidden="true" className="h-16 rounded-lg bg-muted" />
      )}
    </section>
  );
}

/** The share's pool against its asset: the discount that makes a buyback possible, and how much. */
function BuybackRoom({ d }: { d: FundData }) {
  const pool = d.pools.find((p) => p.token === "investor" && p.quote.toLowerCase() === d.asset.address.toLowerCase());
  if (!pool) return null;
  const sym = d.asset.symbol;
  const r = buybackRoom(
    { reserveShares: pool.reserveToken, reserveCash: pool.reserveQuote },
    d.snapshot.intrinsic.perShare,
    d.decimals,
  );
  if (!r.possible && r.reason === "no-pool") return null;
  const gap = r.discountPpm === undefined ? "" : ppmPercent(r.discountPpm < 0n ? -r.discountPpm : r.discountPpm);
  return (
    <p data-testid="buyback-room" data-possible={String(r.possible)} className="text-sm text-subtle">
      {r.possible ? (
        <>
          The share trades at {money(r.price, d.asset.decimals, sym)} in its {sym} pool, {gap} below its intrinsic
          value: a buyback is possible, and one of up to {money(r.maxCash, d.asset.decimals, sym)} would pay less than
          the NAV per share (within the fund's buyback limit).
        </>
      ) : (
        <>
          The share trades at {r.price === undefined ? "—" : money(r.price, d.asset.decimals, sym)} in its {sym} pool,{" "}
          {r.discountPpm === 0n ? "at" : `${gap} above`} its intrinsic value: no buyback is possible (the fund buys back
          only below it).
        </>
      )}
    </p>
  );
}
