import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { accrueRef, rebaseRef } from "../../../contracts/testing/reference.ts";
import { accrue, changeFees, type FeeState } from "./fees.ts";
import { WAD, YEAR } from "./math.ts";

const r = prng(11n);
function randomState(): { f: FeeState; gav: bigint; supply: bigint; t: bigint } {
  const t0 = r.between(0n, 10n ** 9n);
  return {
    f: {
      managementBps: r.between(0n, 500n),
      performanceBps: r.between(0n, 3_000n),
      hurdleBps: r.between(0n, 2_000n),
      hwm: r.between(1n, 10n ** 15n),
      hwmTime: t0 - r.between(0n, t0),
      lastAccrual: t0,
    },
    gav: r.between(0n, 10n ** 30n),
    supply: r.chance(5) ? 0n : r.between(1n, 10n ** 36n),
    t: t0 + r.between(0n, 3n * YEAR),
  };
}

describe("accrue", () => {
  it("agrees with the independent reference of DESIGN §3 on random states", () => {
    for (let i = 0; i < 1_000; i++) {
      const { f, gav, supply, t } = randomState();
      expect(accrue(f, gav, supply, t)).toEqual(accrueRef(f, gav, supply, t));
    }
  });

  it("never mints shares when there is neither a management nor a performance fee", () => {
    for (let i = 0; i < 500; i++) {
      const { f, gav, supply, t } = randomState();
      const a = accrue({ ...f, managementBps: 0n, performanceBps: 0n }, gav, supply, t);
      expect([a.managementFee, a.performanceFee, a.feeShares, a.hwm, a.hwmTime]).toEqual([
        0n,
        0n,
        0n,
        f.hwm,
        f.hwmTime,
      ]);
    }
  });

  it("charges nothing when the management fee would take the whole GAV", () => {
    const f = {
      managementBps: 500n,
      performanceBps: 2_000n,
      hurdleBps: 0n,
      hwm: 10n ** 12n,
      hwmTime: 0n,
      lastAccrual: 0n,
    };
    expect(accrue(f, 1_000n, 1_000n, 20n * YEAR).managementFee).toBe(0n);
    expect(accrue(f, 1_000n, 1_000n, 20n * YEAR - 1n).managementFee).toBe(999n);
  });

  it("moves the high-water mark only with a performance fee", () => {
    const f = {
      managementBps: 200n,
      performanceBps: 2_000n,
      hurdleBps: 500n,
      hwm: 10n ** 12n,
      hwmTime: 0n,
      lastAccrual: 0n,
    };
    const flat = accrue(f, 10n ** 12n, 10n ** 18n, YEAR / 2n); // share price 1e-6 = HWM: no performance
    expect([flat.performanceFee, flat.hwm, flat.hwmTime]).toEqual([0n, f.hwm, 0n]);
    const up = accrue(f, 2n * 10n ** 12n, 10n ** 18n, YEAR / 2n);
    expect(up.performanceFee > 0n && up.hwmTime === YEAR / 2n && up.hwm > f.hwm).toBe(true);
  });

  it("a fee change never reaches back: right after it, the new terms charge no performance fee", () => {
    for (let i = 0; i < 1_000; i++) {
      const { f, gav, supply, t } = randomState();
      const next = {
        managementBps: r.between(0n, 500n),
        performanceBps: r.between(0n, 3_000n),
        hurdleBps: r.between(0n, 2_000n),
      };
      const { state, accrual } = changeFees(f, gav, supply, t, next);
      expect(accrual).toEqual(accrue(f, gav, supply, t));
      const after = supply + accrual.feeShares;
      expect(state.hwm).toBe(rebaseRef(f, gav, supply, t));
      expect([state.hwmTime, state.lastAccrual, state.performanceBps]).toEqual([t, t, next.performanceBps]);
      if (after > 0n) expect(state.hwm >= (gav * WAD) / after).toBe(true);
      expect(state.hwm >= (accrual.performanceFee > 0n ? accrual.hwm : accrual.hurdleHwm)).toBe(true);
      expect(accrue(state, gav, after, t).performanceFee).toBe(0n);
    }
  });

  it("raising the performance fee from 0 after a gain charges nothing on the past gain (issue 13, attack 6)", () => {
    const f = { managementBps: 0n, performanceBps: 0n, hurdleBps: 0n, hwm: 10n ** 12n, hwmTime: 0n, lastAccrual: 0n };
    // The share price doubled under a 0 % performance fee.
    const { state } = changeFees(f, 2n * 10n ** 12n, 10n ** 18n, YEAR, {
      managementBps: 0n,
      performanceBps: 3_000n,
      hurdleBps: 0n,
    });
    expect(state.hwm).toBe(2n * 10n ** 12n);
    expect(accrue(state, 2n * 10n ** 12n, 10n ** 18n, YEAR + 86_400n).performanceFee).toBe(0n);
    // Gains after the change are charged.
    expect(accrue(state, 3n * 10n ** 12n, 10n ** 18n, 2n * YEAR).performanceFee).toBe(3n * 10n ** 11n);
  });
});
