// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MockERC20} from "./MockERC20.sol";

/// @title MockWETH
/// @notice The local world's WETH: wraps and unwraps ether as WETH9 does, and, like every mock
/// token here, can also be minted freely (such tokens have no ether behind them and unwrap only
/// while the contract holds enough).
contract MockWETH is MockERC20 {
    /// @notice Emitted when `to` wrapped `amount` ether.
    event Deposit(address indexed to, uint256 amount);
    /// @notice Emitted when `from` unwrapped `amount` tokens into ether.
    event Withdrawal(address indexed from, uint256 amount);

    /// @notice Thrown when the ether could not be sent to the unwrapping account.
    error EtherNotSent(address to, uint256 amount);

    constructor() MockERC20("Wrapped Ether", "WETH", 18) {}

    /// @notice Wraps plain ether sent to this contract, as WETH9 does.
    receive() external payable {
        deposit();
    }

    /// @notice Wraps `msg.value` ether into as many tokens for the caller.
    function deposit() public payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Burns `amount` of the caller's tokens and sends it the ether.
    function withdraw(uint256 amount) external {
        _burn(msg.sender, amount);
        emit Withdrawal(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert EtherNotSent(msg.sender, amount);
    }
}
