// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title LocalAggregator
/// @notice A Chainlink-style aggregator for the local world and tests: its owner (the price
/// reporter) pushes rounds, and it emits Chainlink's `NewRound` and `AnswerUpdated` events. Like a
/// real aggregator it has no call that returns a range of rounds: clients walk `getRoundData` or
/// read its events. Clients normally reach it through a {FeedProxy}.
contract LocalAggregator is AggregatorV3Interface, Ownable {
    struct Round {
        int256 answer;
        uint64 updatedAt;
    }

    /// @notice Thrown when a pushed round would go back in time or into the future.
    error RoundOutOfOrder(uint256 updatedAt, uint256 bound);
    /// @notice Thrown when a pushed price is not positive.
    error NonPositiveAnswer(int256 answer);
    /// @notice Thrown when a round is asked for that does not exist (Chainlink's "No data present").
    error RoundNotFound(uint80 roundId);

    /// @notice Emitted when a round was started (Chainlink's event).
    event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt);
    /// @notice Emitted when a round's answer was recorded (Chainlink's event).
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    uint8 public immutable override decimals;
    string public override description;
    Round[] private _rounds;

    constructor(uint8 decimals_, string memory description_, address owner_) Ownable(owner_) {
        decimals = decimals_;
        description = description_;
    }

    /// @notice The version of Chainlink's aggregator interface this mimics.
    function version() external pure override returns (uint256) {
        return 4;
    }

    /// @notice Records a round with the current block time.
    function pushAnswer(int256 answer) external onlyOwner {
        _push(answer, block.timestamp);
    }

    /// @notice Records a round dated `updatedAt` (not in the future, not before the last round).
    function pushRound(int256 answer, uint256 updatedAt) external onlyOwner {
        _push(answer, updatedAt);
    }

    /// @notice The id of the latest round, 0 before the first (Chainlink's `latestRound`).
    function latestRound() external view returns (uint256) {
        return _rounds.length;
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

    function _push(int256 answer, uint256 updatedAt) private {
        if (answer <= 0) revert NonPositiveAnswer(answer);
        if (updatedAt > block.timestamp) revert RoundOutOfOrder(updatedAt, block.timestamp);
        uint256 last = _rounds.length == 0 ? 0 : _rounds[_rounds.length - 1].updatedAt;
        if (updatedAt < last) revert RoundOutOfOrder(updatedAt, last);
        _rounds.push(Round(answer, uint64(updatedAt)));
        uint256 id = _rounds.length;
        emit NewRound(id, msg.sender, updatedAt);
        emit AnswerUpdated(answer, id, updatedAt);
    }
}
