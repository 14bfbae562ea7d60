// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IFund} from "../interfaces/IFund.sol";
import {IShareLedger} from "../interfaces/IShareLedger.sol";
import {IDistributor} from "../interfaces/IDistributor.sol";
import {AmmFactory} from "../amm/AmmFactory.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {FundAdmin} from "./FundAdmin.sol";
import {FundExit} from "./FundExit.sol";
import {FundMath} from "./FundMath.sol";
import {FundOps} from "./FundOps.sol";
import {FundTypes} from "./FundTypes.sol";
import {FundValuation} from "./FundValuation.sol";
import {NavCheckpoints} from "./NavCheckpoints.sol";

/// @title Fund
/// @notice An evergreen fund: an ERC-4626 vault whose share is the investor token (DESIGN §2–§4).
/// Investors join and leave at the intrinsic value: in cash while the prices of what the fund
/// holds are fresh, in kind always. Entry and exit fees stay in the fund, so that nobody profits
/// from an oracle's lag at the others' expense. The owner (the fund's timelock) sets guidelines,
/// fees, feeds and the manager; the manager trades only within the guidelines and only at
/// prices close to the feeds'.
contract Fund is ERC4626, Ownable, ReentrancyGuard, FundTypes, IFund {
    using SafeERC20 for IERC20;
    using Math for uint256;

    uint256 public constant MAX_MANAGEMENT_BPS = 500;
    uint256 public constant MAX_PERFORMANCE_BPS = 3_000;
    uint256 public constant MAX_HURDLE_BPS = 2_000;
    uint256 public constant MAX_ENTRY_EXIT_BPS = 200;
    uint256 public constant MAX_SLIPPAGE_BPS = 1_000;
    uint8 private constant _DECIMALS_OFFSET = 6;

    /// @notice Who sets up the fund set once (its factory).
    address public immutable admin;
    address public feeSplitter;
    /// @notice The ledger that mirrors every share balance change (snapshots, share votes).
    IShareLedger public ledger;
    /// @notice Where the fund sets aside the proceeds it returns to its investors.
    IDistributor public distributor;
    address public manager;
    Mechanism public mechanism;
    /// @notice The project's AMM factory: the fund trades only in its pairs.
    AmmFactory public amm;
    bool private _initialized;
    uint16 public entryBps;
    uint16 public exitBps;
    // In the slot of the entry and exit fees, which deposits and redemptions read anyway, so that
    // finding today's checkpoint already written costs them no cold storage read.
    uint24 private _checkpointCount;
    uint32 private _checkpointDay; // UTC day of the last checkpoint
    OpLimits private _limits;

    Book private _book;
    FundMath.FeeState private _fees;
    mapping(uint256 => uint256) private _checkpoints; // index => word (NavCheckpoints)

    modifier onlyManager() {
        _checkManager();
        _;
    }

    /// @dev Only what ERC-4626 needs at construction; the factory configures the rest in
    /// `initialize`, which keeps the setup code out of the creation code (size limit).
    constructor(string memory name_, string memory symbol_, address asset_, address admin_)
        ERC20(name_, symbol_)
        ERC4626(IERC20(asset_))
        Ownable(admin_)
    {
        admin = admin_;
    }

    /// @inheritdoc IFund
    function initialize(FundConfig calldata c, address splitter, address amm_, IShareLedger ledger_, IDistributor distributor_)
        external
    {
        if (msg.sender != admin) revert NotAdmin(msg.sender);
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        feeSplitter = splitter;
        ledger = ledger_;
        distributor = distributor_;
        amm = AmmFactory(amm_);
        emit FeeSplitterSet(splitter);
        _setManager(c.manager, c.mechanism);
        _addAsset(asset(), c.assetFeed, c.assetHeartbeat, true, uint16(FundMath.BPS));
        for (uint256 i = 0; i < c.assets.length; ++i) {
            AssetInit calldata a = c.assets[i];
            _addAsset(a.token, a.feed, a.heartbeat, true, a.maxWeightBps);
        }
        _limits = OpLimits(0, 100, 0);
        _setMaxLp(c.maxLpBps);
        emit MaxSlippageSet(100);
        _fees.hwm = FundMath.WAD / 10 ** _DECIMALS_OFFSET; // the initial share price
        _fees.hwmTime = block.timestamp;
        _fees.lastAccrual = block.timestamp;
        _setFees(c.managementBps, c.performanceBps, c.hurdleBps);
        _setEntryExit(c.entryBps, c.exitBps);
        _transferOwnership(c.owner);
    }

    // ───────────────────────────── investors ─────────────────────────────

    /// @inheritdoc ERC4626
    function deposit(uint256 assets, address receiver) public override returns (uint256) {
        return depositWithMin(assets, receiver, 0);
    }

    /// @inheritdoc IFund
    function depositWithMin(uint256 assets, address receiver, uint256 minShares)
        public
        nonReentrant
        returns (uint256 shares)
    {
        (uint256 gav, uint256 supply) = _accrue();
        shares = _sharesBought(assets, gav, supply);
        if (shares == 0) revert ZeroShares();
        if (shares < minShares) revert SlippageExceeded(shares, minShares);
        _deposit(_msgSender(), receiver, assets, shares);
        _recordNav(gav + assets, totalSupply());
    }

    /// @inheritdoc ERC4626
    function mint(uint256 shares, address receiver) public override nonReentrant returns (uint256 assets) {
        (uint256 gav, uint256 supply) = _accrue();
        if (shares == 0) revert ZeroShares();
        assets = _mintCost(shares, gav, supply);
        _deposit(_msgSender(), receiver, assets, shares);
        _recordNav(gav + assets, totalSupply());
    }

    /// @inheritdoc ERC4626
    function redeem(uint256 shares, address receiver, address owner_) public override returns (uint256) {
        return redeemWithMin(shares, receiver, owner_, 0);
    }

    /// @inheritdoc IFund
    function redeemWithMin(uint256 shares, address receiver, address owner_, uint256 minAssets)
        public
        nonReentrant
        returns (uint256 assets)
    {
        (uint256 gav, uint256 supply) = _accrue();
        uint256 maxShares = balanceOf(owner_);
        if (shares > maxShares) revert ERC4626ExceededMaxRedeem(owner_, shares, maxShares);
        assets = _paidFor(shares, gav, supply);
        if (assets < minAssets) revert SlippageExceeded(assets, minAssets);
        _withdrawChecked(owner_, receiver, assets, shares, gav);
    }

    /// @inheritdoc ERC4626
    function withdraw(uint256 assets, address receiver, address owner_)
        public
        override
        nonReentrant
        returns (uint256 shares)
    {
        (uint256 gav, uint256 supply) = _accrue();
        shares = _sharesBurnt(assets, gav, supply);
        uint256 balance = balanceOf(owner_);
        if (shares > balance) revert ERC4626ExceededMaxWithdraw(owner_, assets, _paidFor(balance, gav, supply));
        _withdrawChecked(owner_, receiver, assets, shares, gav);
    }

    /// @inheritdoc IFund
    function redeemInKind(uint256 shares, address receiver, address owner_)
        external
        nonReentrant
        returns (address[] memory tokens, uint256[] memory amounts, address[] memory deals, uint256[] memory parts)
    {
        // The valuation only decides whether fees can accrue first: the exit itself needs no price.
        (, uint256 gav, Freshness memory f) = FundValuation.valuation(_book);
        if (f.fresh) _accrueAt(gav);
        if (shares == 0) revert ZeroShares();
        if (_msgSender() != owner_) _spendAllowance(owner_, _msgSender(), shares);
        uint256 supply = totalSupply();
        _burn(owner_, shares);
        (tokens, amounts, deals, parts) = FundExit.pay(_book, shares, supply, receiver);
        emit RedeemedInKind(_msgSender(), receiver, owner_, shares);
    }

    /// @inheritdoc IFund
    function claimOwed(address token) external nonReentrant returns (uint256) {
        return FundExit.claimOwed(_book, token, _msgSender());
    }

    /// @inheritdoc IFund
    function accrueFees() external nonReentrant {
        (uint256 gav,) = _accrue();
        _recordNav(gav, totalSupply());
    }

    /// @inheritdoc IFund
    /// @dev Governance may always; a manager only where it is an institution, which the centralised
    /// mechanism entrusts with the fund's decisions (an algorithm's keeper or a committee trades only).
    function distribute(uint256 amount, uint256 snapshot) external nonReentrant returns (uint256 id) {
        if (msg.sender != owner() && (msg.sender != manager || mechanism != Mechanism.Institution)) {
            revert NotManager(msg.sender);
        }
        (uint256 gav, uint256 supply) = _accrue();
        uint256 cash = _cash();
        if (amount > cash) revert InsufficientLiquidity(amount, cash);
        IERC20(asset()).safeTransfer(address(distributor), amount);
        id = distributor.open(amount, snapshot, gav, supply);
        _recordNav(gav - amount, supply);
    }

    // ───────────────────────────── manager ─────────────────────────────

    /// @inheritdoc IFund
    function swap(address pair, address tokenIn, uint256 amountIn, uint256 minOut)
        external
        onlyManager
        nonReentrant
        returns (uint256 amountOut)
    {
        address tokenOut = FundOps.swapTarget(_book, pair, tokenIn);
        amountOut = FundOps.swap(_book, _beforeOperation(), _limits, pair, tokenIn, tokenOut, amountIn, minOut);
    }

    /// @inheritdoc IFund
    function addLiquidity(address pair, uint256 amount0, uint256 amount1, uint256 minLiquidity)
        external
        onlyManager
        nonReentrant
        returns (uint256 used0, uint256 used1, uint256 liquidity)
    {
        FundOps.checkPair(_book, pair, true);
        (used0, used1, liquidity) =
            FundOps.addLiquidity(_book, _beforeOperation(), _limits, AmmPair(pair), amount0, amount1, minLiquidity);
    }

    /// @inheritdoc IFund
    function removeLiquidity(address pair, uint256 liquidity, uint256 min0, uint256 min1)
        external
        onlyManager
        nonReentrant
        returns (uint256 amount0, uint256 amount1)
    {
        FundOps.checkPair(_book, pair, false);
        (amount0, amount1) = FundOps.removeLiquidity(_book, _beforeOperation(), _limits, pair, liquidity, min0, min1);
    }

    /// @inheritdoc IFund
    function vaultMove(address vault, uint256 amount, uint256 minOut, bool into)
        external
        onlyManager
        nonReentrant
        returns (uint256 out)
    {
        out = FundOps.vaultMove(_book, _beforeOperation(), _limits, vault, amount, minOut, into);
    }

    /// @inheritdoc IFund
    function buyback(uint256 cash, uint256 minShares) external onlyManager nonReentrant returns (uint256 shares) {
        OpSnapshot memory s = _beforeOperation();
        shares = FundOps.buyback(_book, s, _limits, amm, totalSupply(), cash, minShares);
        _burn(address(this), shares);
        _recordNav(s.gav - cash, totalSupply());
    }

    // ───────────────────────────── governance (owner = timelock) ─────────────────────────────

    /// @inheritdoc IFund
    function setBuybackLimit(uint16 maxBps) external onlyOwner {
        FundAdmin.setBuybackLimit(_book, maxBps);
    }

    /// @inheritdoc IFund
    function setVault(address vault, address guard, uint16 maxMoveBps, bool allowed) external onlyOwner {
        FundAdmin.setVault(_book, vault, guard, maxMoveBps, allowed);
    }

    /// @inheritdoc IFund
    function addAsset(address token, address feed, uint32 heartbeat, uint16 maxWeightBps) external onlyOwner {
        _addAsset(token, feed, heartbeat, true, maxWeightBps);
    }

    /// @inheritdoc IFund
    function removeAsset(address token) external onlyOwner {
        FundAdmin.removeAsset(_book, token);
    }

    /// @inheritdoc IFund
    function setFeed(address token, address feed, uint32 heartbeat) external onlyOwner {
        FundAdmin.setFeed(_book, token, feed, heartbeat);
    }

    /// @inheritdoc IFund
    function setGuideline(address token, bool allowed, uint16 maxWeightBps) external onlyOwner {
        FundAdmin.setGuideline(_book, token, allowed, maxWeightBps);
    }

    /// @inheritdoc IFund
    function setMaxLpBps(uint16 bps) external onlyOwner {
        _setMaxLp(bps);
    }

    /// @inheritdoc IFund
    function setMaxSlippage(uint16 bps) external onlyOwner {
        if (bps > MAX_SLIPPAGE_BPS) revert InvalidBps(bps);
        _limits.maxSlippageBps = bps;
        emit MaxSlippageSet(bps);
    }

    /// @inheritdoc IFund
    function setMinCash(uint16 bps) external onlyOwner {
        if (bps > FundMath.BPS) revert InvalidBps(bps);
        _limits.minCashBps = bps;
        emit MinCashSet(bps);
    }

    /// @inheritdoc IFund
    function setFees(uint16 managementBps, uint16 performanceBps, uint16 hurdleBps) external onlyOwner nonReentrant {
        (uint256 gav, uint256 supply) = _accrue();
        _fees.hwm = FundMath.rebase(_fees, gav, supply, block.timestamp);
        _fees.hwmTime = block.timestamp;
        _setFees(managementBps, performanceBps, hurdleBps);
    }

    /// @inheritdoc IFund
    function setEntryExitFees(uint16 entryBps_, uint16 exitBps_) external onlyOwner {
        _setEntryExit(entryBps_, exitBps_);
    }

    /// @inheritdoc IFund
    function setManager(address newManager, Mechanism newMechanism) external onlyOwner {
        _setManager(newManager, newMechanism);
    }

    /// @inheritdoc IFund
    function addPair(address pair) external onlyOwner {
        FundAdmin.addPair(_book, pair, amm);
    }

    /// @inheritdoc IFund
    function removePair(address pair) external onlyOwner {
        FundAdmin.removePair(_book, pair);
    }

    /// @inheritdoc IFund
    function approveVamDeal(address deal) external onlyOwner nonReentrant {
        FundAdmin.startDeal(_book, deal, asset());
    }

    /// @inheritdoc IFund
    function claimVamDeal(address deal) external nonReentrant {
        FundAdmin.claimDeal(_book, deal);
    }

    /// @inheritdoc IFund
    function impairPrimary(address token, uint256 markWad) external onlyOwner {
        FundAdmin.impairPrimary(_book, token, markWad);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice Gross asset value, in the denomination asset's units (feeds may be stale here).
    function totalAssets() public view override returns (uint256 gav) {
        (, gav,) = FundValuation.valuation(_book);
    }

    /// @inheritdoc IFund
    function holdings() external view returns (Holding[] memory list, uint256 gav) {
        return FundValuation.holdings(_book);
    }

    /// @inheritdoc IFund
    function exposureWeights() external view returns (uint256[] memory) {
        return FundValuation.exposureWeights(_book);
    }

    /// @inheritdoc IFund
    function pricesFresh() public view returns (bool) {
        (,, Freshness memory f) = FundValuation.valuation(_book);
        return f.fresh;
    }

    /// @inheritdoc IFund
    function previewAccrual() public view returns (FundMath.Accrual memory) {
        return FundMath.accrue(_fees, totalAssets(), totalSupply(), block.timestamp);
    }

    /// @inheritdoc IFund
    function feeState() external view returns (FundMath.FeeState memory) {
        return _fees;
    }

    /// @inheritdoc IFund
    function limits() external view returns (OpLimits memory) {
        return _limits;
    }

    /// @inheritdoc IFund
    function maxLpBps() external view returns (uint16) {
        return _limits.maxLpBps;
    }

    /// @inheritdoc IFund
    function registry()
        external
        view
        returns (address[] memory assets_, address[] memory pairs, address[] memory primaryTokens, address[] memory deals)
    {
        return FundValuation.registry(_book);
    }

    /// @inheritdoc IFund
    function vaultConfig(address vault) external view returns (VaultConfig memory) {
        return _book.vault[vault];
    }

    /// @inheritdoc IFund
    function buybackLimit() external view returns (BuybackLimit memory) {
        return _book.buyback;
    }

    /// @inheritdoc IFund
    function assetConfig(address token) external view returns (AssetConfig memory) {
        return _book.config[token];
    }

    /// @inheritdoc IFund
    function isPair(address pair) external view returns (bool) {
        return _book.isPair[pair];
    }

    /// @inheritdoc IFund
    function isPrimaryToken(address token) external view returns (bool) {
        return _book.isPrimary[token];
    }

    /// @inheritdoc IFund
    function isDeal(address deal) external view returns (bool) {
        return _book.isDeal[deal];
    }

    /// @inheritdoc IFund
    function primaryCost(address token)
        external
        view
        returns (uint256 paid, uint256 received, uint256 markWad, uint256 markedAt)
    {
        Cost memory c = _book.cost[token];
        return (c.paid, c.received, c.markWad, c.markedAt);
    }

    /// @inheritdoc IFund
    function reserved(address token) external view returns (uint256) {
        return _book.reserved[token];
    }

    /// @inheritdoc IFund
    function owed(address token, address account) external view returns (uint256) {
        return _book.owed[token][account];
    }

    /// @inheritdoc IFund
    function checkpointCount() external view returns (uint256) {
        return _checkpointCount;
    }

    /// @inheritdoc IFund
    function checkpoints(uint256 from, uint256 count, uint256 stride) external view returns (uint256[] memory words) {
        if (stride == 0) revert InvalidStride();
        uint256 n = _checkpointCount;
        words = new uint256[](from < n ? Math.min(count, (n - from - 1) / stride + 1) : 0);
        for (uint256 i = 0; i < words.length; ++i) {
            words[i] = _checkpoints[from + i * stride];
        }
    }

    /// @inheritdoc IFund
    function checkpointIndex(uint256 day) external view returns (uint256) {
        return FundValuation.checkpointIndex(_checkpoints, _checkpointCount, day);
    }

    /// @inheritdoc IFund
    function previewRedeemInKind(uint256 shares)
        external
        view
        returns (address[] memory tokens, uint256[] memory amounts, address[] memory deals, uint256[] memory parts)
    {
        (, uint256 gav, Freshness memory f) = FundValuation.valuation(_book);
        uint256 supply = totalSupply();
        if (f.fresh) supply += FundMath.accrue(_fees, gav, supply, block.timestamp).feeShares;
        return FundExit.preview(_book, shares, supply);
    }

    /// @notice Shares that `assets` buys now, after the entry fee.
    function previewDeposit(uint256 assets) public view override returns (uint256) {
        (uint256 gav, uint256 supply,,) = _preview();
        return _sharesBought(assets, gav, supply);
    }

    /// @notice Assets, entry fee included, that minting `shares` costs now.
    function previewMint(uint256 shares) public view override returns (uint256) {
        (uint256 gav, uint256 supply,,) = _preview();
        return _mintCost(shares, gav, supply);
    }

    /// @notice Assets that redeeming `shares` pays now, after the exit fee.
    function previewRedeem(uint256 shares) public view override returns (uint256) {
        (uint256 gav, uint256 supply,,) = _preview();
        return _paidFor(shares, gav, supply);
    }

    /// @notice Shares that withdrawing `assets` (paid out, after the exit fee) burns now.
    function previewWithdraw(uint256 assets) public view override returns (uint256) {
        (uint256 gav, uint256 supply,,) = _preview();
        return _sharesBurnt(assets, gav, supply);
    }

    /// @notice Unlimited while the prices of what the fund holds are fresh, else 0.
    function maxDeposit(address) public view override returns (uint256) {
        return pricesFresh() ? type(uint256).max : 0;
    }

    /// @notice Unlimited while the prices of what the fund holds are fresh, else 0.
    function maxMint(address) public view override returns (uint256) {
        return pricesFresh() ? type(uint256).max : 0;
    }

    /// @notice Shares `owner_` can redeem in cash now: its balance, within what the fund's cash
    /// pays after the exit fee; 0 while a needed price is stale (the in-kind exit remains).
    function maxRedeem(address owner_) public view override returns (uint256) {
        (uint256 gav, uint256 supply, uint256 cash, bool fresh) = _preview();
        if (!fresh) return 0;
        uint256 gross = cash.mulDiv(FundMath.BPS, FundMath.BPS - exitBps);
        return Math.min(balanceOf(owner_), _toShares(gross, gav, supply, Math.Rounding.Floor));
    }

    /// @notice Assets `owner_` can withdraw in cash now: its position's value after the exit fee,
    /// within the fund's cash; 0 while a needed price is stale.
    function maxWithdraw(address owner_) public view override returns (uint256) {
        (uint256 gav, uint256 supply, uint256 cash, bool fresh) = _preview();
        if (!fresh) return 0;
        return Math.min(_paidFor(balanceOf(owner_), gav, supply), cash);
    }

    // ───────────────────────────── internals ─────────────────────────────

    /// @dev Every mint, burn and transfer is mirrored in the ledger, after the balances changed.
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        ledger.onTransfer(from, to, value);
    }

    function _checkManager() private view {
        if (msg.sender != manager) revert NotManager(msg.sender);
    }

    function _decimalsOffset() internal pure override returns (uint8) {
        return _DECIMALS_OFFSET;
    }

    /// @dev Conversions use the supply after the fees that an accrual now would mint, so they
    /// equal what deposit and redeem (which accrue first) use. Fee-free, as ERC-4626 says.
    function _convertToShares(uint256 assets, Math.Rounding rounding) internal view override returns (uint256) {
        (uint256 gav, uint256 supply,,) = _preview();
        return _toShares(assets, gav, supply, rounding);
    }

    function _convertToAssets(uint256 shares, Math.Rounding rounding) internal view override returns (uint256) {
        (uint256 gav, uint256 supply,,) = _preview();
        return _toAssets(shares, gav, supply, rounding);
    }

    /// @dev One valuation: GAV, supply after the preview accrual, cash and freshness.
    function _preview() private view returns (uint256 gav, uint256 supply, uint256 cash, bool fresh) {
        Holding[] memory list;
        Freshness memory f;
        (list, gav, f) = FundValuation.valuation(_book);
        supply = totalSupply();
        supply += FundMath.accrue(_fees, gav, supply, block.timestamp).feeShares;
        cash = list[0].balance;
        fresh = f.fresh;
    }

    /// @dev Shares that `assets` buys after the entry fee (deposit, previewDeposit).
    function _sharesBought(uint256 assets, uint256 gav, uint256 supply) private view returns (uint256) {
        return _toShares(assets - FundMath.feeOn(assets, entryBps), gav, supply, Math.Rounding.Floor);
    }

    /// @dev Assets, entry fee included, that minting `shares` costs (mint, previewMint).
    function _mintCost(uint256 shares, uint256 gav, uint256 supply) private view returns (uint256) {
        return FundMath.grossUp(_toAssets(shares, gav, supply, Math.Rounding.Ceil), entryBps);
    }

    /// @dev Assets that redeeming `shares` pays after the exit fee (redeem, its preview and limits).
    function _paidFor(uint256 shares, uint256 gav, uint256 supply) private view returns (uint256) {
        uint256 gross = _toAssets(shares, gav, supply, Math.Rounding.Floor);
        return gross - FundMath.feeOn(gross, exitBps);
    }

    /// @dev Shares that withdrawing `assets` after the exit fee burns (withdraw, previewWithdraw).
    function _sharesBurnt(uint256 assets, uint256 gav, uint256 supply) private view returns (uint256) {
        return _toShares(FundMath.grossUp(assets, exitBps), gav, supply, Math.Rounding.Ceil);
    }

    function _toShares(uint256 assets, uint256 gav, uint256 supply, Math.Rounding r) private pure returns (uint256) {
        return assets.mulDiv(supply + 10 ** _DECIMALS_OFFSET, gav + 1, r);
    }

    function _toAssets(uint256 shares, uint256 gav, uint256 supply, Math.Rounding r) private pure returns (uint256) {
        return shares.mulDiv(gav + 1, supply + 10 ** _DECIMALS_OFFSET, r);
    }

    function _withdrawChecked(address owner_, address receiver, uint256 assets, uint256 shares, uint256 gav) private {
        uint256 cash = _cash();
        if (assets > cash) revert InsufficientLiquidity(assets, cash);
        _withdraw(_msgSender(), receiver, owner_, assets, shares);
        _recordNav(gav - assets, totalSupply());
    }

    /// @dev The denomination asset the fund can pay out: its balance less what it owes.
    function _cash() private view returns (uint256) {
        return IERC20(asset()).balanceOf(address(this)).saturatingSub(_book.reserved[asset()]);
    }

    /// @dev Every operation that moves the NAV records it here, after the fact. The first record of
    /// a UTC day is also kept as the day's checkpoint: one storage write a day, whatever the number
    /// of operations, with only this block's own time and values (nothing a caller chooses).
    function _recordNav(uint256 gav, uint256 supply) private {
        emit NavRecorded(gav, supply, block.timestamp);
        uint256 day = block.timestamp / 1 days;
        uint256 n = _checkpointCount;
        if (n > 0 && day <= _checkpointDay) return;
        _checkpoints[n] = NavCheckpoints.pack(block.timestamp, gav, supply, decimals());
        (_checkpointCount, _checkpointDay) = (uint24(n + 1), uint32(day));
    }

    /// @dev Values the fund once with fresh prices (else reverts `StalePrice`), mints the fee
    /// shares due and returns the GAV (which minting shares does not change) and the supply after.
    function _accrue() private returns (uint256 gav, uint256 supply) {
        Freshness memory f;
        (, gav, f) = FundValuation.valuation(_book);
        if (!f.fresh) revert StalePrice(f.feed, f.updatedAt, f.heartbeat);
        supply = _accrueAt(gav);
    }

    function _accrueAt(uint256 gav) private returns (uint256) {
        uint256 supply = totalSupply();
        FundMath.Accrual memory a = FundMath.accrue(_fees, gav, supply, block.timestamp);
        _fees.lastAccrual = block.timestamp;
        if (a.performanceFee > 0) (_fees.hwm, _fees.hwmTime) = (a.hwm, a.hwmTime);
        if (a.feeShares > 0) _mint(feeSplitter, a.feeShares);
        if (a.managementFee + a.performanceFee > 0) {
            emit FeesAccrued(a.managementFee, a.performanceFee, a.feeShares, a.hwm, gav, supply + a.feeShares);
        }
        return supply + a.feeShares;
    }

    /// @dev Fresh prices, fees accrued, then the weights, GAV and cash the operation is checked against.
    function _beforeOperation() private returns (OpSnapshot memory) {
        (Holding[] memory list, uint256 gav, Freshness memory f) = FundValuation.valuation(_book);
        if (!f.fresh) revert StalePrice(f.feed, f.updatedAt, f.heartbeat);
        _accrueAt(gav);
        return OpSnapshot(FundValuation.weights(_book, list, gav), gav, list[0].balance);
    }

    function _addAsset(address token, address feed, uint32 heartbeat, bool allowed, uint16 maxWeightBps) private {
        FundAdmin.addAsset(_book, token, feed, heartbeat, allowed, maxWeightBps);
    }

    function _setFees(uint16 m, uint16 p, uint16 h) private {
        if (m > MAX_MANAGEMENT_BPS) revert FeeAboveCap(m, MAX_MANAGEMENT_BPS);
        if (p > MAX_PERFORMANCE_BPS) revert FeeAboveCap(p, MAX_PERFORMANCE_BPS);
        if (h > MAX_HURDLE_BPS) revert FeeAboveCap(h, MAX_HURDLE_BPS);
        (_fees.managementBps, _fees.performanceBps, _fees.hurdleBps) = (m, p, h);
        emit FeesSet(m, p, h);
    }

    function _setEntryExit(uint16 e, uint16 x) private {
        if (e > MAX_ENTRY_EXIT_BPS) revert FeeAboveCap(e, MAX_ENTRY_EXIT_BPS);
        if (x > MAX_ENTRY_EXIT_BPS) revert FeeAboveCap(x, MAX_ENTRY_EXIT_BPS);
        (entryBps, exitBps) = (e, x);
        emit EntryExitFeesSet(e, x);
    }

    function _setMaxLp(uint16 bps) private {
        if (bps > FundMath.BPS) revert InvalidBps(bps);
        _limits.maxLpBps = bps;
        emit MaxLpSet(bps);
    }

    function _setManager(address newManager, Mechanism newMechanism) private {
        if (newManager == address(0)) revert InvalidManager(newManager);
        manager = newManager;
        mechanism = newMechanism;
        emit ManagerSet(newManager, newMechanism);
    }
}
