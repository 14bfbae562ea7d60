// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {RoundHistory} from "../oracles/RoundHistory.sol";

/// @title TvlOracle
/// @notice A project's total value locked, reported in AggregatorV3-style rounds by a reporter
/// that the owner (governance) appoints. Each report is dated with its block's time, so the
/// history cannot be back-dated.
contract TvlOracle is RoundHistory, Ownable {
    /// @notice Thrown when a caller other than the reporter reports.
    error NotReporter(address caller);
    /// @notice Thrown when a reported TVL is negative.
    error NegativeTvl(int256 answer);

    /// @notice Emitted when the reporter was appointed.
    event ReporterSet(address indexed reporter);

    address public reporter;

    constructor(uint8 decimals_, string memory description_, address owner_, address reporter_)
        RoundHistory(decimals_, description_)
        Ownable(owner_)
    {
        reporter = reporter_;
        emit ReporterSet(reporter_);
    }

    /// @notice The version of this oracle's interface.
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
        _record(tvl, block.timestamp);
    }
}
