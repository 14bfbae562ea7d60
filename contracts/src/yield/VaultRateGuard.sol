// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IVaultRateGuard} from "../interfaces/IVaultRateGuard.sol";

/// @title VaultRateGuard
/// @notice The accepted exchange rate of ERC-4626 vaults, against which funds check a vault's
/// rate before they value its shares for a priced entry, exit or trade. A rate is accepted only
/// after it has held, within `TOLERANCE_BPS`, for `delay` seconds between two pokes: a donation or
/// an exchange-rate manipulation undone within the delay never becomes the accepted rate, so a fund
/// whose bound it breaks stops priced operations (its in-kind exit stays open) instead of paying
/// or charging at the manipulated rate. Anyone may poke; a vault's first reading is accepted at once.
contract VaultRateGuard is IVaultRateGuard {
    using Math for uint256;

    /// @notice Shares whose value in assets is the rate: large, so that rounding stays far below a bps.
    uint256 public constant RATE_SHARES = 1e30;
    uint256 public constant TOLERANCE_BPS = 10;
    uint256 private constant _BPS = 10_000;

    struct Rate {
        uint192 rate;
        uint64 time;
    }

    /// @notice How long a rate must hold before a poke accepts it.
    uint256 public immutable delay;
    /// @notice The rate funds check against, and when it was accepted.
    mapping(address vault => Rate) public accepted;
    /// @notice The rate seen since `time` (within the tolerance), waiting for the delay.
    mapping(address vault => Rate) public pending;

    /// @notice Emitted when a poke accepted `rate` for `vault` at `time`: the vault's rate history.
    event RateAccepted(address indexed vault, uint256 rate, uint256 time);
    /// @notice Emitted when a poke saw a new `rate` for `vault` and started its delay.
    event RatePending(address indexed vault, uint256 rate);

    /// @notice Thrown when a vault's rate cannot be read or is zero.
    error UnreadableVault(address vault);

    constructor(uint256 delay_) {
        delay = delay_;
    }

    /// @notice Reads `vault`'s rate: accepts it if it is the vault's first, or if it is within the
    /// tolerance of a pending rate seen at least `delay` ago; otherwise a rate off the pending one
    /// restarts the delay. Returns whether it accepted.
    function poke(address vault) external returns (bool) {
        (uint256 r, bool ok) = rateOf(vault);
        if (!ok || r == 0 || r > type(uint192).max) revert UnreadableVault(vault);
        Rate memory p = pending[vault];
        bool same = _within(r, p.rate, TOLERANCE_BPS);
        if (accepted[vault].time == 0 || (same && block.timestamp >= p.time + delay)) {
            accepted[vault] = Rate(uint192(r), uint64(block.timestamp));
            pending[vault] = Rate(uint192(r), uint64(block.timestamp));
            emit RateAccepted(vault, r, block.timestamp);
            return true;
        }
        if (!same) {
            pending[vault] = Rate(uint192(r), uint64(block.timestamp));
            emit RatePending(vault, r);
        }
        return false;
    }

    /// @inheritdoc IVaultRateGuard
    function withinBound(address vault, uint256 maxMoveBps) external view returns (bool) {
        Rate memory a = accepted[vault];
        (uint256 r, bool ok) = rateOf(vault);
        return ok && a.time != 0 && _within(r, a.rate, maxMoveBps);
    }

    /// @notice `vault.convertToAssets(RATE_SHARES)`; not ok when the call reverts.
    function rateOf(address vault) public view returns (uint256, bool) {
        try IERC4626(vault).convertToAssets(RATE_SHARES) returns (uint256 r) {
            return (r, true);
        } catch {
            return (0, false);
        }
    }

    function _within(uint256 r, uint256 ref, uint256 bps) private pure returns (bool) {
        uint256 diff = r > ref ? r - ref : ref - r;
        return diff * _BPS <= ref * bps;
    }
}
