// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {RoundHistory} from "../oracles/RoundHistory.sol";

/// @title MockAggregator
/// @notice A Chainlink-style price feed whose rounds an owner pushes, for the local world and
/// tests; keeps every round so that the dApp can draw price history.
contract MockAggregator is RoundHistory, Ownable {
    /// @notice Thrown when a pushed round would go back in time or into the future.
    error RoundOutOfOrder(uint256 updatedAt, uint256 bound);
    /// @notice Thrown when a pushed price is not positive.
    error NonPositiveAnswer(int256 answer);

    constructor(uint8 decimals_, string memory description_, address owner_)
        RoundHistory(decimals_, description_)
        Ownable(owner_)
    {}

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

    function _push(int256 answer, uint256 updatedAt) private {
        if (answer <= 0) revert NonPositiveAnswer(answer);
        if (updatedAt > block.timestamp) revert RoundOutOfOrder(updatedAt, block.timestamp);
        if (updatedAt < _lastUpdatedAt()) revert RoundOutOfOrder(updatedAt, _lastUpdatedAt());
        _record(answer, updatedAt);
    }
}
