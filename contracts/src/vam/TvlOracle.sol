// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title TvlOracle
/// @notice A project's total value locked, reported in AggregatorV3-style rounds by a reporter
/// that the owner (governance) appoints. Each report is dated with its block's time, so the
/// history cannot be back-dated. Round ids run from 1.
contract TvlOracle is AggregatorV3Interface, Ownable {
    struct Round {
        int256 answer;
        uint64 updatedAt;
    }

    /// @notice Thrown when a caller other than the reporter reports.
    error NotReporter(address caller);
    /// @notice Thrown when a round is asked for that does not exist.
    error RoundNotFound(uint80 roundId);
    /// @notice Thrown when a reported TVL is negative.
    error NegativeTvl(int256 answer);

    /// @notice Emitted when the reporter was appointed.
    event ReporterSet(address indexed reporter);
    /// @notice Emitted when a TVL was reported (Chainlink's event name).
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    uint8 public immutable override decimals;
    string public override description;
    address public reporter;
    Round[] private _rounds;

    constructor(uint8 decimals_, string memory description_, address owner_, address reporter_) Ownable(owner_) {
        decimals = decimals_;
        description = description_;
        reporter = reporter_;
        emit ReporterSet(reporter_);
    }

    /// @inheritdoc AggregatorV3Interface
    function version() external pure override returns (uint256) {
        return 1;
    }

    /// @notice Appoints the reporter.
    function setReporter(address reporter_) external onlyOwner {
        reporter = reporter_;
        emit ReporterSet(reporter_);
    }

    /// @notice Reports the project's TVL now.
    function report(int256 tvl) external {
        if (msg.sender != reporter) revert NotReporter(msg.sender);
        if (tvl < 0) revert NegativeTvl(tvl);
        _rounds.push(Round(tvl, uint64(block.timestamp)));
        emit AnswerUpdated(tvl, _rounds.length, block.timestamp);
    }

    /// @notice Number of rounds reported.
    function roundCount() external view returns (uint256) {
        return _rounds.length;
    }

    /// @notice Rounds `from` to `to` inclusive (ids from 1): answers and times, for one-call history reads.
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
}
