// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IFundDeposit} from "../interfaces/IFundDeposit.sol";

/// @notice The registry's view of whether an address is one of its funds.
interface IFundRegistry {
    /// @notice Index + 1 of `fund` in the registry; 0 when unknown.
    function indexOf(address fund) external view returns (uint256);
}

/// @title FundRouter
/// @notice Deposits into a registered fund with an ERC-2612 permit instead of a separate
/// approval: one transaction, and no allowance to the fund is ever left behind. The router
/// holds nothing between calls and only ever moves the caller's own tokens.
contract FundRouter {
    using SafeERC20 for IERC20;

    /// @notice Thrown when the fund is not in the registry this router serves.
    error UnknownFund(address fund);
    /// @notice Thrown when neither the permit nor an earlier approval lets the router take `assets`.
    error PermitFailed(address asset, uint256 allowance, uint256 assets);

    /// @notice Emitted when a deposit went through the router with a permit.
    event DepositedWithPermit(address indexed fund, address indexed owner, uint256 assets, uint256 shares);

    IFundRegistry public immutable registry;

    constructor(IFundRegistry registry_) {
        registry = registry_;
    }

    /// @notice Takes `assets` of `fund`'s asset from the caller under an ERC-2612 permit signed
    /// for this router, deposits them for at least `minShares` shares, and sends the shares to
    /// `receiver`. Reverts as the fund's `depositWithMin` does (slippage, stale prices, limits).
    /// @dev A permit that fails is tolerated when the allowance is already there: anyone can
    /// submit a signed permit first, which must not make the owner's deposit fail.
    function depositWithPermit(
        IFundDeposit fund,
        uint256 assets,
        address receiver,
        uint256 minShares,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 shares) {
        if (registry.indexOf(address(fund)) == 0) revert UnknownFund(address(fund));
        IERC20 token = IERC20(fund.asset());
        try IERC20Permit(address(token)).permit(msg.sender, address(this), assets, deadline, v, r, s) {} catch {}
        uint256 allowance = token.allowance(msg.sender, address(this));
        if (allowance < assets) revert PermitFailed(address(token), allowance, assets);
        token.safeTransferFrom(msg.sender, address(this), assets);
        token.forceApprove(address(fund), assets);
        shares = fund.depositWithMin(assets, receiver, minShares);
        emit DepositedWithPermit(address(fund), msg.sender, assets, shares);
    }
}
