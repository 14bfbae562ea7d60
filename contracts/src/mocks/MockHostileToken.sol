// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MockHostileToken
/// @notice A freely mintable token whose owner-controlled switches make `balanceOf` revert or
/// pause every transfer, for tests of what a hostile project token can do to a fund.
contract MockHostileToken is ERC20 {
    /// @notice Thrown by `balanceOf` while it is switched off.
    error BalanceOfDisabled();
    /// @notice Thrown by transfers while paused.
    error Paused();

    bool public balanceOfReverts;
    bool public paused;

    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {}

    /// @notice Mints `amount` to `to`. Open to anyone: a test token.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Sets both switches. Open to anyone: the tests play the token's owner.
    function setHostile(bool balanceOfReverts_, bool paused_) external {
        (balanceOfReverts, paused) = (balanceOfReverts_, paused_);
    }

    /// @inheritdoc ERC20
    function balanceOf(address account) public view override returns (uint256) {
        if (balanceOfReverts) revert BalanceOfDisabled();
        return super.balanceOf(account);
    }

    function _update(address from, address to, uint256 value) internal override {
        if (paused) revert Paused();
        super._update(from, to, value);
    }
}
