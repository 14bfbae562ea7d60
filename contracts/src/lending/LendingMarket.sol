// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title LendingMarket
/// @notice A minimal isolated lending market: suppliers lend the loan asset through this ERC-4626
/// vault (its shares are the supply position, so a fund supplies as it deposits into any vault);
/// borrowers post one collateral token and borrow up to `ltvBps` of its value at feed prices; debt
/// grows at a utilisation-kinked rate; a position whose debt exceeds `liquidationBps` of its
/// collateral's value can be repaid in part by anyone, who takes collateral worth the repayment plus
/// `bonusBps`. Interest accrues to the suppliers (no reserve). Bad debt, if collateral runs out,
/// stays on the books as debt, which is the model's stated limit.
contract LendingMarket is ERC4626, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using Math for uint256;

    uint256 private constant _WAD = 1e18;
    uint256 private constant _BPS = 10_000;
    uint256 private constant _YEAR = 365 days;
    /// @notice The most of a position's debt one liquidation may repay.
    uint256 public constant CLOSE_FACTOR_BPS = 5_000;

    struct Params {
        IERC20 collateral;
        AggregatorV3Interface loanFeed;
        AggregatorV3Interface collateralFeed;
        uint32 heartbeat;
        uint16 ltvBps;
        uint16 liquidationBps;
        uint16 bonusBps;
        uint64 baseRateWad; // per year, × 1e18
        uint64 slope1Wad; // per year at the kink
        uint64 slope2Wad; // per year from the kink to full use
        uint64 kinkWad; // utilisation where the second slope starts
    }

    IERC20 public immutable collateral;
    AggregatorV3Interface public immutable loanFeed;
    AggregatorV3Interface public immutable collateralFeed;
    uint32 public immutable heartbeat;
    uint16 public immutable ltvBps;
    uint16 public immutable liquidationBps;
    uint16 public immutable bonusBps;
    uint64 public immutable baseRateWad;
    uint64 public immutable slope1Wad;
    uint64 public immutable slope2Wad;
    uint64 public immutable kinkWad;
    uint8 private immutable _loanDecimals;
    uint8 private immutable _collateralDecimals;

    /// @notice Debt per unit of debt share, × 1e18, as of `lastAccrual`.
    uint256 public borrowIndex = _WAD;
    uint256 public lastAccrual;
    uint256 public totalDebtShares;
    mapping(address => uint256) public debtShares;
    mapping(address => uint256) public collateralOf;

    /// @notice Emitted when `account` posted `amount` of collateral.
    event CollateralSupplied(address indexed account, uint256 amount);
    /// @notice Emitted when `account` took back `amount` of collateral.
    event CollateralWithdrawn(address indexed account, uint256 amount);
    /// @notice Emitted when `account` borrowed `amount`.
    event Borrowed(address indexed account, uint256 amount);
    /// @notice Emitted when `payer` repaid `amount` of `account`'s debt.
    event Repaid(address indexed payer, address indexed account, uint256 amount);
    /// @notice Emitted when `liquidator` repaid `repaid` of `account`'s debt and took `seized` collateral.
    event Liquidated(address indexed liquidator, address indexed account, uint256 repaid, uint256 seized);

    /// @notice Thrown when parameters are inconsistent (ltv above the liquidation threshold, bps above 100 %).
    error InvalidParams();
    /// @notice Thrown when a feed's answer is not positive or older than the heartbeat.
    error StaleFeed(address feed);
    /// @notice Thrown when a borrow or collateral withdrawal would leave the debt above `ltvBps` of the collateral.
    error Undercollateralized(uint256 debtUsd, uint256 limitUsd);
    /// @notice Thrown when a liquidation targets a healthy position.
    error Healthy(address account);
    /// @notice Thrown when an amount is zero or above what it may be.
    error InvalidAmount(uint256 amount);

    constructor(IERC20 loan, string memory name_, string memory symbol_, Params memory p)
        ERC20(name_, symbol_)
        ERC4626(loan)
    {
        if (p.ltvBps >= p.liquidationBps || p.liquidationBps > _BPS || p.bonusBps > _BPS / 5 || p.kinkWad > _WAD) {
            revert InvalidParams();
        }
        (collateral, loanFeed, collateralFeed, heartbeat) = (p.collateral, p.loanFeed, p.collateralFeed, p.heartbeat);
        (ltvBps, liquidationBps, bonusBps) = (p.ltvBps, p.liquidationBps, p.bonusBps);
        (baseRateWad, slope1Wad, slope2Wad, kinkWad) = (p.baseRateWad, p.slope1Wad, p.slope2Wad, p.kinkWad);
        _loanDecimals = IERC20Metadata(address(loan)).decimals();
        _collateralDecimals = IERC20Metadata(address(p.collateral)).decimals();
        lastAccrual = block.timestamp;
    }

    // ───────────────────────────── borrowers ─────────────────────────────

    /// @notice Posts `amount` of collateral for `account`.
    function supplyCollateral(uint256 amount, address account) external nonReentrant {
        if (amount == 0) revert InvalidAmount(amount);
        collateral.safeTransferFrom(_msgSender(), address(this), amount);
        collateralOf[account] += amount;
        emit CollateralSupplied(account, amount);
    }

    /// @notice Takes back `amount` of the caller's collateral; the rest must cover its debt at `ltvBps`.
    function withdrawCollateral(uint256 amount) external nonReentrant {
        _accrue();
        address account = _msgSender();
        if (amount == 0 || amount > collateralOf[account]) revert InvalidAmount(amount);
        collateralOf[account] -= amount;
        _requireCovered(account);
        collateral.safeTransfer(account, amount);
        emit CollateralWithdrawn(account, amount);
    }

    /// @notice Borrows `amount` of the loan asset against the caller's collateral, within `ltvBps`.
    function borrow(uint256 amount) external nonReentrant {
        _accrue();
        address account = _msgSender();
        if (amount == 0) revert InvalidAmount(amount);
        uint256 shares = amount.mulDiv(_WAD, borrowIndex, Math.Rounding.Ceil);
        debtShares[account] += shares;
        totalDebtShares += shares;
        _requireCovered(account);
        IERC20(asset()).safeTransfer(account, amount);
        emit Borrowed(account, amount);
    }

    /// @notice Repays up to `amount` of `account`'s debt (all of it at most); returns what was repaid.
    function repay(uint256 amount, address account) external nonReentrant returns (uint256) {
        _accrue();
        return _repay(_msgSender(), account, amount);
    }

    /// @notice Repays up to `amount` (at most half the debt) of an unhealthy `account`'s debt and
    /// takes its collateral worth the repayment plus the bonus at feed prices (all of it at most).
    function liquidate(address account, uint256 amount) external nonReentrant returns (uint256 seized) {
        _accrue();
        (uint256 debtUsd, uint256 collateralUsd) = _values(account);
        if (debtUsd * _BPS <= collateralUsd * liquidationBps) revert Healthy(account);
        uint256 most = debtOf(account).mulDiv(CLOSE_FACTOR_BPS, _BPS);
        if (amount == 0 || amount > most) revert InvalidAmount(amount);
        uint256 repaid = _repay(_msgSender(), account, amount);
        uint256 repaidUsd = _usd(repaid, loanFeed, _loanDecimals);
        uint256 unitUsd = _usd(10 ** _collateralDecimals, collateralFeed, _collateralDecimals);
        seized = Math.min(
            repaidUsd.mulDiv(_BPS + bonusBps, _BPS).mulDiv(10 ** _collateralDecimals, unitUsd), collateralOf[account]
        );
        collateralOf[account] -= seized;
        collateral.safeTransfer(_msgSender(), seized);
        emit Liquidated(_msgSender(), account, repaid, seized);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice Cash plus what borrowers owe now (interest to date included).
    function totalAssets() public view override returns (uint256) {
        return IERC20(asset()).balanceOf(address(this)) + totalDebt();
    }

    /// @notice What borrowers owe now, rounded down.
    function totalDebt() public view returns (uint256) {
        return totalDebtShares.mulDiv(currentIndex(), _WAD);
    }

    /// @notice What `account` owes now, rounded up.
    function debtOf(address account) public view returns (uint256) {
        return debtShares[account].mulDiv(currentIndex(), _WAD, Math.Rounding.Ceil);
    }

    /// @notice The borrow index with interest to now.
    function currentIndex() public view returns (uint256) {
        uint256 dt = block.timestamp - lastAccrual;
        if (dt == 0 || totalDebtShares == 0) return borrowIndex;
        return borrowIndex.mulDiv(_WAD + borrowRate().mulDiv(dt, _YEAR), _WAD);
    }

    /// @notice Borrowed over supplied, × 1e18, as of the last accrual.
    function utilization() public view returns (uint256) {
        uint256 debt = totalDebtShares.mulDiv(borrowIndex, _WAD);
        uint256 supplied = IERC20(asset()).balanceOf(address(this)) + debt;
        return supplied == 0 ? 0 : debt.mulDiv(_WAD, supplied);
    }

    /// @notice The yearly borrow rate at the current utilisation, × 1e18 (kinked linear model).
    function borrowRate() public view returns (uint256) {
        uint256 u = utilization();
        if (u <= kinkWad) return baseRateWad + uint256(slope1Wad).mulDiv(u, _WAD);
        return baseRateWad + slope1Wad + uint256(slope2Wad).mulDiv(u - kinkWad, _WAD - kinkWad);
    }

    /// @notice Whether `account` could be liquidated now (debt above `liquidationBps` of its collateral).
    function liquidatable(address account) external view returns (bool) {
        (uint256 debtUsd, uint256 collateralUsd) = _values(account);
        return debtUsd * _BPS > collateralUsd * liquidationBps;
    }

    /// @notice Suppliers can take out only what the market holds in cash.
    function maxWithdraw(address owner) public view override returns (uint256) {
        return Math.min(super.maxWithdraw(owner), IERC20(asset()).balanceOf(address(this)));
    }

    /// @notice Suppliers can take out only what the market holds in cash.
    function maxRedeem(address owner) public view override returns (uint256) {
        return Math.min(super.maxRedeem(owner), convertToShares(IERC20(asset()).balanceOf(address(this))));
    }

    // ───────────────────────────── internals ─────────────────────────────

    function _deposit(address caller, address receiver, uint256 assets, uint256 shares) internal override {
        _accrue();
        super._deposit(caller, receiver, assets, shares);
    }

    function _withdraw(address caller, address receiver, address owner, uint256 assets, uint256 shares)
        internal
        override
    {
        _accrue();
        super._withdraw(caller, receiver, owner, assets, shares);
    }

    function _accrue() private {
        borrowIndex = currentIndex();
        lastAccrual = block.timestamp;
    }

    function _repay(address payer, address account, uint256 amount) private returns (uint256) {
        uint256 debt = debtOf(account);
        if (amount == 0 || debt == 0) revert InvalidAmount(amount);
        uint256 shares;
        if (amount >= debt) (amount, shares) = (debt, debtShares[account]);
        else shares = amount.mulDiv(_WAD, borrowIndex);
        debtShares[account] -= shares;
        totalDebtShares -= shares;
        IERC20(asset()).safeTransferFrom(payer, address(this), amount);
        emit Repaid(payer, account, amount);
        return amount;
    }

    function _requireCovered(address account) private view {
        (uint256 debtUsd, uint256 collateralUsd) = _values(account);
        uint256 limit = collateralUsd.mulDiv(ltvBps, _BPS);
        if (debtUsd > limit) revert Undercollateralized(debtUsd, limit);
    }

    function _values(address account) private view returns (uint256 debtUsd, uint256 collateralUsd) {
        uint256 debt = debtOf(account);
        if (debt > 0) debtUsd = _usd(debt, loanFeed, _loanDecimals);
        collateralUsd = _usd(collateralOf[account], collateralFeed, _collateralDecimals);
    }

    /// @dev `amount` in USD × 1e18 at `feed`'s fresh answer (`StaleFeed` otherwise).
    function _usd(uint256 amount, AggregatorV3Interface feed, uint8 decimals) private view returns (uint256) {
        (, int256 answer,, uint256 updatedAt,) = feed.latestRoundData();
        if (answer <= 0 || updatedAt > block.timestamp || block.timestamp - updatedAt > heartbeat) {
            revert StaleFeed(address(feed));
        }
        return amount.mulDiv(uint256(answer) * _WAD, 10 ** (uint256(decimals) + feed.decimals()));
    }
}
