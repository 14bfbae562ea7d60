// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IWETH} from "../interfaces/IWETH.sol";

/// @title EthDepositGateway
/// @notice Deposits native ether into a fund whose asset is the chain's WETH, in one transaction:
/// wraps `msg.value`, approves exactly that to the fund, deposits it for the receiver and checks
/// the minimum shares. Stateless: it holds no ether, no WETH and no allowance between calls, and
/// it moves only the ether its caller sends with the call.
/// @dev Any ERC-4626 vault of this WETH is accepted, not only the registry's funds: since nothing
/// stays here, a hostile "fund" can only take the ether its own caller chose to send it, which is
/// what depositing into it means. The gateway has no `receive` nor `fallback`: plain ether sent to
/// it is refused (it never unwraps, so it never expects ether from WETH either).
contract EthDepositGateway is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Thrown when a deposit comes with no ether.
    error NoEther();
    /// @notice Thrown when `fund`'s asset is `asset`, not this gateway's WETH.
    error NotWethFund(address fund, address asset);
    /// @notice Thrown when the deposit would give `amount` shares, below the caller's `minimum`
    /// (the same error as the fund's own minimum-shares guard).
    error SlippageExceeded(uint256 amount, uint256 minimum);
    /// @notice Thrown when `fund` did not take exactly the wrapped ether: `allowance` of it was left.
    error AssetsNotTaken(address fund, uint256 allowance);

    /// @notice Emitted when `sender` deposited `assets` of ether into `fund` for `shares` to `receiver`.
    event DepositedEth(
        address indexed fund, address indexed sender, address indexed receiver, uint256 assets, uint256 shares
    );

    /// @notice The chain's wrapped ether, the only asset this gateway deposits.
    IWETH public immutable weth;

    constructor(IWETH weth_) {
        weth = weth_;
    }

    /// @notice Wraps the ether sent with the call and deposits it into `fund` for at least
    /// `minShares` shares, sent to `receiver`. Anyone may deposit for any receiver, as the fund's
    /// own `deposit` allows. Reverts as the fund's deposit does (stale prices, limits, zero shares).
    /// @param fund An ERC-4626 vault whose asset is `weth`.
    /// @param receiver Who receives the shares.
    /// @param minShares The fewest shares the caller accepts (slippage guard).
    /// @return shares The shares `receiver` received.
    function depositEth(IERC4626 fund, address receiver, uint256 minShares)
        external
        payable
        nonReentrant
        returns (uint256 shares)
    {
        uint256 assets = msg.value;
        if (assets == 0) revert NoEther();
        address asset = fund.asset();
        if (asset != address(weth)) revert NotWethFund(address(fund), asset);
        weth.deposit{value: assets}();
        IERC20(asset).forceApprove(address(fund), assets);
        shares = fund.deposit(assets, receiver);
        if (shares < minShares) revert SlippageExceeded(shares, minShares);
        // WETH lowers an allowance by what `transferFrom` takes, so none left means the fund took
        // exactly the wrapped ether and nothing stays here for a later call to reach.
        uint256 left = IERC20(asset).allowance(address(this), address(fund));
        if (left != 0) revert AssetsNotTaken(address(fund), left);
        emit DepositedEth(address(fund), msg.sender, receiver, assets, shares);
    }
}
