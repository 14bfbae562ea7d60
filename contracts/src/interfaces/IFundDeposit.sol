// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The part of a fund that a deposit on someone's behalf needs.
interface IFundDeposit {
    /// @notice The denomination asset the fund takes deposits in.
    function asset() external view returns (address);

    /// @notice Deposits `assets` from the caller for at least `minShares` shares to `receiver`.
    function depositWithMin(uint256 assets, address receiver, uint256 minShares) external returns (uint256 shares);
}
