// The manager's other funds, for a fund's track record: a manager outside the fund's own
// governance (an institution, an algorithm's keeper) may run other funds of the registry, and
// their records say something about it. A fund whose manager is its own timelock has none: its
// decisions are its manager-token holders' votes.
import { windowReturnPpm } from "../valuation/returns.ts";

/** A fund of the registry naming the manager, as the list lens describes it. */
export interface ManagedFund {
  fund: string;
  ok: boolean;
  name: string;
  /** Its first checkpoint with a NAV per share (time 0 and NAV 0: none yet). */
  firstTime: bigint;
  firstNav: bigint;
  /** Its NAV per share now, in the same units (its asset's, per whole share). */
  navPerShare: bigint;
}

export interface OtherFund {
  fund: string;
  name: string;
  /** Since its first NAV, in its own asset; undefined without one. */
  returnPpm?: bigint;
  inception?: bigint;
}

export type ManagerFunds =
  | { kind: "governance" }
  | { kind: "manager"; others: OtherFund[] /** The list stopped short: more funds name the manager. */; more: boolean };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * `fund`'s manager's other funds out of `managed` (the registry's funds naming `manager`), their
 * returns from their first NAV to `now`: none to list when the manager is the fund's own
 * `timelock`. Funds the lens could not read are left out.
 */
export function managerFunds(
  self: { fund: string; manager: string; timelock: string },
  managed: readonly ManagedFund[],
  now: bigint,
  more = false,
): ManagerFunds {
  const { fund, manager, timelock } = self;
  if (same(manager, timelock)) return { kind: "governance" };
  const others = managed
    .filter((m) => m.ok && !same(m.fund, fund))
    .map((m): OtherFund => {
      const points = [
        { t: m.firstTime, navPerShare: m.firstNav },
        { t: now, navPerShare: m.navPerShare },
      ];
      const returnPpm = m.navPerShare > 0n ? windowReturnPpm(points, m.firstTime) : undefined;
      return returnPpm === undefined
        ? { fund: m.fund, name: m.name }
        : { fund: m.fund, name: m.name, returnPpm, inception: m.firstTime };
    });
  return { kind: "manager", others, more };
}
