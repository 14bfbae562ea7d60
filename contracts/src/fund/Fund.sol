// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC4626} from "@openzeppelin/contracts/token/ERC20/extensions/ERC4626.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {IFeeSplitter} from "../interfaces/IFeeSplitter.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {FundMath} from "./FundMath.sol";
import {FundTypes} from "./FundTypes.sol";

/// @title Fund
/// @notice An evergreen fund: an ERC-4626 vault whose share is the investor token. Its GAV is
/// valued from Chainlink-style feeds (ERC-20 holdings, fair-value LP positions), primary-market
/// tokens at cost and VAM escrow at face value. Fees accrue continuously and are paid by
/// minting shares to the fee splitter. The owner (the fund's timelock) sets guidelines, fees,
/// feeds and the manager; the manager trades only within the guidelines.
contract Fund is ERC4626, Ownable, ReentrancyGuard, FundTypes {
    using SafeERC20 for IERC20;
    using Math for uint256;

    uint256 public constant MAX_MANAGEMENT_BPS = 500;
    uint256 public constant MAX_PERFORMANCE_BPS = 3_000;
    uint256 public constant MAX_HURDLE_BPS = 2_000;
    uint8 private constant _DECIMALS_OFFSET = 6;

    /// @notice Who sets up the fund set once (its factory).
    address public immutable admin;
    address public feeSplitter;
    address public manager;
    Mechanism public mechanism;
    uint16 public maxLpBps;

    mapping(address => AssetConfig) private _assetConfig;
    address[] private _assets; // index 0 is the denomination asset
    address[] private _pairs;
    mapping(address => bool) public isPair;
    address[] private _primaryTokens;
    mapping(address => bool) public isPrimaryToken;
    address[] private _deals;
    mapping(address => bool) public isDeal;
    FundMath.FeeState private _fees;

    modifier onlyManager() {
        if (msg.sender != manager) revert NotManager(msg.sender);
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

    /// @notice Configures the fund and hands it to its owner; once, by the factory.
    function initialize(FundConfig calldata c, address splitter, address amm) external {
        if (msg.sender != admin || feeSplitter != address(0)) revert NotAdmin(msg.sender);
        feeSplitter = splitter;
        emit FeeSplitterSet(splitter);
        _setManager(c.manager, c.mechanism);
        _addAsset(asset(), c.assetFeed, c.assetHeartbeat, true, uint16(FundMath.BPS));
        for (uint256 i = 0; i < c.assets.length; ++i) {
            AssetInit calldata a = c.assets[i];
            _addAsset(a.token, a.feed, a.heartbeat, true, a.maxWeightBps);
        }
        _setMaxLp(c.maxLpBps);
        _fees.hwm = FundMath.WAD / 10 ** _DECIMALS_OFFSET; // the initial share price
        _fees.hwmTime = block.timestamp;
        _fees.lastAccrual = block.timestamp;
        _setFees(c.managementBps, c.performanceBps, c.hurdleBps);
        _transferOwnership(c.owner);
    }

    // ───────────────────────────── investors ─────────────────────────────

    /// @inheritdoc ERC4626
    function deposit(uint256 assets, address receiver) public override returns (uint256) {
        return depositWithMin(assets, receiver, 0);
    }

    /// @notice Deposits `assets` for at least `minShares` shares, else reverts `SlippageExceeded`.
    function depositWithMin(uint256 assets, address receiver, uint256 minShares)
        public
        nonReentrant
        returns (uint256 shares)
    {
        uint256 gav = _accrue();
        if (assets > maxDeposit(receiver)) revert ERC4626ExceededMaxDeposit(receiver, assets, maxDeposit(receiver));
        shares = _toShares(assets, gav, totalSupply(), Math.Rounding.Floor);
        if (shares < minShares) revert SlippageExceeded(shares, minShares);
        _deposit(_msgSender(), receiver, assets, shares);
        emit NavRecorded(gav + assets, totalSupply(), block.timestamp);
    }

    /// @inheritdoc ERC4626
    function mint(uint256 shares, address receiver) public override nonReentrant returns (uint256 assets) {
        uint256 gav = _accrue();
        if (shares > maxMint(receiver)) revert ERC4626ExceededMaxMint(receiver, shares, maxMint(receiver));
        assets = _toAssets(shares, gav, totalSupply(), Math.Rounding.Ceil);
        _deposit(_msgSender(), receiver, assets, shares);
        emit NavRecorded(gav + assets, totalSupply(), block.timestamp);
    }

    /// @inheritdoc ERC4626
    function redeem(uint256 shares, address receiver, address owner_) public override returns (uint256) {
        return redeemWithMin(shares, receiver, owner_, 0);
    }

    /// @notice Redeems `shares` for at least `minAssets`, else reverts `SlippageExceeded`.
    function redeemWithMin(uint256 shares, address receiver, address owner_, uint256 minAssets)
        public
        nonReentrant
        returns (uint256 assets)
    {
        uint256 gav = _accrue();
        uint256 maxShares = balanceOf(owner_);
        if (shares > maxShares) revert ERC4626ExceededMaxRedeem(owner_, shares, maxShares);
        assets = _toAssets(shares, gav, totalSupply(), Math.Rounding.Floor);
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
        uint256 gav = _accrue();
        shares = _toShares(assets, gav, totalSupply(), Math.Rounding.Ceil);
        if (shares > balanceOf(owner_)) {
            revert ERC4626ExceededMaxWithdraw(owner_, assets, _toAssets(balanceOf(owner_), gav, totalSupply(), Math.Rounding.Floor));
        }
        _withdrawChecked(owner_, receiver, assets, shares, gav);
    }

    /// @notice Accrues management and performance fees now.
    function accrueFees() external nonReentrant {
        uint256 gav = _accrue();
        emit NavRecorded(gav, totalSupply(), block.timestamp);
    }

    // ───────────────────────────── manager ─────────────────────────────

    /// @notice Swaps `amountIn` of `tokenIn` through an approved pair for at least `minOut`.
    function swap(address pair, address tokenIn, uint256 amountIn, uint256 minOut)
        external
        onlyManager
        nonReentrant
        returns (uint256 amountOut)
    {
        _requirePair(pair);
        address token0 = AmmPair(pair).token0();
        address tokenOut = tokenIn == token0 ? AmmPair(pair).token1() : token0;
        if (!_assetConfig[tokenOut].allowed) revert AssetNotAllowed(tokenOut);
        uint256[] memory before = _weights();
        IERC20(tokenIn).forceApprove(pair, amountIn);
        amountOut = AmmPair(pair).swap(tokenIn, amountIn, minOut, address(this));
        _checkGuidelines(before, pair);
        emit Swapped(pair, tokenIn, tokenOut, amountIn, amountOut);
    }

    /// @notice Adds liquidity to an approved pair, at least `minLiquidity` LP tokens.
    function addLiquidity(address pair, uint256 amount0, uint256 amount1, uint256 minLiquidity)
        external
        onlyManager
        nonReentrant
        returns (uint256 used0, uint256 used1, uint256 liquidity)
    {
        _requirePair(pair);
        uint256[] memory before = _weights();
        IERC20(AmmPair(pair).token0()).forceApprove(pair, amount0);
        IERC20(AmmPair(pair).token1()).forceApprove(pair, amount1);
        (used0, used1, liquidity) = AmmPair(pair).addLiquidity(amount0, amount1, minLiquidity, address(this));
        IERC20(AmmPair(pair).token0()).forceApprove(pair, 0);
        IERC20(AmmPair(pair).token1()).forceApprove(pair, 0);
        _checkGuidelines(before, pair);
        emit LiquidityAdded(pair, used0, used1, liquidity);
    }

    /// @notice Removes `liquidity` LP tokens from an approved pair, with minimum amounts out.
    function removeLiquidity(address pair, uint256 liquidity, uint256 min0, uint256 min1)
        external
        onlyManager
        nonReentrant
        returns (uint256 amount0, uint256 amount1)
    {
        _requirePair(pair);
        uint256[] memory before = _weights();
        (amount0, amount1) = AmmPair(pair).removeLiquidity(liquidity, min0, min1, address(this));
        _checkGuidelines(before, pair);
        emit LiquidityRemoved(pair, amount0, amount1, liquidity);
    }

    // ───────────────────────────── governance (owner = timelock) ─────────────────────────────

    /// @notice Lists a new asset priced by `feed`, allowed up to `maxWeightBps` of GAV.
    function addAsset(address token, address feed, uint32 heartbeat, uint16 maxWeightBps) external onlyOwner {
        _addAsset(token, feed, heartbeat, true, maxWeightBps);
    }

    /// @notice Replaces an asset's feed, or gives a primary-market token a feed (it is then priced by it).
    function setFeed(address token, address feed, uint32 heartbeat) external onlyOwner {
        if (!_assetConfig[token].listed) {
            _addAsset(token, feed, heartbeat, false, uint16(FundMath.BPS)); // not tradable, so not weight-limited
            return;
        }
        _setFeed(token, feed, heartbeat);
    }

    /// @notice Sets whether the manager may buy `token` and its maximum weight in bps of GAV.
    function setGuideline(address token, bool allowed, uint16 maxWeightBps) external onlyOwner {
        if (!_assetConfig[token].listed) revert UnknownAsset(token);
        if (maxWeightBps > FundMath.BPS) revert InvalidBps(maxWeightBps);
        _assetConfig[token].allowed = allowed;
        _assetConfig[token].maxWeightBps = maxWeightBps;
        emit GuidelineSet(token, allowed, maxWeightBps);
    }

    /// @notice Sets the maximum share of GAV held in LP positions, in bps.
    function setMaxLpBps(uint16 bps) external onlyOwner {
        _setMaxLp(bps);
    }

    /// @notice Sets the fee rates, within the caps; accrues at the old rates first.
    function setFees(uint16 managementBps, uint16 performanceBps, uint16 hurdleBps) external onlyOwner {
        _accrue();
        _setFees(managementBps, performanceBps, hurdleBps);
    }

    /// @notice Names the manager and the kind of decision mechanism it stands for.
    function setManager(address newManager, Mechanism newMechanism) external onlyOwner {
        _setManager(newManager, newMechanism);
    }

    /// @notice Approves a pair for swaps and LP positions; both its tokens must be listed with feeds.
    function addPair(address pair) external onlyOwner {
        if (isPair[pair]) revert AlreadyListed(pair);
        address t0 = AmmPair(pair).token0();
        address t1 = AmmPair(pair).token1();
        if (!_hasFeed(t0)) revert UnknownAsset(t0);
        if (!_hasFeed(t1)) revert UnknownAsset(t1);
        isPair[pair] = true;
        _pairs.push(pair);
        emit PairAdded(pair, t0, t1);
    }

    /// @notice Joins a VAM deal: escrows n1 + n2 of the fund's asset into it.
    function approveVamDeal(address deal) external onlyOwner nonReentrant {
        IVamDeal d = IVamDeal(deal);
        if (isDeal[deal] || d.fund() != address(this) || d.asset() != asset()) revert InvalidDeal(deal);
        isDeal[deal] = true;
        _deals.push(deal);
        address token = d.projectToken();
        if (!isPrimaryToken[token] && !_assetConfig[token].listed) {
            isPrimaryToken[token] = true;
            _primaryTokens.push(token);
        }
        IERC20(asset()).forceApprove(deal, d.fundCommitment());
        d.start();
        emit VamDealApproved(deal, token);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice Gross asset value, in the denomination asset's units (feeds may be stale here).
    function totalAssets() public view override returns (uint256 gav) {
        (, gav,) = _valuation();
    }

    /// @notice Every holding with its balance, price, value and weight, and the GAV.
    function holdings() external view returns (Holding[] memory list, uint256 gav) {
        (list, gav,) = _valuation();
        for (uint256 i = 0; i < list.length; ++i) {
            if (gav > 0) list[i].weightBps = list[i].value.mulDiv(FundMath.BPS, gav);
        }
    }

    /// @notice True when every feed the fund lists is within its heartbeat.
    function pricesFresh() public view returns (bool fresh) {
        (,, fresh) = _valuation();
    }

    /// @notice The accrual that would happen now.
    function previewAccrual() public view returns (FundMath.Accrual memory) {
        return FundMath.accrue(_fees, totalAssets(), totalSupply(), block.timestamp);
    }

    /// @notice Fee rates and state: rates in bps, HWM (asset units per share unit, WAD), its time, last accrual.
    function feeState() external view returns (FundMath.FeeState memory) {
        return _fees;
    }

    /// @notice Listed assets (index 0 is the denomination asset), approved pairs, primary tokens and deals.
    function registry()
        external
        view
        returns (address[] memory assets_, address[] memory pairs, address[] memory primaryTokens, address[] memory deals)
    {
        return (_assets, _pairs, _primaryTokens, _deals);
    }

    /// @notice Configuration of a listed asset.
    function assetConfig(address token) external view returns (AssetConfig memory) {
        return _assetConfig[token];
    }

    /// @inheritdoc ERC4626
    function maxDeposit(address) public view override returns (uint256) {
        return pricesFresh() ? type(uint256).max : 0;
    }

    /// @inheritdoc ERC4626
    function maxMint(address) public view override returns (uint256) {
        return pricesFresh() ? type(uint256).max : 0;
    }

    /// @notice Shares `owner_` can redeem now: its balance, within what the fund holds in cash.
    function maxRedeem(address owner_) public view override returns (uint256) {
        if (!pricesFresh()) return 0;
        return Math.min(balanceOf(owner_), _convertToShares(_cash(), Math.Rounding.Floor));
    }

    /// @notice Assets `owner_` can withdraw now: its position's value, within the fund's cash.
    function maxWithdraw(address owner_) public view override returns (uint256) {
        if (!pricesFresh()) return 0;
        return Math.min(_convertToAssets(balanceOf(owner_), Math.Rounding.Floor), _cash());
    }

    // ───────────────────────────── internals ─────────────────────────────

    function _decimalsOffset() internal pure override returns (uint8) {
        return _DECIMALS_OFFSET;
    }

    /// @dev Conversions use the supply after the fees that an accrual now would mint, so previews
    /// equal what deposit and redeem (which accrue first) give.
    function _convertToShares(uint256 assets, Math.Rounding rounding) internal view override returns (uint256) {
        (uint256 gav, uint256 supply) = _gavAndSupplyAfterAccrual();
        return _toShares(assets, gav, supply, rounding);
    }

    function _convertToAssets(uint256 shares, Math.Rounding rounding) internal view override returns (uint256) {
        (uint256 gav, uint256 supply) = _gavAndSupplyAfterAccrual();
        return _toAssets(shares, gav, supply, rounding);
    }

    function _gavAndSupplyAfterAccrual() private view returns (uint256 gav, uint256 supply) {
        gav = totalAssets();
        supply = totalSupply() + FundMath.accrue(_fees, gav, totalSupply(), block.timestamp).feeShares;
    }

    function _toShares(uint256 assets, uint256 gav, uint256 supply, Math.Rounding r) private pure returns (uint256) {
        return assets.mulDiv(supply + 10 ** _DECIMALS_OFFSET, gav + 1, r);
    }

    function _toAssets(uint256 shares, uint256 gav, uint256 supply, Math.Rounding r) private pure returns (uint256) {
        return shares.mulDiv(gav + 1, supply + 10 ** _DECIMALS_OFFSET, r);
    }

    function _cash() private view returns (uint256) {
        return IERC20(asset()).balanceOf(address(this));
    }

    function _withdrawChecked(address owner_, address receiver, uint256 assets, uint256 shares, uint256 gav) private {
        uint256 cash = _cash();
        if (assets > cash) revert InsufficientLiquidity(assets, cash);
        _withdraw(_msgSender(), receiver, owner_, assets, shares);
        emit NavRecorded(gav - assets, totalSupply(), block.timestamp);
    }

    /// @dev Values the fund with fresh prices (else reverts `StalePrice`), mints the fee shares
    /// due and returns the GAV, which minting shares does not change.
    function _accrue() private returns (uint256 gav) {
        bool fresh;
        (, gav, fresh) = _valuation();
        if (!fresh) _revertStale();
        uint256 supply = totalSupply();
        FundMath.Accrual memory a = FundMath.accrue(_fees, gav, supply, block.timestamp);
        _fees.lastAccrual = block.timestamp;
        if (a.performanceFee > 0) (_fees.hwm, _fees.hwmTime) = (a.hwm, a.hwmTime);
        if (a.feeShares > 0) _mint(feeSplitter, a.feeShares);
        if (a.managementFee + a.performanceFee > 0) {
            emit FeesAccrued(a.managementFee, a.performanceFee, a.feeShares, a.hwm, gav, supply + a.feeShares);
        }
    }

    function _revertStale() private view {
        for (uint256 i = 0; i < _assets.length; ++i) {
            AssetConfig memory c = _assetConfig[_assets[i]];
            Price memory p = _price(c);
            if (p.stale) revert StalePrice(address(c.feed), p.updatedAt, c.heartbeat);
        }
    }

    struct Price {
        uint256 answer;
        uint256 updatedAt;
        bool stale;
    }

    /// @dev The single valuation routine behind every view and every accrual.
    function _valuation() private view returns (Holding[] memory list, uint256 gav, bool fresh) {
        uint256 nAssets = _assets.length;
        list = new Holding[](nAssets + _pairs.length + _primaryTokens.length + _deals.length);
        Price[] memory prices = new Price[](nAssets);
        fresh = true;
        for (uint256 i = 0; i < nAssets; ++i) {
            prices[i] = _price(_assetConfig[_assets[i]]);
            if (prices[i].stale) fresh = false;
        }
        AssetConfig memory d = _assetConfig[_assets[0]];
        Price memory pd = prices[0];
        uint256 k;
        for (uint256 i = 0; i < nAssets; ++i) {
            address token = _assets[i];
            AssetConfig memory c = _assetConfig[token];
            uint256 bal = IERC20(token).balanceOf(address(this));
            uint256 value = i == 0
                ? bal
                : FundMath.convert(bal, prices[i].answer, c.decimals, c.feedDecimals, pd.answer, d.decimals, d.feedDecimals);
            list[k++] = Holding(HoldingKind.Asset, token, bal, prices[i].answer, prices[i].updatedAt, prices[i].stale, value, 0);
            gav += value;
        }
        for (uint256 i = 0; i < _pairs.length; ++i) {
            uint256 value = _lpValue(AmmPair(_pairs[i]), prices, d, pd);
            list[k++] = Holding(HoldingKind.LpPosition, _pairs[i], IERC20(_pairs[i]).balanceOf(address(this)), 0, 0, false, value, 0);
            gav += value;
        }
        for (uint256 i = 0; i < _primaryTokens.length; ++i) {
            address token = _primaryTokens[i];
            if (_assetConfig[token].listed) continue; // has a feed now: valued above
            uint256 bal = IERC20(token).balanceOf(address(this));
            (uint256 paid, uint256 received) = _primaryCost(token);
            uint256 value = received == 0 ? 0 : bal.mulDiv(paid, received);
            list[k++] = Holding(HoldingKind.Primary, token, bal, 0, 0, false, value, 0);
            gav += value;
        }
        for (uint256 i = 0; i < _deals.length; ++i) {
            uint256 escrowed = IVamDeal(_deals[i]).fundEscrowed();
            list[k++] = Holding(HoldingKind.VamEscrow, _deals[i], escrowed, 0, 0, false, escrowed, 0);
            gav += escrowed;
        }
        assembly ("memory-safe") {
            mstore(list, k) // drop the slots of primary tokens that gained a feed
        }
    }

    function _lpValue(AmmPair pair, Price[] memory prices, AssetConfig memory d, Price memory pd)
        private
        view
        returns (uint256)
    {
        uint256 lp = pair.balanceOf(address(this));
        if (lp == 0) return 0;
        (uint256 r0, uint256 r1) = pair.getReserves();
        uint256 usd0 = _usd(pair.token0(), r0, prices);
        uint256 usd1 = _usd(pair.token1(), r1, prices);
        uint256 usd = FundMath.fairLpUsd(usd0, usd1, lp, pair.totalSupply());
        return FundMath.usdToDenom(usd, pd.answer, d.decimals, d.feedDecimals);
    }

    function _usd(address token, uint256 amount, Price[] memory prices) private view returns (uint256) {
        AssetConfig memory c = _assetConfig[token];
        return FundMath.usdWad(amount, prices[c.index].answer, c.decimals, c.feedDecimals);
    }

    function _primaryCost(address token) private view returns (uint256 paid, uint256 received) {
        for (uint256 j = 0; j < _deals.length; ++j) {
            IVamDeal deal = IVamDeal(_deals[j]);
            if (deal.projectToken() != token) continue;
            (uint256 p, uint256 r) = deal.initialTranche();
            paid += p;
            received += r;
        }
    }

    function _price(AssetConfig memory c) private view returns (Price memory p) {
        (, int256 answer,, uint256 updatedAt,) = c.feed.latestRoundData();
        p.answer = answer > 0 ? uint256(answer) : 0;
        p.updatedAt = updatedAt;
        p.stale = answer <= 0 || block.timestamp - updatedAt > c.heartbeat;
    }

    function _weights() private view returns (uint256[] memory w) {
        (Holding[] memory list, uint256 gav,) = _valuation();
        w = new uint256[](list.length + 1);
        if (gav == 0) return w;
        uint256 lp;
        for (uint256 i = 0; i < list.length; ++i) {
            w[i] = list[i].value.mulDiv(FundMath.BPS, gav);
            if (list[i].kind == HoldingKind.LpPosition) lp += list[i].value;
        }
        w[list.length] = lp.mulDiv(FundMath.BPS, gav);
    }

    /// @dev A manager operation may not raise any weight above its limit. A weight that was
    /// already above its limit (prices moved) may stay there as long as the operation lowers it.
    function _checkGuidelines(uint256[] memory before, address pair) private view {
        uint256[] memory afterW = _weights();
        uint256 nAssets = _assets.length;
        for (uint256 i = 0; i < nAssets; ++i) {
            AssetConfig memory c = _assetConfig[_assets[i]];
            if (afterW[i] > c.maxWeightBps && afterW[i] > before[i]) {
                revert GuidelineBreached(_assets[i], afterW[i], c.maxWeightBps);
            }
        }
        uint256 lpIdx = afterW.length - 1;
        if (afterW[lpIdx] > maxLpBps && afterW[lpIdx] > before[lpIdx]) {
            revert GuidelineBreached(pair, afterW[lpIdx], maxLpBps);
        }
    }

    function _requirePair(address pair) private view {
        if (!isPair[pair]) revert UnknownPair(pair);
    }

    function _hasFeed(address token) private view returns (bool) {
        return _assetConfig[token].listed;
    }

    function _addAsset(address token, address feed, uint32 heartbeat, bool allowed, uint16 maxWeightBps) private {
        if (_assetConfig[token].listed) revert AlreadyListed(token);
        if (maxWeightBps > FundMath.BPS) revert InvalidBps(maxWeightBps);
        AssetConfig storage c = _assetConfig[token];
        c.listed = true;
        c.allowed = allowed;
        c.maxWeightBps = maxWeightBps;
        c.decimals = IERC20Metadata(token).decimals();
        c.index = uint8(_assets.length);
        _assets.push(token);
        _setFeed(token, feed, heartbeat);
        emit AssetAdded(token, feed, heartbeat);
        emit GuidelineSet(token, allowed, maxWeightBps);
    }

    function _setFeed(address token, address feed, uint32 heartbeat) private {
        if (feed == address(0) || heartbeat == 0) revert InvalidFeed(feed);
        AssetConfig storage c = _assetConfig[token];
        c.feed = AggregatorV3Interface(feed);
        c.heartbeat = heartbeat;
        c.feedDecimals = AggregatorV3Interface(feed).decimals();
        emit FeedSet(token, feed, heartbeat);
    }

    function _setFees(uint16 m, uint16 p, uint16 h) private {
        if (m > MAX_MANAGEMENT_BPS) revert FeeAboveCap(m, MAX_MANAGEMENT_BPS);
        if (p > MAX_PERFORMANCE_BPS) revert FeeAboveCap(p, MAX_PERFORMANCE_BPS);
        if (h > MAX_HURDLE_BPS) revert FeeAboveCap(h, MAX_HURDLE_BPS);
        (_fees.managementBps, _fees.performanceBps, _fees.hurdleBps) = (m, p, h);
        emit FeesSet(m, p, h);
    }

    function _setMaxLp(uint16 bps) private {
        if (bps > FundMath.BPS) revert InvalidBps(bps);
        maxLpBps = bps;
        emit MaxLpSet(bps);
    }

    function _setManager(address newManager, Mechanism newMechanism) private {
        if (newManager == address(0)) revert InvalidManager(newManager);
        manager = newManager;
        mechanism = newMechanism;
        emit ManagerSet(newManager, newMechanism);
    }
}
