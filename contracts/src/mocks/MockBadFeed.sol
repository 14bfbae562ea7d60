// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title MockBadFeed
/// @notice A price feed that answers whatever it is told, for tests only: zero or negative
/// answers, rounds dated in the future, or a `latestRoundData` that reverts. Anyone may set it.
contract MockBadFeed is AggregatorV3Interface {
    /// @notice Thrown by the round reads while the feed is set to revert.
    error FeedDown();

    int256 public answer;
    uint256 public updatedAt;
    bool public reverting;

    /// @notice Sets the latest round's answer and date, and whether reads revert.
    function set(int256 answer_, uint256 updatedAt_, bool reverting_) external {
        (answer, updatedAt, reverting) = (answer_, updatedAt_, reverting_);
    }

    /// @inheritdoc AggregatorV3Interface
    function decimals() external pure returns (uint8) {
        return 8;
    }

    /// @inheritdoc AggregatorV3Interface
    function description() external pure returns (string memory) {
        return "BAD / USD";
    }

    /// @inheritdoc AggregatorV3Interface
    function version() external pure returns (uint256) {
        return 4;
    }

    /// @inheritdoc AggregatorV3Interface
    function getRoundData(uint80) external view returns (uint80, int256, uint256, uint256, uint80) {
        return _round();
    }

    /// @inheritdoc AggregatorV3Interface
    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return _round();
    }

    function _round() private view returns (uint80, int256, uint256, uint256, uint80) {
        if (reverting) revert FeedDown();
        return (1, answer, updatedAt, updatedAt, 1);
    }
}
