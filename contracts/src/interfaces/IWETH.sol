// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice Wrapped Ether as WETH9 defines it: an ERC-20 backed one to one by the ether it holds.
interface IWETH is IERC20 {
    /// @notice Wraps `msg.value` ether into as many tokens for the caller.
    function deposit() external payable;

    /// @notice Unwraps `amount` of the caller's tokens and sends it the ether.
    function withdraw(uint256 amount) external;
}
