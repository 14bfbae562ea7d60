// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Fund} from "../fund/Fund.sol";
import {FundGovernor} from "../governance/FundGovernor.sol";
import {ManagerToken} from "../governance/ManagerToken.sol";
import {FeeSplitter} from "../governance/FeeSplitter.sol";
import {ContributionRewards} from "../governance/ContributionRewards.sol";

// The factory would exceed the 24 KiB code limit if it carried every creation code itself,
// so each of these carries one part of a fund set. They hold no state and no privilege.

/// @notice Deploys a Fund.
contract FundDeployer {
    /// @notice Deploys a fund for `asset`, to be configured by `admin`.
    function deploy(string calldata name, string calldata symbol, address asset, address admin)
        external
        returns (address)
    {
        return address(new Fund(name, symbol, asset, admin));
    }
}

/// @notice Deploys a FundGovernor.
contract GovernorDeployer {
    /// @notice Deploys a governor with params `p`.
    function deploy(FundGovernor.Params calldata p) external returns (address) {
        return address(new FundGovernor(p));
    }
}

/// @notice Deploys a TimelockController whose only executor is open (anyone) and whose admin is the caller.
contract TimelockDeployer {
    /// @notice Deploys a timelock with delay `minDelay` and admin `admin`.
    function deploy(uint256 minDelay, address admin) external returns (address) {
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1); // address(0): anyone may execute a ready operation
        return address(new TimelockController(minDelay, none, anyone, admin));
    }
}

/// @notice Deploys the manager token and its periphery.
contract TokenDeployer {
    /// @notice Deploys a manager token administered by `admin`.
    function deployToken(string calldata name, string calldata symbol, address admin) external returns (address) {
        return address(new ManagerToken(name, symbol, admin));
    }

    /// @notice Deploys the fee splitter and the contribution-rewards contract of a fund set, both
    /// governed by `owner` (the fund's timelock).
    function deployPeriphery(address fund, address token, address owner, uint256 cap)
        external
        returns (address splitter, address rewards)
    {
        splitter = address(new FeeSplitter(fund, token, owner));
        rewards = address(new ContributionRewards(ManagerToken(token), owner, cap));
    }
}
