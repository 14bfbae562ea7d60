// Which funds acted on a pick: after its time (and within a window, so that a purchase a year
// later does not count as following it) the fund bought the asset — a Swapped event with the
// asset as tokenOut, whoever the fund's manager is — or, for a short, sold it (tokenIn); or, for
// a deal pick, the fund approved the deal.
// A trade or approval that a governance proposal carried was public from the proposal's
// creation, days before it executed: it counts only for picks published before that proposal,
// so that nobody can "call" a trade already queued in the timelock.

/** `decidedAt`: when the trade became public before it happened (its proposal's creation), if it did. */
export type FundSwap = { fund: string; tokenIn: string; tokenOut: string; time: bigint; decidedAt?: bigint };
export type DealApproval = { fund: string; deal: string; time: bigint; decidedAt?: bigint };
export type Action = { fund: string; time: bigint; how: "bought" | "sold" | "approved" };

export const Kind = { Asset: 0, Deal: 1 } as const;

/** How long after a pick a fund's trade still counts as acting on it. */
export const ACTED_WINDOW = 30n * 86_400n;

export type PickSubject = { kind: number; direction: number; subject: string; publishedAt: bigint };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The first action of each fund that acted on the pick, earliest first. */
export function actionsOn(
  pick: PickSubject,
  swaps: readonly FundSwap[],
  approvals: readonly DealApproval[],
  window = ACTED_WINDOW,
): Action[] {
  const before = (x: { time: bigint; decidedAt?: bigint }) => (x.decidedAt ?? x.time) >= pick.publishedAt;
  const within = (x: { time: bigint; decidedAt?: bigint }) => before(x) && x.time <= pick.publishedAt + window;
  const found: Action[] =
    pick.kind === Kind.Deal
      ? approvals
          .filter((a) => same(a.deal, pick.subject) && before(a))
          .map((a) => ({ fund: a.fund, time: a.time, how: "approved" as const }))
      : swaps
          .filter((s) => within(s) && same(pick.direction === 1 ? s.tokenIn : s.tokenOut, pick.subject))
          .map((s) => ({
            fund: s.fund,
            time: s.time,
            how: pick.direction === 1 ? ("sold" as const) : ("bought" as const),
          }));
  found.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const seen = new Set<string>();
  return found.filter((a) => {
    const k = a.fund.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
