// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @notice The gateway's entry point, as a hostile vault calls it back.
interface IEthGateway {
    function depositEth(address fund, address receiver, uint256 minShares) external payable returns (uint256);
}

/// @title MockHostileVault
/// @notice A "fund" that claims WETH as its asset and misbehaves in `deposit`, for tests that a
/// deposit gateway keeps nothing a hostile vault could take later.
contract MockHostileVault {
    /// @notice What `deposit` does instead of an honest deposit.
    enum Mode {
        TakeNothing, // keeps the allowance for later, claims many shares
        TakeHalf, // takes half, leaves the rest approved
        TakeAll, // takes the assets and returns no share
        Reenter, // calls the gateway again with its own ether
        TakeAndReport // takes the assets and claims shares honestly-looking
    }

    address public immutable asset;
    Mode public mode;
    address public gateway;

    constructor(address asset_) payable {
        asset = asset_;
    }

    /// @notice Sets the behaviour. Open to anyone: the tests play the attacker.
    function setMode(Mode mode_, address gateway_) external {
        (mode, gateway) = (mode_, gateway_);
    }

    /// @notice Misbehaves according to `mode`; returns the shares it claims to have minted.
    function deposit(uint256 assets, address) external returns (uint256) {
        if (mode == Mode.TakeNothing) return type(uint256).max;
        if (mode == Mode.TakeHalf) {
            IERC20(asset).transferFrom(msg.sender, address(this), assets / 2);
            return assets;
        }
        if (mode == Mode.Reenter) {
            IEthGateway(gateway).depositEth{value: 1}(address(this), address(this), 0);
            return assets;
        }
        IERC20(asset).transferFrom(msg.sender, address(this), assets);
        return mode == Mode.TakeAll ? 0 : assets;
    }

    /// @notice Tries to take whatever `from` still lets this contract take.
    function sweep(address from) external returns (uint256 taken) {
        taken = IERC20(asset).allowance(from, address(this));
        if (taken > 0) IERC20(asset).transferFrom(from, address(this), taken);
    }

    /// @notice Accepts ether for the re-entering mode.
    receive() external payable {}
}
