// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";
import {AmmPair} from "../amm/AmmPair.sol";

/// @notice The one fund call the splitter makes: mint the fee shares due up to now.
interface IFeeAccruing {
    function accrueFees() external;
}

/// @notice The manager token's burn, which only the splitter may call.
interface IBurnable {
    function burn(uint256 amount) external;
}

/// @title FeeSplitter
/// @notice Receives the fund's fee shares and lets manager-token holders claim them pro rata to
/// their balance over time, with a reward-per-token accumulator that the manager token
/// checkpoints on every transfer, mint and burn. Before each checkpoint it has the fund accrue
/// its fees, so shares due up to now go to the holders of before the balance change.
/// Governance (the owner, the fund's timelock) may exclude holders that cannot claim (AMM pools,
/// bridges): their balances earn nothing and the fees spread over the claiming supply.
/// Governance also chooses how holders are paid: by claims (the default), or by buyback, where
/// the fee shares that arrive from then on wait in the splitter until anyone has them sold in a
/// (fund share, manager token) pool that governance names, for manager tokens that are burnt.
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

    /// @notice Thrown when a buyback is asked while holders are paid by claims.
    error NotBuybackMode();
    /// @notice Thrown when a buyback pool is not a pair of the fund share and the manager token
    /// (or one is named for claims).
    error InvalidBuybackPair(address pair);
    /// @notice Thrown when a buyback would sell more fee shares than wait for one.
    error BuybackExceedsPending(uint256 shares, uint256 pending);
    /// @notice Thrown when a buyback would pay `shares` for `tokens`, at or above the per-token value
    /// of the waiting fee shares (`pending` over all `supply` manager tokens).
    error BuybackAboveValue(uint256 shares, uint256 tokens, uint256 pending, uint256 supply);

    /// @notice Emitted when governance chose claims (`buyback` false) or buybacks in `pair`.
    event RevenueModeSet(bool buyback, address pair);
    /// @notice Emitted when fee shares arrived in buyback mode and wait for a buyback.
    event FeesQueuedForBuyback(uint256 shares);
    /// @notice Emitted when `shares` waiting fee shares were sold in `pair` for `tokens` manager
    /// tokens, which were burnt.
    event ManagerTokensBoughtBack(address indexed pair, uint256 shares, uint256 tokens);
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
    /// @notice Whether holders are paid by buyback and burn instead of claims.
    bool public buybackMode;
    /// @notice The (fund share, manager token) pair buybacks trade in.
    address public buybackPair;
    /// @notice Fee shares that arrived in buyback mode and wait for a buyback.
    uint256 public buybackShares;
    /// @notice Fee shares sold by buybacks, in total.
    uint256 public totalSold;
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

    /// @notice In buyback mode, sells `shares` of the fee shares waiting for a buyback in the
    /// buyback pair for at least `minTokens` manager tokens, and burns them. Anyone may call: the
    /// price must be below the per-token value of the waiting shares over every manager token
    /// (the pool's and other excluded holders' included: once bought they are burnt), so a burn
    /// never lowers what a remaining manager token is worth, whoever moves the pool.
    function buyback(uint256 shares, uint256 minTokens) external returns (uint256 tokens) {
        if (!buybackMode) revert NotBuybackMode();
        _accrue();
        _distribute();
        uint256 pending = buybackShares;
        if (shares > pending) revert BuybackExceedsPending(shares, pending);
        uint256 supply = IERC20(managerToken).totalSupply();
        (buybackShares, totalSold) = (pending - shares, totalSold + shares);
        IERC20 token = IERC20(managerToken);
        uint256 held = token.balanceOf(address(this));
        address pair = buybackPair;
        fund.forceApprove(pair, shares);
        AmmPair(pair).swap(address(fund), shares, minTokens, address(this));
        tokens = token.balanceOf(address(this)) - held;
        if (shares * supply >= tokens * pending) revert BuybackAboveValue(shares, tokens, pending, supply);
        IBurnable(managerToken).burn(tokens);
        emit ManagerTokensBoughtBack(pair, shares, tokens);
    }

    // ───────────────────────────── governance ─────────────────────────────

    /// @notice Pays holders by claims (`buyback` false, `pair` zero) or by buybacks in `pair`, a pair
    /// of the fund share and the manager token. Fees due up to now go by the old mode; credited fee
    /// shares stay claimable in either mode; shares waiting for a buyback go to the holders on a
    /// switch back to claims.
    function setRevenueMode(bool buyback_, address pair) external onlyOwner {
        _accrue();
        _distribute();
        if (buyback_ ? !_isBuybackPair(pair) : pair != address(0)) revert InvalidBuybackPair(pair);
        if (!buyback_) {
            totalDistributed -= buybackShares;
            buybackShares = 0;
        }
        (buybackMode, buybackPair) = (buyback_, pair);
        emit RevenueModeSet(buyback_, pair);
        _distribute();
    }

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
        return _undistributed() + buybackShares;
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
        return fund.balanceOf(address(this)) + totalClaimed + totalSold - totalDistributed;
    }

    /// @dev Credits what arrived to the claiming holders, or in buyback mode keeps it for buybacks.
    function _distribute() private {
        uint256 incoming = _undistributed();
        if (buybackMode && incoming > 0) {
            buybackShares += incoming;
            totalDistributed += incoming;
            emit FeesQueuedForBuyback(incoming);
            return;
        }
        uint256 supply = claimingSupply();
        if (incoming == 0 || supply == 0) return;
        rewardPerToken += Math.mulDiv(incoming, _PRECISION, supply);
        totalDistributed += incoming;
        emit FeesDistributed(incoming, rewardPerToken);
    }

    function _isBuybackPair(address pair) private view returns (bool) {
        if (pair.code.length == 0) return false;
        (address a, address b) = (AmmPair(pair).token0(), AmmPair(pair).token1());
        return (a == address(fund) && b == managerToken) || (a == managerToken && b == address(fund));
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
