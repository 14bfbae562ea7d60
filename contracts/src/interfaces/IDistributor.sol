// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IDistributor
/// @notice What a fund calls to set proceeds aside for its investors (DESIGN §4, distributions).
interface IDistributor {
    /// @notice Makes `amount` of the fund's denomination asset, which the fund has just sent,
    /// claimable pro rata to the shares held at the end of `snapshot`, a timestamp
    /// strictly in the past. `gav` and `supply` are the fund's, after its fee accrual, before the
    /// cash left; they only enter the event's NAV per share. Only the fund.
    function open(uint256 amount, uint256 snapshot, uint256 gav, uint256 supply) external returns (uint256 id);
}
