// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {YieldVault} from "../yield/YieldVault.sol";

/// @title MockLossyVault
/// @notice A vault that loses `lossBps` of every deposit right after taking it, for tests that a
/// fund's manager cannot move value out through a vault that gives back less than it takes.
contract MockLossyVault is YieldVault {
    uint256 public lossBps;

    constructor(IERC20 asset_, address operator) YieldVault(asset_, "Lossy", "LOSS", operator) {}

    function setLoss(uint256 bps) external {
        lossBps = bps;
    }

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        super._deposit(caller, receiver, assets, shares);
        IERC20(asset()).transfer(SLASH_SINK, assets * lossBps / 10_000);
    }
}
