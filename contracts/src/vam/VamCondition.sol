// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title VamCondition
/// @notice The VAM condition of DESIGN §5 over a series of (time, TVL) reports in time order:
/// the longest run of consecutive reports all `>= target`, with no gap between neighbours
/// larger than `maxGap`, measured from its first to its last report time.
library VamCondition {
    /// @notice State of a scan, so that reports can be fed one at a time.
    struct Scan {
        bool inRun;
        uint256 runStart;
        uint256 last;
        uint256 longest;
        uint256 longestStart;
        uint256 longestEnd;
    }

    /// @notice Feeds one report into the scan.
    function step(Scan memory s, uint256 time, int256 tvl, int256 target, uint256 maxGap) internal pure {
        if (tvl < target) {
            s.inRun = false;
            return;
        }
        if (!s.inRun || time - s.last > maxGap) {
            s.inRun = true;
            s.runStart = time;
        }
        s.last = time;
        uint256 len = time - s.runStart;
        if (len > s.longest || s.longestEnd == 0) {
            s.longest = len;
            s.longestStart = s.runStart;
            s.longestEnd = time;
        }
    }
}
