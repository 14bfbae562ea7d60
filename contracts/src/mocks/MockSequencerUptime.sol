// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title MockSequencerUptime
/// @notice Chainlink's L2 sequencer-uptime feed, for tests: answer 0 while the sequencer is up, 1
/// while it is down, `startedAt` when that status began (0 before the first report).
contract MockSequencerUptime {
    int256 private _status;
    uint256 private _since;
    uint80 private _round;

    /// @notice Reports the sequencer down (`down`) or up, from now.
    function report(bool down) external {
        _status = down ? int256(1) : int256(0);
        _since = block.timestamp;
        _round++;
    }

    /// @notice The status round, shaped as Chainlink's uptime feed answers.
    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return (_round, _status, _since, _since, _round);
    }
}
