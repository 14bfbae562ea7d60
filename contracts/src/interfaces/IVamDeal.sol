// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice What a fund reads from and calls on a VAM deal it takes part in (DESIGN §5).
/// The fund never escrows into a deal that has not started: `start` pulls its escrow and starts
/// the deal in one call. Settlement moves no token: each leg becomes claimable by its owner.
interface IVamDeal {
    /// @notice The fund that takes part in the deal.
    function fund() external view returns (address);

    /// @notice The asset the fund pays in: its denomination asset.
    function asset() external view returns (address);

    /// @notice The project's token the fund receives.
    function projectToken() external view returns (address);

    /// @notice Total the fund escrows when the deal starts: n1 + n2.
    function fundCommitment() external view returns (uint256);

    /// @notice The initial tranche: asset units the fund pays (n1) and project tokens it receives (p1) at start.
    function initialTranche() external view returns (uint256 assetsPaid, uint256 tokensReceived);

    /// @notice Value, in asset units, that the deal still holds for the fund's own part of its
    /// second leg: `n2 × fundPart / 1e18` from start until the fund has claimed its leg (tokens
    /// owed after an exercise count at their cost n2), then 0. 0 while pending.
    function fundEscrowed() external view returns (uint256);

    /// @notice The fund's own part of the second leg, in 1e18 = all; in-kind exits assign the rest.
    function fundPart() external view returns (uint256);

    /// @notice Pulls n1 + n2 of the asset from the fund and starts the deal, sending p1 to the
    /// fund. Only the fund; only while pending, before the start deadline, once the project escrowed.
    function start() external;

    /// @notice Assigns `part` (1e18 = the whole second leg) of the fund's part to `to`, who
    /// claims it from the deal once settled. Only the fund; only after start, before the fund claimed.
    function assign(address to, uint256 part) external;

    /// @notice Once exercised or expired, sends the fund its own part of the second leg: project
    /// tokens (exercised) or the asset back (expired). Only the fund; once.
    /// @return assets asset units returned, tokens project tokens received, cost asset units paid for those tokens
    function claimFund() external returns (uint256 assets, uint256 tokens, uint256 cost);

    /// @notice True once the deal is exercised or expired (the second leg is claimable).
    function settled() external view returns (bool);
}
