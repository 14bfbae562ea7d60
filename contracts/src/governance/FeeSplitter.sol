// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";

/// @title FeeSplitter
/// @notice Receives the fund's fee shares and lets manager-token holders claim them pro rata to
/// their balance over time, with a reward-per-token accumulator that the manager token
/// checkpoints on every transfer, mint and burn.
contract FeeSplitter is IFeeSplitter {
    using SafeERC20 for IERC20;

    uint256 private constant _PRECISION = 1e30;

    /// @notice Thrown when a caller other than the manager token checkpoints.
    error NotManagerToken(address caller);

    /// @notice Emitted when fee shares arrived and were spread over the manager-token supply.
    event FeesDistributed(uint256 shares, uint256 rewardPerToken);
    /// @notice Emitted when a holder claimed fee shares.
    event FeesClaimed(address indexed account, uint256 shares);

    IERC20 public immutable fund;
    address public immutable override managerToken;

    /// @notice Accumulated fee shares per manager token, scaled by 1e30.
    uint256 public rewardPerToken;
    /// @notice Fee shares received and spread over holders (claimed or not), plus rounding dust.
    uint256 public totalDistributed;
    uint256 public totalClaimed;
    mapping(address => uint256) public rewardPerTokenPaid;
    mapping(address => uint256) private _owed;

    constructor(address fund_, address managerToken_) {
        fund = IERC20(fund_);
        managerToken = managerToken_;
    }

    /// @inheritdoc IFeeSplitter
    function checkpoint(address from, address to) external override {
        if (msg.sender != managerToken) revert NotManagerToken(msg.sender);
        _distribute();
        _settle(from);
        _settle(to);
    }

    /// @notice Sends the caller every fee share owed to it.
    function claim() external returns (uint256 shares) {
        _distribute();
        _settle(msg.sender);
        shares = _owed[msg.sender];
        if (shares == 0) return 0;
        _owed[msg.sender] = 0;
        totalClaimed += shares;
        fund.safeTransfer(msg.sender, shares);
        emit FeesClaimed(msg.sender, shares);
    }

    /// @notice Fee shares `account` could claim now.
    function claimable(address account) external view returns (uint256) {
        uint256 rpt = rewardPerToken;
        uint256 supply = IERC20(managerToken).totalSupply();
        uint256 incoming = _undistributed();
        if (incoming > 0 && supply > 0) rpt += Math.mulDiv(incoming, _PRECISION, supply);
        return _owed[account] + _earned(account, rpt);
    }

    /// @dev Fee shares that arrived since the last distribution. While no manager token exists
    /// they wait, and go to the first holders.
    function _undistributed() private view returns (uint256) {
        return fund.balanceOf(address(this)) + totalClaimed - totalDistributed;
    }

    function _distribute() private {
        uint256 incoming = _undistributed();
        uint256 supply = IERC20(managerToken).totalSupply();
        if (incoming == 0 || supply == 0) return;
        rewardPerToken += Math.mulDiv(incoming, _PRECISION, supply);
        totalDistributed += incoming;
        emit FeesDistributed(incoming, rewardPerToken);
    }

    function _settle(address account) private {
        if (account == address(0)) return;
        _owed[account] += _earned(account, rewardPerToken);
        rewardPerTokenPaid[account] = rewardPerToken;
    }

    function _earned(address account, uint256 rpt) private view returns (uint256) {
        return Math.mulDiv(IERC20(managerToken).balanceOf(account), rpt - rewardPerTokenPaid[account], _PRECISION);
    }
}
