import { describe, expect, it } from "vitest";
import { managerFunds, type ManagedFund } from "./managerFunds.ts";

const DAY = 86_400n;
const now = 400n * DAY;
const SELF = "0x00000000000000000000000000000000000000F1";
const INSTITUTION = "0x00000000000000000000000000000000000000Ab";
const TIMELOCK = "0x00000000000000000000000000000000000000Cd";
const self = { fund: SELF, manager: INSTITUTION, timelock: TIMELOCK };

const fund = (n: number, over: Partial<ManagedFund> = {}): ManagedFund => ({
  fund: `0x00000000000000000000000000000000000000${(0xa0 + n).toString(16)}`,
  ok: true,
  name: `Fund ${n}`,
  firstTime: 35n * DAY,
  firstNav: 1_000_000n,
  navPerShare: 1_000_000n,
  ...over,
});

describe("managerFunds", () => {
  it("says governance, with no list, when the manager is the fund's own timelock", () => {
    expect(managerFunds({ ...self, manager: TIMELOCK.toLowerCase() }, [fund(1)], now)).toEqual({ kind: "governance" });
  });

  it("lists the other funds naming the manager, in the lens's order, each with its return since its first NAV", () => {
    const list = [
      fund(1, { navPerShare: 1_123_456n }),
      { ...fund(0), fund: SELF.toLowerCase() },
      fund(2, { firstNav: 2_000_000n, navPerShare: 1_500_000n }),
    ];
    expect(managerFunds(self, list, now)).toEqual({
      kind: "manager",
      more: false,
      others: [
        { fund: list[0].fund, name: "Fund 1", returnPpm: 123_456n, inception: 35n * DAY },
        { fund: list[2].fund, name: "Fund 2", returnPpm: -250_000n, inception: 35n * DAY },
      ],
    });
  });

  it("gives no return for a fund without a first NAV or without shares now, and leaves out unreadable ones", () => {
    const list = [
      fund(1, { firstTime: 0n, firstNav: 0n }),
      fund(2, { navPerShare: 0n }),
      fund(3, { ok: false, name: "" }),
    ];
    const r = managerFunds(self, list, now, true);
    expect(r).toEqual({
      kind: "manager",
      more: true,
      others: [
        { fund: list[0].fund, name: "Fund 1" },
        { fund: list[1].fund, name: "Fund 2" },
      ],
    });
  });

  it("lists none when the fund is the manager's only one", () => {
    expect(managerFunds(self, [{ ...fund(0), fund: SELF }], now)).toEqual({ kind: "manager", others: [], more: false });
    expect(managerFunds(self, [], now)).toEqual({ kind: "manager", others: [], more: false });
  });
});
