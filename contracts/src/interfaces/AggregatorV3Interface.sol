// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Chainlink's price-feed interface, as the fund reads it.
interface AggregatorV3Interface {
    /// @notice Decimals of the answers.
    function decimals() external view returns (uint8);

    /// @notice What the feed reports, e.g. "ETH / USD".
    function description() external view returns (string memory);

    /// @notice Version of the aggregator.
    function version() external view returns (uint256);

    /// @notice Round `roundId`: its answer and when it was updated.
    function getRoundData(uint80 roundId)
        external
        view
        returns (uint80 roundId_, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);

    /// @notice The latest round.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound);
}
