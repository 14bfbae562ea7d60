// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TvlOracle} from "../vam/TvlOracle.sol";

/// @title MockTvlBatchReporter
/// @notice Reports many TVL rounds in one transaction, so that tests can build long report
/// histories quickly. Must be the oracle's reporter. Tests only.
contract MockTvlBatchReporter {
    /// @notice Reports `tvl` to `oracle` `count` times (all dated this block).
    function report(TvlOracle oracle, int256 tvl, uint256 count) external {
        for (uint256 i = 0; i < count; ++i) oracle.report(tvl);
    }
}
