// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title YieldVault
/// @notice The local world's savings vault (of a stable coin) or staking vault (of WETH): an
/// ERC-4626 vault whose exchange rate grows when its operator pays in rewards and drops when a
/// slashing takes part of its assets. Rewards and slashing stand for what a real protocol earns
/// and loses; the vault holds only its asset, so `convertToAssets` is its balance pro rata.
contract YieldVault is ERC4626, Ownable {
    using SafeERC20 for IERC20;

    /// @notice Where slashed assets go (burnt, as a validator's stake is).
    address public constant SLASH_SINK = 0x000000000000000000000000000000000000dEaD;

    /// @notice Emitted when the operator paid `assets` of rewards in.
    event Rewarded(uint256 assets);
    /// @notice Emitted when `assets` were slashed.
    event Slashed(uint256 assets);

    constructor(IERC20 asset_, string memory name_, string memory symbol_, address operator)
        ERC20(name_, symbol_)
        ERC4626(asset_)
        Ownable(operator)
    {}

    /// @notice Pays `assets` of rewards in from the operator: every share is worth more.
    function reward(uint256 assets) external onlyOwner {
        IERC20(asset()).safeTransferFrom(_msgSender(), address(this), assets);
        emit Rewarded(assets);
    }

    /// @notice Takes `bps` of the vault's assets away: every share is worth less.
    function slash(uint256 bps) external onlyOwner {
        uint256 assets = totalAssets() * bps / 10_000;
        IERC20(asset()).safeTransfer(SLASH_SINK, assets);
        emit Slashed(assets);
    }

    /// @dev Three decimals more than the asset, against the first-depositor inflation attack.
    function _decimalsOffset() internal pure override returns (uint8) {
        return 3;
    }
}
