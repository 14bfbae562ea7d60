// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IVaultRateGuard
/// @notice What a fund asks of the guard that holds the accepted exchange rates of ERC-4626 vaults.
interface IVaultRateGuard {
    /// @notice Whether `vault`'s exchange rate now is within `maxMoveBps` of its accepted rate
    /// (false when no rate was accepted yet or the vault cannot be read).
    function withinBound(address vault, uint256 maxMoveBps) external view returns (bool);
}
