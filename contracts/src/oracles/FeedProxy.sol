// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title FeedProxy
/// @notice A price feed shaped like Chainlink's `AggregatorProxy`: a stable address in front of a
/// sequence of aggregators (phases). Its owner starts a new phase by pointing it at another
/// aggregator; the rounds of earlier phases stay readable. A proxy round id carries its phase in
/// the upper bits: `roundId = (phaseId << 64) | aggregatorRoundId`, so ids jump at a phase change.
contract FeedProxy is AggregatorV3Interface, Ownable {
    uint256 private constant PHASE_OFFSET = 64;

    /// @notice Thrown when a round of a phase that never existed is asked for.
    error PhaseNotFound(uint16 phaseId);
    /// @notice Thrown when the new aggregator is the zero address or already the current one.
    error InvalidAggregator(address aggregator);
    /// @notice Thrown when every phase id is used.
    error TooManyPhases();

    /// @notice Emitted when a phase started with `aggregator` behind the proxy.
    event PhaseStarted(uint16 indexed phaseId, address indexed previous, address indexed aggregator);

    /// @notice The current phase; phases count from 1.
    uint16 public phaseId;
    /// @notice The aggregator of each phase (zero for a phase that never existed).
    mapping(uint16 phaseId => AggregatorV3Interface) public phaseAggregators;

    constructor(address aggregator_, address owner_) Ownable(owner_) {
        _startPhase(aggregator_);
    }

    /// @notice Starts a new phase with `aggregator_` behind the proxy; only the owner.
    function setAggregator(address aggregator_) external onlyOwner {
        _startPhase(aggregator_);
    }

    /// @notice The current phase's aggregator, where new rounds are pushed.
    function aggregator() external view returns (address) {
        return address(phaseAggregators[phaseId]);
    }

    /// @inheritdoc AggregatorV3Interface
    function decimals() external view override returns (uint8) {
        return phaseAggregators[phaseId].decimals();
    }

    /// @inheritdoc AggregatorV3Interface
    function description() external view override returns (string memory) {
        return phaseAggregators[phaseId].description();
    }

    /// @inheritdoc AggregatorV3Interface
    function version() external view override returns (uint256) {
        return phaseAggregators[phaseId].version();
    }

    /// @inheritdoc AggregatorV3Interface
    /// @dev `roundId` is a proxy round id: its phase's aggregator answers for the lower 64 bits.
    function getRoundData(uint80 roundId) external view override returns (uint80, int256, uint256, uint256, uint80) {
        uint16 phase = uint16(roundId >> PHASE_OFFSET);
        AggregatorV3Interface source = phaseAggregators[phase];
        if (address(source) == address(0)) revert PhaseNotFound(phase);
        (uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredIn) =
            source.getRoundData(uint80(uint64(roundId)));
        return (_proxyId(phase, id), answer, startedAt, updatedAt, _proxyId(phase, answeredIn));
    }

    /// @inheritdoc AggregatorV3Interface
    function latestRoundData() external view override returns (uint80, int256, uint256, uint256, uint80) {
        uint16 phase = phaseId;
        (uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredIn) =
            phaseAggregators[phase].latestRoundData();
        return (_proxyId(phase, id), answer, startedAt, updatedAt, _proxyId(phase, answeredIn));
    }

    function _startPhase(address aggregator_) private {
        address previous = address(phaseAggregators[phaseId]);
        if (aggregator_ == address(0) || aggregator_ == previous) revert InvalidAggregator(aggregator_);
        if (phaseId == type(uint16).max) revert TooManyPhases();
        uint16 next = phaseId + 1;
        phaseId = next;
        phaseAggregators[next] = AggregatorV3Interface(aggregator_);
        emit PhaseStarted(next, previous, aggregator_);
    }

    function _proxyId(uint16 phase, uint80 aggregatorRoundId) private pure returns (uint80) {
        return uint80((uint256(phase) << PHASE_OFFSET) | uint64(aggregatorRoundId));
    }
}
