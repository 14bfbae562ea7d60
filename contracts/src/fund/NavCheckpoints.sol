// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title NavCheckpoints
/// @notice The fund's daily NAV checkpoints, one storage word each (internal: nothing to link).
/// A checkpoint is the day's first `NavRecorded`, so a chart drawn from checkpoints equals one
/// drawn from the logs at the same points. Word layout, low bits first:
/// - bits 0–39: `time`, the block time of that record (uint40: past the year 36 000);
/// - bits 40–135: `navPerShare`, `⌊gav × 10^shareDecimals / totalSupply⌋`, asset units per whole
///   share as the client computes it from the log; 0 when there are no shares (the log gives no
///   NAV point either). uint96: 7.9e28, i.e. 7.9e10 whole assets per share for an 18-decimal asset,
///   whose share starts at 1; only a donation to a fund of dust shares could reach it;
/// - bits 136–255: `totalAssets`, the GAV after the operation (uint120: 1.3e36, i.e. 1.3e18 whole
///   tokens of an 18-decimal asset, a thousand times the largest supplies in use).
/// A value beyond its width is stored as the width's maximum: a deposit must never revert
/// because a chart point does not fit. Two words a day would double what a history read costs
/// (a cold storage read, 2 100 gas, per word), for values no real fund reaches.
library NavCheckpoints {
    uint256 internal constant NAV_BITS = 96;
    uint256 internal constant TVL_BITS = 120;
    uint256 private constant _NAV_SHIFT = 40;
    uint256 private constant _TVL_SHIFT = 136;

    /// @notice The word of a record at `time` of GAV `gav` over `supply` shares of `decimals`.
    function pack(uint256 time, uint256 gav, uint256 supply, uint8 decimals) internal pure returns (uint256) {
        uint256 tvl = Math.min(gav, type(uint120).max);
        return uint40(time) | navPerShare(gav, supply, decimals) << _NAV_SHIFT | tvl << _TVL_SHIFT;
    }

    /// @notice `⌊gav × 10^decimals / supply⌋` within 96 bits (saturating), 0 without shares; never reverts.
    function navPerShare(uint256 gav, uint256 supply, uint8 decimals) internal pure returns (uint256) {
        if (supply == 0) return 0;
        if (decimals > 76) return type(uint96).max; // 10^77 overflows: no real token comes close
        uint256 unit = 10 ** decimals;
        // Past this quotient the result exceeds 96 bits; below it, it fits in 256 bits for mulDiv.
        if (gav / supply > type(uint96).max / unit) return type(uint96).max;
        return Math.min(Math.mulDiv(gav, unit, supply), type(uint96).max);
    }

    /// @notice The three fields of a checkpoint word.
    function unpack(uint256 word) internal pure returns (uint256 time, uint256 nav, uint256 tvl) {
        return (uint40(word), uint96(word >> _NAV_SHIFT), word >> _TVL_SHIFT);
    }

    /// @notice The index of the first of `count` checkpoints dated on or after UTC day `day`;
    /// `count` when none is. Days strictly increase with the index, so this is a binary search.
    function indexOf(mapping(uint256 => uint256) storage words, uint256 count, uint256 day)
        internal
        view
        returns (uint256 lo)
    {
        uint256 hi = count;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (uint40(words[mid]) / 1 days < day) lo = mid + 1;
            else hi = mid;
        }
    }
}
