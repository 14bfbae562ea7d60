// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title MockAggregator
/// @notice A Chainlink-style price feed whose rounds an owner pushes; keeps every round so
/// that the dApp can draw price history from `getRoundData`.
contract MockAggregator is AggregatorV3Interface, Ownable {
    struct Round {
        int256 answer;
        uint64 updatedAt;
    }

    /// @notice Thrown when a round is asked for that does not exist.
    error RoundNotFound(uint80 roundId);
    /// @notice Thrown when a pushed round would go back in time.
    error RoundOutOfOrder(uint256 updatedAt, uint256 previousUpdatedAt);
    /// @notice Thrown when a pushed price is not positive.
    error NonPositiveAnswer(int256 answer);

    /// @notice Emitted when a new round was recorded (Chainlink's event name).
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    uint8 public immutable override decimals;
    string public override description;
    Round[] private _rounds;

    constructor(uint8 decimals_, string memory description_, address owner_) Ownable(owner_) {
        decimals = decimals_;
        description = description_;
    }

    /// @inheritdoc AggregatorV3Interface
    function version() external pure override returns (uint256) {
        return 4;
    }

    /// @notice Records a round with the current block time.
    function pushAnswer(int256 answer) external onlyOwner {
        _push(answer, block.timestamp);
    }

    /// @notice Records a round dated `updatedAt` (not in the future, not before the last round),
    /// so a seed script can write history in one block.
    function pushRound(int256 answer, uint256 updatedAt) external onlyOwner {
        _push(answer, updatedAt);
    }

    /// @notice Records many back-dated rounds at once.
    function pushRounds(int256[] calldata answers, uint256[] calldata updatedAts) external onlyOwner {
        for (uint256 i = 0; i < answers.length; ++i) {
            _push(answers[i], updatedAts[i]);
        }
    }

    /// @notice Number of rounds recorded; round ids run from 1 to this.
    function roundCount() external view returns (uint256) {
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
        uint256 n = _rounds.length;
        if (updatedAt > block.timestamp) revert RoundOutOfOrder(updatedAt, block.timestamp);
        if (n > 0 && updatedAt < _rounds[n - 1].updatedAt) revert RoundOutOfOrder(updatedAt, _rounds[n - 1].updatedAt);
        _rounds.push(Round(answer, uint64(updatedAt)));
        emit AnswerUpdated(answer, n + 1, updatedAt);
    }
}
