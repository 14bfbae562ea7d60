// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @notice The history views of Chainlink's AggregatorProxy, passed through unchanged.
interface IChainlinkProxyHistory {
    function phaseId() external view returns (uint16);
    function phaseAggregators(uint16 phase) external view returns (address);
    function aggregator() external view returns (address);
}

/// @title SequencerGuardedFeed
/// @notice A Chainlink price feed on an L2, guarded by the chain's sequencer-uptime feed: while
/// the sequencer is down, and for a grace period after it comes back, the latest price is refused
/// (the feed may not have caught up, and only some users could act on it). A fund reading it sees
/// a stale price: entries and exits at a price wait, the in-kind exit stays open. Past rounds and
/// the proxy's phases pass through unchanged, so history reads as on the proxy itself.
/// @dev Immutable and ownerless: nobody can switch the guard off or point it elsewhere.
contract SequencerGuardedFeed is AggregatorV3Interface {
    /// @notice Thrown while the sequencer-uptime feed reports the sequencer down.
    error SequencerDown();
    /// @notice Thrown while the sequencer came back less than the grace period ago.
    error GracePeriodNotOver(uint256 resumesAt);
    /// @notice Thrown when the uptime feed has no valid round yet (it reports `startedAt` 0).
    error SequencerStatusUnknown();
    /// @notice Thrown at construction for a zero address or a zero grace period.
    error InvalidGuard();

    /// @notice The Chainlink proxy whose prices are guarded.
    AggregatorV3Interface public immutable feed;
    /// @notice Chainlink's L2 sequencer-uptime feed: answer 0 up, 1 down; `startedAt` the change.
    AggregatorV3Interface public immutable sequencerUptime;
    /// @notice Seconds after the sequencer comes back during which prices are still refused.
    uint256 public immutable gracePeriod;

    constructor(AggregatorV3Interface feed_, AggregatorV3Interface sequencerUptime_, uint256 gracePeriod_) {
        if (address(feed_) == address(0) || address(sequencerUptime_) == address(0) || gracePeriod_ == 0) revert InvalidGuard();
        feed = feed_;
        sequencerUptime = sequencerUptime_;
        gracePeriod = gracePeriod_;
    }

    /// @inheritdoc AggregatorV3Interface
    function decimals() external view returns (uint8) {
        return feed.decimals();
    }

    /// @inheritdoc AggregatorV3Interface
    function description() external view returns (string memory) {
        return feed.description();
    }

    /// @inheritdoc AggregatorV3Interface
    function version() external view returns (uint256) {
        return feed.version();
    }

    /// @inheritdoc AggregatorV3Interface
    /// @dev Past rounds are history, not a price to act on: not guarded.
    function getRoundData(uint80 roundId) external view returns (uint80, int256, uint256, uint256, uint80) {
        return feed.getRoundData(roundId);
    }

    /// @inheritdoc AggregatorV3Interface
    /// @dev Reverts `SequencerDown`, `GracePeriodNotOver` or `SequencerStatusUnknown` instead of a
    /// price that may be stale.
    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        (, int256 status, uint256 since,,) = sequencerUptime.latestRoundData();
        if (since == 0) revert SequencerStatusUnknown();
        if (status != 0) revert SequencerDown();
        if (block.timestamp < since + gracePeriod) revert GracePeriodNotOver(since + gracePeriod);
        return feed.latestRoundData();
    }

    /// @notice The proxy's current phase (Chainlink's AggregatorProxy view).
    function phaseId() external view returns (uint16) {
        return IChainlinkProxyHistory(address(feed)).phaseId();
    }

    /// @notice The aggregator of `phase` (Chainlink's AggregatorProxy view).
    function phaseAggregators(uint16 phase) external view returns (address) {
        return IChainlinkProxyHistory(address(feed)).phaseAggregators(phase);
    }

    /// @notice The proxy's current aggregator (Chainlink's AggregatorProxy view).
    function aggregator() external view returns (address) {
        return IChainlinkProxyHistory(address(feed)).aggregator();
    }
}
