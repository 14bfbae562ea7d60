// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title RoundHistory
/// @notice AggregatorV3-style rounds kept in full (ids from 1), so that clients can draw the
/// history from the contract alone. Used by the TVL oracles of VAM deals (our own contract, not a
/// Chainlink feed).
abstract contract RoundHistory is AggregatorV3Interface {
    struct Round {
        int256 answer;
        uint64 updatedAt;
    }

    /// @notice Thrown when a round is asked for that does not exist.
    error RoundNotFound(uint80 roundId);

    /// @notice Emitted when a round was recorded (Chainlink's event name).
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    uint8 public immutable override decimals;
    string public override description;
    Round[] private _rounds;

    constructor(uint8 decimals_, string memory description_) {
        decimals = decimals_;
        description = description_;
    }

    /// @notice Number of rounds recorded; round ids run from 1 to this.
    function roundCount() public view returns (uint256) {
        return _rounds.length;
    }

    /// @notice Rounds `from` to `to` inclusive: answers and times, for one-call history reads.
    function roundsBetween(uint256 from, uint256 to) external view returns (int256[] memory answers, uint64[] memory times) {
        if (to > _rounds.length) to = _rounds.length;
        if (from == 0) from = 1;
        uint256 n = to >= from ? to - from + 1 : 0;
        answers = new int256[](n);
        times = new uint64[](n);
        for (uint256 i = 0; i < n; ++i) {
            Round memory r = _rounds[from - 1 + i];
            (answers[i], times[i]) = (r.answer, r.updatedAt);
        }
    }

    /// @inheritdoc AggregatorV3Interface
    function getRoundData(uint80 roundId) public view override returns (uint80, int256, uint256, uint256, uint80) {
        if (roundId == 0 || roundId > _rounds.length) revert RoundNotFound(roundId);
        Round memory r = _rounds[roundId - 1];
        return (roundId, r.answer, r.updatedAt, r.updatedAt, roundId);
    }

    /// @inheritdoc AggregatorV3Interface
    function latestRoundData() external view override returns (uint80, int256, uint256, uint256, uint80) {
        return getRoundData(uint80(_rounds.length));
    }

    /// @dev The time of the latest round, 0 before the first.
    function _lastUpdatedAt() internal view returns (uint256) {
        return _rounds.length == 0 ? 0 : _rounds[_rounds.length - 1].updatedAt;
    }

    function _record(int256 answer, uint256 updatedAt) internal {
        _rounds.push(Round(answer, uint64(updatedAt)));
        emit AnswerUpdated(answer, _rounds.length, updatedAt);
    }
}
