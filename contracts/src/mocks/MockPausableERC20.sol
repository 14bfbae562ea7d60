// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";

/// @title MockPausableERC20
/// @notice A freely mintable ERC-20 that anyone may pause, to test that a paused token blocks
/// nothing but its own transfers. Tests only.
contract MockPausableERC20 is ERC20Pausable {
    uint8 private immutable _decimals;

    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _decimals = decimals_;
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Stops every transfer.
    function pause() external {
        _pause();
    }

    /// @notice Lets transfers through again.
    function unpause() external {
        _unpause();
    }
}
