// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title BrokenAggregator
/// @notice A price feed its owner can break, for tests of what a hostile or failing feed does to
/// the readers: it answers a fixed price dated now, reverts, or burns all the gas it is given.
contract BrokenAggregator is Ownable {
    enum Mode {
        Working,
        Reverting,
        BurningGas
    }

    /// @notice Thrown by every price read while the feed is in `Mode.Reverting`.
    error FeedBroken();

    /// @notice Emitted when the owner switched the feed's mode.
    event ModeSet(Mode mode);

    int256 public immutable answer;
    uint8 public immutable decimals;
    Mode public mode;

    constructor(int256 answer_, uint8 decimals_, address owner_) Ownable(owner_) {
        answer = answer_;
        decimals = decimals_;
    }

    /// @notice Switches the feed to `mode`.
    function setMode(Mode mode_) external onlyOwner {
        mode = mode_;
        emit ModeSet(mode_);
    }

    /// @notice What the feed calls itself.
    function description() external pure returns (string memory) {
        return "BROKEN / USD";
    }

    /// @notice The version of Chainlink's aggregator interface this mimics.
    function version() external pure returns (uint256) {
        return 4;
    }

    /// @notice The answer, dated now (or a revert, or an endless loop).
    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return _round();
    }

    /// @notice The same as `latestRoundData` for any round.
    function getRoundData(uint80) external view returns (uint80, int256, uint256, uint256, uint80) {
        return _round();
    }

    function _round() private view returns (uint80, int256, uint256, uint256, uint80) {
        if (mode == Mode.Reverting) revert FeedBroken();
        if (mode == Mode.BurningGas) {
            uint256 i;
            // Spins until the call runs out of gas.
            while (gasleft() > 0) ++i;
        }
        return (1, answer, block.timestamp, block.timestamp, 1);
    }
}
