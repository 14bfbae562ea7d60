// A fund's daily NAV checkpoints as the contract packs them (NavCheckpoints.sol), one word a day:
// bits 0–39 the record's time, 40–135 NAV per share, 136–255 GAV. A value that did not fit its
// field was stored as the field's maximum: such a point is left out rather than drawn.
import type { NavPoint } from "../valuation/returns.ts";
import type { Point } from "./convert.ts";

const MASK40 = (1n << 40n) - 1n;
const MAX_NAV = (1n << 96n) - 1n;
const MAX_GAV = (1n << 120n) - 1n;

export interface Checkpoint {
  t: bigint;
  navPerShare: bigint;
  gav: bigint;
}

export function unpackCheckpoint(word: bigint): Checkpoint {
  return { t: word & MASK40, navPerShare: (word >> 40n) & MAX_NAV, gav: word >> 136n };
}

/** NAV per share and TVL series of packed checkpoints: days without shares or with a saturated value left out. */
export function checkpointSeries(words: readonly bigint[]): { nav: NavPoint[]; tvl: Point[] } {
  const nav: NavPoint[] = [];
  const tvl: Point[] = [];
  for (const w of words) {
    const c = unpackCheckpoint(w);
    if (c.gav < MAX_GAV) tvl.push({ t: c.t, v: c.gav });
    if (c.navPerShare > 0n && c.navPerShare < MAX_NAV) nav.push({ t: c.t, navPerShare: c.navPerShare });
  }
  return { nav, tvl };
}
