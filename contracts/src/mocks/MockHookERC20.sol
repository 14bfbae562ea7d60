// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title MockHookERC20
/// @notice A hostile ERC-20 whose every transfer calls a hook (as an ERC-777-style token would),
/// to test reentrancy from inside a token transfer. The hook's outcome is recorded, not
/// propagated, so a test can see that the re-entry was refused. Tests only.
contract MockHookERC20 is ERC20 {
    address public hookTarget;
    bytes public hookData;
    /// @notice Hook calls made so far.
    uint256 public hookCalls;
    /// @notice Whether the last hook call succeeded, and what it returned or reverted with.
    bool public lastHookOk;
    bytes public lastHookResult;
    bool private _inHook;

    constructor() ERC20("Hook Token", "HOOK") {}

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Sets the call the token makes on every transfer (none when `target` is 0).
    function setHook(address target, bytes calldata data) external {
        (hookTarget, hookData) = (target, data);
    }

    /// @notice Makes any call as the token, e.g. to approve what the hook will spend.
    function execute(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target.call(data);
        require(ok, "execute failed");
        return ret;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (hookTarget == address(0) || _inHook || from == address(0)) return;
        _inHook = true;
        ++hookCalls;
        (lastHookOk, lastHookResult) = hookTarget.call(hookData);
        _inHook = false;
    }
}
