// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The fee splitter as the fund and the manager token see it.
interface IFeeSplitter {
    /// @notice The manager token whose holders share the fees.
    function managerToken() external view returns (address);

    /// @notice Settles `from` and `to` before a manager-token balance change.
    function checkpoint(address from, address to) external;
}
