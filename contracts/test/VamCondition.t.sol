// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Test} from "forge-std/Test.sol";
import {VamCondition} from "../src/vam/VamCondition.sol";

/// Feeds fuzzed report series through VamCondition.step and checks the scan against a
/// brute force over every pair of reports.
contract VamConditionTest is Test {
    uint256 internal constant N = 20;
    int256 internal constant TARGET = 1_000_000e18;

    struct Ref {
        bool found;
        uint256 longest;
        uint256 start;
        uint256 end;
    }

    /// Reference: the best pair i <= j whose reports i..j are all >= target and whose
    /// neighbour gaps are all <= maxGap. Ties go to the earliest end, then the earliest start,
    /// which is the run the scan records first.
    function reference_(uint256[N] memory t, int256[N] memory v, uint256 n, int256 target, uint256 maxGap)
        internal
        pure
        returns (Ref memory r)
    {
        for (uint256 j = 0; j < n; ++j) {
            for (uint256 i = 0; i <= j; ++i) {
                bool ok = true;
                for (uint256 k = i; k <= j && ok; ++k) {
                    if (v[k] < target) ok = false;
                    if (k > i && t[k] - t[k - 1] > maxGap) ok = false;
                }
                if (!ok) continue;
                uint256 len = t[j] - t[i];
                if (!r.found || len > r.longest) {
                    r = Ref(true, len, t[i], t[j]);
                }
            }
        }
    }

    function _series(uint64[N] memory steps, uint8[N] memory levels, uint256 n, uint256 maxGap, uint256 t0)
        internal
        pure
        returns (uint256[N] memory t, int256[N] memory v)
    {
        uint256 time = t0;
        for (uint256 k = 0; k < n; ++k) {
            // Steps range over [0, 2 * maxGap] so gaps fall on both sides of the limit (and on it).
            if (k > 0) time += steps[k] % (2 * maxGap + 1);
            t[k] = time;
            // Values within +-5% of the target, with exact hits on the target.
            int256 off = int256(uint256(levels[k] % 21)) - 10;
            v[k] = TARGET + (TARGET / 200) * off;
        }
    }

    function testFuzz_MatchesBruteForce(
        uint64[N] memory steps,
        uint8[N] memory levels,
        uint8 count,
        uint32 maxGapSeed,
        uint32 t0Seed
    ) public pure {
        uint256 n = bound(count, 0, N);
        uint256 maxGap = bound(maxGapSeed, 1, 7 days);
        uint256 t0 = bound(t0Seed, 1, type(uint32).max);
        (uint256[N] memory t, int256[N] memory v) = _series(steps, levels, n, maxGap, t0);

        VamCondition.Scan memory s;
        for (uint256 k = 0; k < n; ++k) {
            VamCondition.step(s, t[k], v[k], TARGET, maxGap);
        }
        Ref memory r = reference_(t, v, n, TARGET, maxGap);

        assertEq(s.longestEnd != 0, r.found, "found");
        assertEq(s.longest, r.longest, "longest");
        if (r.found) {
            assertEq(s.longestStart, r.start, "longestStart");
            assertEq(s.longestEnd, r.end, "longestEnd");
        }
    }

    /// A series that is above target throughout, with every gap within the limit, is one run
    /// spanning first to last report.
    function testFuzz_AllAboveOneRun(uint64[N] memory steps, uint8 count, uint32 maxGapSeed) public pure {
        uint256 n = bound(count, 1, N);
        uint256 maxGap = bound(maxGapSeed, 1, 7 days);
        VamCondition.Scan memory s;
        uint256 time = 1;
        for (uint256 k = 0; k < n; ++k) {
            if (k > 0) time += steps[k] % (maxGap + 1);
            VamCondition.step(s, time, TARGET, TARGET, maxGap);
        }
        assertEq(s.longestStart, 1);
        assertEq(s.longestEnd, time);
        assertEq(s.longest, time - 1);
    }

    /// A single report under the target anywhere splits the series: the scan never bridges it.
    function testFuzz_DipBreaksRun(uint8 dipSeed, uint32 gapSeed) public pure {
        uint256 maxGap = 1 days;
        uint256 gap = bound(gapSeed, 1, maxGap);
        uint256 dip = bound(dipSeed, 1, N - 2);
        VamCondition.Scan memory s;
        for (uint256 k = 0; k < N; ++k) {
            VamCondition.step(s, 1 + k * gap, k == dip ? TARGET - 1 : TARGET, TARGET, maxGap);
        }
        uint256 before = (dip - 1) * gap;
        uint256 afterLen = (N - 1 - (dip + 1)) * gap;
        assertEq(s.longest, before >= afterLen ? before : afterLen);
    }
}
