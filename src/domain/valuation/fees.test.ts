import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { accrueRef } from "../../../contracts/testing/reference.ts";
import { accrue, type FeeState } from "./fees.ts";
import { YEAR } from "./math.ts";

const r = prng(11n);
function randomState(): { f: FeeState; gav: bigint; supply: bigint; t: bigint } {
  const t0 = r.between(0n, 10n ** 9n);
  return {
    f: {
      managementBps: r.between(0n, 500n), performanceBps: r.between(0n, 3_000n), hurdleBps: r.between(0n, 2_000n),
      hwm: r.between(1n, 10n ** 15n), hwmTime: t0 - r.between(0n, t0), lastAccrual: t0,
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
      expect([a.managementFee, a.performanceFee, a.feeShares, a.hwm, a.hwmTime]).toEqual([0n, 0n, 0n, f.hwm, f.hwmTime]);
    }
  });

  it("charges nothing when the management fee would take the whole GAV", () => {
    const f = { managementBps: 500n, performanceBps: 2_000n, hurdleBps: 0n, hwm: 10n ** 12n, hwmTime: 0n, lastAccrual: 0n };
    expect(accrue(f, 1_000n, 1_000n, 20n * YEAR).managementFee).toBe(0n);
    expect(accrue(f, 1_000n, 1_000n, 20n * YEAR - 1n).managementFee).toBe(999n);
  });

  it("moves the high-water mark only with a performance fee", () => {
    const f = { managementBps: 200n, performanceBps: 2_000n, hurdleBps: 500n, hwm: 10n ** 12n, hwmTime: 0n, lastAccrual: 0n };
    const flat = accrue(f, 10n ** 12n, 10n ** 18n, YEAR / 2n); // share price 1e-6 = HWM: no performance
    expect([flat.performanceFee, flat.hwm, flat.hwmTime]).toEqual([0n, f.hwm, 0n]);
    const up = accrue(f, 2n * 10n ** 12n, 10n ** 18n, YEAR / 2n);
    expect(up.performanceFee > 0n && up.hwmTime === YEAR / 2n && up.hwm > f.hwm).toBe(true);
  });
});
