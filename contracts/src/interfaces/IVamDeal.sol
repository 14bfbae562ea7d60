// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice What a fund reads from and calls on a VAM deal it takes part in.
interface IVamDeal {
    /// @notice The fund that takes part in the deal.
    function fund() external view returns (address);

    /// @notice The asset the fund pays in: its denomination asset.
    function asset() external view returns (address);

    /// @notice The project's token the fund receives.
    function projectToken() external view returns (address);

    /// @notice Total the fund must escrow: n1 + n2.
    function fundCommitment() external view returns (uint256);

    /// @notice Denomination-asset units the deal holds for the fund (escrow not yet paid out or refunded).
    function fundEscrowed() external view returns (uint256);

    /// @notice Asset units the fund has paid to the project and project tokens it has received.
    function settled() external view returns (uint256 assetsPaid, uint256 tokensReceived);

    /// @notice Pulls the fund's escrow (n1 + n2) from the fund.
    function escrowFund() external;
}
