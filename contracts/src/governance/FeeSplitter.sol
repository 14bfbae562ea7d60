// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";

/// @notice The one fund call the splitter makes: mint the fee shares due up to now.
interface IFeeAccruing {
    function accrueFees() external;
}

/// @title FeeSplitter
/// @notice Receives the fund's fee shares and lets manager-token holders claim them pro rata to
/// their balance over time, with a reward-per-token accumulator that the manager token
/// checkpoints on every transfer, mint and burn. Before each checkpoint it has the fund accrue
/// its fees, so shares due up to now go to the holders of before the balance change.
/// Governance (the owner, the fund's timelock) may exclude holders that cannot claim (AMM pools,
/// bridges): their balances earn nothing and the fees spread over the claiming supply.
contract FeeSplitter is IFeeSplitter, Ownable {
    using SafeERC20 for IERC20;

    uint256 private constant _PRECISION = 1e30;
    /// @notice Gas given to the fund's accrual on every checkpoint; a fund whose accrual costs
    /// more (or reverts, e.g. on a stale price) does not block manager-token transfers.
    uint256 public constant ACCRUE_GAS = 1_000_000;
    /// @notice Most holders that can be excluded at once, so the list stays cheap to read.
    uint256 public constant MAX_EXCLUDED = 32;

    /// @notice Thrown when a caller other than the manager token checkpoints.
    error NotManagerToken(address caller);
    /// @notice Thrown when the caller left the fund's accrual too little gas to run (so it could
    /// not skip the accrual on purpose).
    error AccrualStarved(uint256 gasLeft);
    /// @notice Thrown when an exclusion names address(0) or would not change anything.
    error ExclusionUnchanged(address account, bool excluded);
    /// @notice Thrown when more than `MAX_EXCLUDED` holders would be excluded.
    error TooManyExcluded();

    /// @notice Emitted when fee shares arrived and were spread over the claiming supply.
    event FeesDistributed(uint256 shares, uint256 rewardPerToken);
    /// @notice Emitted when a holder claimed fee shares.
    event FeesClaimed(address indexed account, uint256 shares);
    /// @notice Emitted when governance excluded a holder from (or readmitted it to) the distribution.
    event ExclusionSet(address indexed account, bool excluded);

    IERC20 public immutable fund;
    address public immutable override managerToken;

    /// @notice Accumulated fee shares per claiming manager token, scaled by 1e30.
    uint256 public rewardPerToken;
    /// @notice Fee shares received and spread over holders (claimed or not), plus rounding dust.
    uint256 public totalDistributed;
    uint256 public totalClaimed;
    /// @notice Manager tokens held by excluded holders.
    uint256 public excludedSupply;
    mapping(address => uint256) public rewardPerTokenPaid;
    /// @notice Whether `account` is excluded from the distribution.
    mapping(address => bool) public isExcluded;
    mapping(address => uint256) private _owed;
    address[] private _excluded;

    constructor(address fund_, address managerToken_, address owner_) Ownable(owner_) {
        fund = IERC20(fund_);
        managerToken = managerToken_;
    }

    // ───────────────────────────── holders ─────────────────────────────

    /// @inheritdoc IFeeSplitter
    function checkpoint(address from, address to, uint256 amount) external override {
        if (msg.sender != managerToken) revert NotManagerToken(msg.sender);
        _accrue();
        _distribute();
        _settle(from);
        _settle(to);
        // The balances change right after this call by `amount`; keep the excluded sum exact.
        if (isExcluded[from]) excludedSupply -= amount;
        if (isExcluded[to]) excludedSupply += amount;
    }

    /// @notice Sends the caller the fee shares credited to it. It neither accrues nor distributes:
    /// fee shares not yet credited stay with the token, spread over every claiming holder at the next
    /// checkpoint or `distribute`, so a claim moves no other holder's value nor the per-token value.
    function claim() external returns (uint256 shares) {
        _settle(msg.sender);
        shares = _owed[msg.sender];
        if (shares == 0) return 0;
        _owed[msg.sender] = 0;
        totalClaimed += shares;
        fund.safeTransfer(msg.sender, shares);
        emit FeesClaimed(msg.sender, shares);
    }

    /// @notice Has the fund accrue its fees and credits every fee share not yet credited to the
    /// claiming holders of now, pro rata to their balances, as any manager-token transfer would.
    function distribute() external {
        _accrue();
        _distribute();
    }

    // ───────────────────────────── governance ─────────────────────────────

    /// @notice Excludes `account` from the fee distribution (or readmits it). What it was
    /// credited before stays its own; from now on its balance earns nothing.
    function setExcluded(address account, bool excluded) external onlyOwner {
        if (account == address(0) || isExcluded[account] == excluded) revert ExclusionUnchanged(account, excluded);
        // Fees due up to now are shared as the holders stood before the change.
        _accrue();
        _distribute();
        _settle(account);
        uint256 balance = IERC20(managerToken).balanceOf(account);
        isExcluded[account] = excluded;
        if (excluded) {
            if (_excluded.length == MAX_EXCLUDED) revert TooManyExcluded();
            _excluded.push(account);
            excludedSupply += balance;
        } else {
            _removeFromList(account);
            excludedSupply -= balance;
        }
        emit ExclusionSet(account, excluded);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice Fee shares `account` could claim now: those credited to it (`credited`).
    function claimable(address account) external view returns (uint256) {
        return credited(account);
    }

    /// @notice Fee shares already credited to `account` and not yet claimed. The shares that
    /// arrived since the last distribution, and those the fund would mint, are not credited yet:
    /// they count in the per-token value until a checkpoint or `distribute` credits them.
    function credited(address account) public view returns (uint256) {
        return _owed[account] + _earned(account, rewardPerToken);
    }

    /// @inheritdoc IFeeSplitter
    function claimingSupply() public view override returns (uint256) {
        return IERC20(managerToken).totalSupply() - excludedSupply;
    }

    /// @inheritdoc IFeeSplitter
    function uncredited() external view override returns (uint256) {
        return _undistributed();
    }

    /// @inheritdoc IFeeSplitter
    function excludedHolders() external view override returns (address[] memory) {
        return _excluded;
    }

    // ───────────────────────────── internals ─────────────────────────────

    /// @dev Has the fund mint the fee shares due up to now. A revert (stale price) or a costly
    /// accrual is skipped so transfers never block, but a caller may not starve the call of gas
    /// to skip it: with less than `ACCRUE_GAS` forwarded, at most 1/64 of the gas is left after.
    function _accrue() private {
        try IFeeAccruing(address(fund)).accrueFees{gas: ACCRUE_GAS}() {}
        catch {
            if (gasleft() < ACCRUE_GAS / 63) revert AccrualStarved(gasleft());
        }
    }

    /// @dev Fee shares that arrived since the last distribution. While no manager token claims
    /// they wait, and go to the first claiming holders.
    function _undistributed() private view returns (uint256) {
        return fund.balanceOf(address(this)) + totalClaimed - totalDistributed;
    }

    function _distribute() private {
        uint256 incoming = _undistributed();
        uint256 supply = claimingSupply();
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
        if (isExcluded[account]) return 0;
        return Math.mulDiv(IERC20(managerToken).balanceOf(account), rpt - rewardPerTokenPaid[account], _PRECISION);
    }

    function _removeFromList(address account) private {
        uint256 last = _excluded.length - 1;
        for (uint256 i = 0; i <= last; ++i) {
            if (_excluded[i] == account) {
                _excluded[i] = _excluded[last];
                _excluded.pop();
                return;
            }
        }
    }
}
