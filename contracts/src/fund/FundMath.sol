// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title FundMath
/// @notice The fund's money arithmetic (DESIGN §3), pure and in one place, so that the
/// client engine can mirror it operation by operation. Every division rounds down.
library FundMath {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant YEAR = 365 days;
    uint256 internal constant WAD = 1e18;

    /// @notice Result of a fee accrual over `[t0, t]`.
    struct Accrual {
        uint256 managementFee; // M, in asset units
        uint256 performanceFee; // P, in asset units
        uint256 feeShares; // s, shares minted to the fee splitter
        uint256 hurdleHwm; // H', hurdle-adjusted high-water mark (asset units per share unit, WAD)
        uint256 hwm; // high-water mark after the accrual
        uint256 hwmTime; // when that high-water mark was set
    }

    /// @notice Fee parameters and state.
    struct FeeState {
        uint256 managementBps;
        uint256 performanceBps;
        uint256 hurdleBps;
        uint256 hwm;
        uint256 hwmTime;
        uint256 lastAccrual;
    }

    /// @notice Value of `balance` of a token priced by a feed, in the denomination asset's units:
    /// `balance × P_i × 10^(dec_d + fdec_d) / (P_d × 10^(dec_i + fdec_i))`.
    function convert(
        uint256 balance,
        uint256 price,
        uint256 tokenDecimals,
        uint256 feedDecimals,
        uint256 denomPrice,
        uint256 denomDecimals,
        uint256 denomFeedDecimals
    ) internal pure returns (uint256) {
        return Math.mulDiv(
            balance,
            price * 10 ** (denomDecimals + denomFeedDecimals),
            denomPrice * 10 ** (tokenDecimals + feedDecimals)
        );
    }

    /// @notice USD value (WAD) of `amount` of a token priced by a feed.
    function usdWad(uint256 amount, uint256 price, uint256 tokenDecimals, uint256 feedDecimals)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(amount, price * WAD, 10 ** (tokenDecimals + feedDecimals));
    }

    /// @notice Fair value in USD (WAD) of `lp` LP tokens of a pool with USD reserves `usdA`, `usdB`:
    /// `2 × sqrt(usdA × usdB) × lp / lpSupply`. Immune to reserve skew from a flash swap.
    function fairLpUsd(uint256 usdA, uint256 usdB, uint256 lp, uint256 lpSupply) internal pure returns (uint256) {
        if (lpSupply == 0) return 0;
        return Math.mulDiv(2 * sqrtMul(usdA, usdB), lp, lpSupply);
    }

    /// @notice `⌊√(a × b)⌋` exactly, also where `a × b` overflows 256 bits (a pool with huge
    /// reserves must not make the valuation revert): Newton's method from an upper bound, with
    /// `a × b / x` taken in full precision by `mulDiv` (it fits, since `x ≥ √(a × b)`).
    function sqrtMul(uint256 a, uint256 b) internal pure returns (uint256 x) {
        (bool ok, uint256 product) = Math.tryMul(a, b);
        if (ok) return Math.sqrt(product);
        (bool fits, uint256 guess) = Math.tryMul(Math.sqrt(a) + 1, Math.sqrt(b) + 1);
        x = fits ? guess : type(uint256).max;
        while (true) {
            uint256 q = Math.mulDiv(a, b, x);
            uint256 y = x / 2 + q / 2 + (x & q & 1); // ⌊(x + q) / 2⌋ without overflow
            if (y >= x) return x;
            x = y;
        }
    }

    /// @notice The entry or exit fee on a gross amount: `⌈amount × bps / 10_000⌉` (in the fund's favour).
    function feeOn(uint256 amount, uint256 bps) internal pure returns (uint256) {
        return Math.mulDiv(amount, bps, BPS, Math.Rounding.Ceil);
    }

    /// @notice The smallest gross amount that leaves at least `net` after a fee of `bps`:
    /// `⌈net × 10_000 / (10_000 − bps)⌉`.
    function grossUp(uint256 net, uint256 bps) internal pure returns (uint256) {
        return Math.mulDiv(net, BPS, BPS - bps, Math.Rounding.Ceil);
    }

    /// @notice The high-water mark after a fee change at `t` (DESIGN §3): the old terms'
    /// hurdle-adjusted mark or the share price after fees, whichever is higher, so that new
    /// terms never charge for gains made under the old ones.
    function rebase(FeeState memory f, uint256 gav, uint256 supply, uint256 t) internal pure returns (uint256 hwm) {
        hwm = f.hwm + Math.mulDiv(f.hwm, f.hurdleBps * (t - f.hwmTime), BPS * YEAR);
        if (supply > 0) hwm = Math.max(hwm, Math.mulDiv(gav, WAD, supply));
    }

    /// @notice Converts a USD WAD value into the denomination asset's units.
    function usdToDenom(uint256 usd, uint256 denomPrice, uint256 denomDecimals, uint256 denomFeedDecimals)
        internal
        pure
        returns (uint256)
    {
        return Math.mulDiv(usd, 10 ** (denomDecimals + denomFeedDecimals), denomPrice * WAD);
    }

    /// @notice The fee accrual of DESIGN §3 for GAV `gav`, supply `supply`, at time `t`.
    function accrue(FeeState memory f, uint256 gav, uint256 supply, uint256 t)
        internal
        pure
        returns (Accrual memory a)
    {
        a.hurdleHwm = f.hwm + Math.mulDiv(f.hwm, f.hurdleBps * (t - f.hwmTime), BPS * YEAR);
        a.hwm = f.hwm;
        a.hwmTime = f.hwmTime;
        if (supply == 0) return a;
        a.managementFee = Math.mulDiv(gav, f.managementBps * (t - f.lastAccrual), BPS * YEAR);
        if (a.managementFee >= gav) {
            // Only after decades without an accrual; charging it all would zero the fund.
            a.managementFee = 0;
            return a;
        }
        uint256 price = Math.mulDiv(gav - a.managementFee, WAD, supply);
        if (price > a.hurdleHwm) {
            a.performanceFee = Math.mulDiv((price - a.hurdleHwm) * f.performanceBps, supply, BPS * WAD);
        }
        uint256 fees = a.managementFee + a.performanceFee;
        if (fees > 0) a.feeShares = Math.mulDiv(fees, supply, gav - fees);
        if (a.performanceFee > 0) {
            a.hwm = Math.mulDiv(gav, WAD, supply + a.feeShares);
            a.hwmTime = t;
        }
    }

    /// @notice Splits NAV between the two tokens: manager tokens own the `unclaimed` fee shares
    /// of the `supply`, investors the rest. Investors' total is NAV minus the manager tokens'
    /// (rounded down) total, so the two add up to NAV exactly.
    function intrinsic(uint256 nav, uint256 supply, uint256 unclaimed)
        internal
        pure
        returns (uint256 managerTotal, uint256 investorTotal)
    {
        managerTotal = supply == 0 ? 0 : Math.mulDiv(unclaimed, nav, supply);
        investorTotal = nav - managerTotal;
    }
}
