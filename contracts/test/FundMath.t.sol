// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {FundMath} from "../src/fund/FundMath.sol";

/// Fuzz tests of the fee and intrinsic-value arithmetic against a plain reference of DESIGN §3.
/// Inputs are bounded so that every `a * b / c` of the reference fits in 256 bits.
contract FundMathTest is Test {
    uint256 private constant BPS = 10_000;
    uint256 private constant YEAR = 365 days;
    uint256 private constant WAD = 1e18;
    uint256 private constant MAX_DT = 20 * YEAR - 1; // 5 %/year management stays below GAV

    struct Ref {
        uint256 m;
        uint256 p;
        uint256 s;
        uint256 hurdleHwm;
        uint256 hwm;
        uint256 hwmTime;
    }

    // ───────────────────────────── reference (DESIGN §3) ─────────────────────────────

    function _ref(FundMath.FeeState memory f, uint256 a, uint256 supply, uint256 t) private pure returns (Ref memory r) {
        r.hurdleHwm = f.hwm + f.hwm * f.hurdleBps * (t - f.hwmTime) / (BPS * YEAR);
        r.hwm = f.hwm;
        r.hwmTime = f.hwmTime;
        if (supply == 0) return r;
        r.m = a * f.managementBps * (t - f.lastAccrual) / (BPS * YEAR);
        uint256 price = (a - r.m) * WAD / supply;
        if (price > r.hurdleHwm) r.p = (price - r.hurdleHwm) * f.performanceBps * supply / (BPS * WAD);
        if (r.m + r.p > 0) r.s = (r.m + r.p) * supply / (a - r.m - r.p);
        if (r.p > 0) {
            r.hwm = a * WAD / (supply + r.s);
            r.hwmTime = t;
        }
    }

    function _assertEq(FundMath.Accrual memory got, Ref memory want) private pure {
        assertEq(got.managementFee, want.m, "management fee");
        assertEq(got.performanceFee, want.p, "performance fee");
        assertEq(got.feeShares, want.s, "fee shares");
        assertEq(got.hurdleHwm, want.hurdleHwm, "hurdle-adjusted hwm");
        assertEq(got.hwm, want.hwm, "hwm");
        assertEq(got.hwmTime, want.hwmTime, "hwm time");
    }

    // ───────────────────────────── intrinsic ─────────────────────────────

    function testFuzz_intrinsicSplitsNavExactly(uint256 nav, uint256 supply, uint256 unclaimed) public pure {
        nav = bound(nav, 0, type(uint128).max);
        supply = bound(supply, 0, type(uint128).max);
        unclaimed = bound(unclaimed, 0, supply);
        (uint256 managerTotal, uint256 investorTotal) = FundMath.intrinsic(nav, supply, unclaimed);
        assertEq(managerTotal + investorTotal, nav, "totals add up to NAV");
        assertLe(managerTotal, nav, "manager total within NAV");
        uint256 want = supply == 0 ? 0 : unclaimed * nav / supply;
        assertEq(managerTotal, want, "manager total = U*A/S'");
    }

    // ───────────────────────────── accrual vs reference ─────────────────────────────

    function testFuzz_accrueMatchesReference(
        uint256 gav,
        uint256 supply,
        uint256[3] memory bps,
        uint256 hwmPct,
        uint256 dtFee,
        uint256 dtHwmExtra
    ) public pure {
        gav = bound(gav, 0, 2 ** 96);
        supply = bound(supply, 0, 2 ** 120);
        FundMath.FeeState memory f;
        f.managementBps = bound(bps[0], 0, 500);
        f.performanceBps = bound(bps[1], 0, 3_000);
        f.hurdleBps = bound(bps[2], 0, 2_000);
        // HWM between a third and three times the current price so that both branches occur.
        uint256 price = supply == 0 ? WAD : gav * WAD / supply;
        f.hwm = bound(price * bound(hwmPct, 33, 300) / 100, 1, 2 ** 160);
        dtFee = bound(dtFee, 0, MAX_DT);
        dtHwmExtra = bound(dtHwmExtra, 0, MAX_DT - dtFee);
        uint256 t = 1_700_000_000 + 2 * MAX_DT;
        f.lastAccrual = t - dtFee;
        f.hwmTime = f.lastAccrual - dtHwmExtra; // the HWM is set at an accrual, never after the last one
        _assertEq(FundMath.accrue(f, gav, supply, t), _ref(f, gav, supply, t));
    }

    /// Without an accrual for over 20 years at 5 % the fee would reach the whole GAV: none is charged.
    function test_accrueChargesNothingWhenManagementWouldTakeAll() public pure {
        FundMath.FeeState memory f = FundMath.FeeState(500, 3_000, 0, 1e12, 0, 0);
        FundMath.Accrual memory a = FundMath.accrue(f, 1e9, 1e15, 20 * YEAR);
        assertEq(a.managementFee + a.performanceFee + a.feeShares, 0);
        assertEq(a.hwm, 1e12);
    }

    // ───────────────────────────── price path ─────────────────────────────

    /// Ten steps of (time, GAV move) applied to the library and the reference in lockstep.
    function testFuzz_pricePath(uint256 seed, uint256[3] memory bps) public pure {
        FundMath.FeeState memory f;
        f.managementBps = bound(bps[0], 0, 500);
        f.performanceBps = bound(bps[1], 1, 3_000);
        f.hurdleBps = bound(bps[2], 0, 2_000);
        f.hwm = WAD / 1e6;
        f.hwmTime = 1_700_000_000;
        f.lastAccrual = f.hwmTime;
        uint256 supply = 1e6 * 1e12 + seed % 1e18; // about a million dollars at the initial price
        uint256 gav = supply * f.hwm / WAD;
        uint256 t = f.lastAccrual;
        for (uint256 i = 0; i < 10; ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            t += r % 120 days;
            // Down moves while early, up moves late, with noise: a loss below the HWM then a recovery.
            uint256 pct = i < 5 ? 60 + (r >> 64) % 50 : 95 + (r >> 64) % 60;
            gav = gav * pct / 100;

            Ref memory want = _ref(f, gav, supply, t);
            FundMath.Accrual memory got = FundMath.accrue(f, gav, supply, t);
            _assertEq(got, want);

            uint256 price = (gav - got.managementFee) * WAD / supply;
            if (price <= got.hurdleHwm) {
                assertEq(got.performanceFee, 0, "no performance fee at or below the hurdle-adjusted HWM");
            }
            if (got.performanceFee == 0) {
                assertEq(got.hwm, f.hwm, "HWM moves only with a performance fee");
                assertEq(got.hwmTime, f.hwmTime, "HWM time moves only with a performance fee");
            } else {
                assertGe(got.hwm, got.hurdleHwm, "HWM after fees is above the hurdle-adjusted HWM");
                assertEq(got.hwmTime, t);
            }
            assertGe(got.hwm, f.hwm, "HWM never decreases");
            uint256 fees = got.managementFee + got.performanceFee;
            assertEq(got.feeShares, fees == 0 ? 0 : fees * supply / (gav - fees), "s = (M+P)*S/(A-M-P)");

            // Apply the accrual as the fund does.
            f.lastAccrual = t;
            (f.hwm, f.hwmTime) = (got.hwm, got.hwmTime);
            supply += got.feeShares;
        }
    }

    /// A fixed path: 30 % loss, partial recovery still under the HWM, then a gain above it.
    function test_lossThenRecovery() public pure {
        FundMath.FeeState memory f = FundMath.FeeState(200, 2_000, 500, 1e12, 0, 0);
        uint256 supply = 1e18; // 1e6 asset units per 1e12 share units
        uint256 gav = 1e6 * 1e6;
        uint256[4] memory gavs = [gav * 70 / 100, gav * 95 / 100, gav * 101 / 100, gav * 130 / 100];
        uint256 t;
        uint256 lastP;
        for (uint256 i = 0; i < 4; ++i) {
            t += 30 days;
            FundMath.Accrual memory a = FundMath.accrue(f, gavs[i], supply, t);
            _assertEq(a, _ref(f, gavs[i], supply, t));
            assertGt(a.managementFee, 0);
            lastP = a.performanceFee;
            if (i < 3) {
                // 101 % after 90 days is still below the 5 % hurdle on the initial HWM.
                assertEq(a.performanceFee, 0);
                assertEq(a.hwm, 1e12);
            }
            f.lastAccrual = t;
            (f.hwm, f.hwmTime) = (a.hwm, a.hwmTime);
            supply += a.feeShares;
        }
        assertGt(lastP, 0, "performance fee once above the hurdle-adjusted HWM");
        assertGt(f.hwm, 1e12);
        assertEq(f.hwmTime, t);
    }

    // ───────────────────────────── full-precision √(a·b), entry and exit fees ─────────────────────────────

    /// `sqrtMul` is the floor of the exact root, also where `a × b` overflows 256 bits:
    /// ⌊ab/x⌋ ≥ x ⟺ ab ≥ x², and ⌊ab/(x+1)⌋ < x+1 ⟺ ab < (x+1)².
    function testFuzz_sqrtMulIsTheFloorOfTheExactRoot(uint256 a, uint256 b) public pure {
        a = bound(a, 1, type(uint256).max);
        b = bound(b, 1, type(uint256).max);
        uint256 x = FundMath.sqrtMul(a, b);
        assertGe(Math.mulDiv(a, b, x), x);
        if (x < type(uint256).max) assertLt(Math.mulDiv(a, b, x + 1), x + 1);
    }

    /// The gross-up leaves at least `net` after the fee, and one unit less would not.
    function testFuzz_grossUpIsTheSmallestGrossForTheNet(uint256 net, uint256 bps) public pure {
        net = bound(net, 0, 1e40);
        bps = bound(bps, 0, 200);
        uint256 gross = FundMath.grossUp(net, bps);
        assertGe(gross - FundMath.feeOn(gross, bps), net);
        if (gross > 0) assertLt(gross - 1 - FundMath.feeOn(gross - 1, bps), net);
    }
}
