// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";

/// @title FundTypes
/// @notice The fund's types, errors and events, kept apart from its logic.
abstract contract FundTypes {
    /// @notice Who takes the fund's investment decisions (paper ch. 2.2).
    enum Mechanism {
        Governance,
        Institution,
        Algorithm,
        Committee
    }

    enum HoldingKind {
        Asset,
        LpPosition,
        Primary,
        VamEscrow,
        YieldVault
    }

    struct AssetConfig {
        AggregatorV3Interface feed;
        uint32 heartbeat;
        uint8 decimals;
        uint8 feedDecimals;
        uint8 index;
        uint16 maxWeightBps;
        bool allowed;
        bool listed;
    }

    /// @notice An ERC-4626 vault governance allowed (a savings or staking vault, a lending market's
    /// supply side). Its shares are valued at `convertToAssets` of `asset` (a listed asset) at that
    /// asset's feed, and count toward `asset`'s weight. `guard` holds the vault's accepted exchange
    /// rate; while the rate is more than `maxMoveBps` away from it, the vault counts as a stale feed.
    struct VaultConfig {
        address asset;
        address guard;
        uint16 maxMoveBps;
        bool allowed; // the manager may deposit; redeeming is always allowed
        bool listed;
    }

    /// @notice The fund's own cost basis of a primary-market token, kept when deal tranches settle,
    /// and governance's impairment of it: a value per token unit that may only ever go down.
    /// The mark is per token (not a total), so that it stays true when in-kind exits take slices
    /// of the tokens and of the cost basis, and when a later tranche adds tokens.
    struct Cost {
        uint256 paid; // denomination-asset units paid
        uint256 received; // project tokens received
        uint256 markWad; // impaired value: denomination units per token unit, × 1e18
        uint64 markedAt; // when governance last marked it down; 0 = never (valued at cost)
    }

    /// @notice Everything the valuation reads: listed assets (index 0 is the denomination), approved
    /// pairs, primary tokens with their cost basis, live VAM deals, and balances reserved for
    /// in-kind redeemers whose transfer failed. One struct, so the valuation library takes it by reference.
    struct Book {
        mapping(address => AssetConfig) config;
        address[] assets;
        address[] pairs;
        mapping(address => bool) isPair;
        address[] primaryTokens;
        mapping(address => bool) isPrimary;
        mapping(address => Cost) cost;
        address[] deals;
        mapping(address => bool) isDeal;
        mapping(address => uint256) reserved;
        mapping(address => mapping(address => uint256)) owed; // token => account => amount
        address[] vaults;
        mapping(address => VaultConfig) vault;
        BuybackLimit buyback;
    }

    /// @notice Governance's bound on buying back and burning the fund's shares: at most `maxBps` of
    /// the supply per 30 days, as a budget that refills linearly (`used` shares at `at`), so that
    /// splitting a buyback into several buys no more than one would. `maxBps` 0: no buyback.
    struct BuybackLimit {
        uint16 maxBps;
        uint176 used;
        uint64 at;
    }

    /// @notice The first needed feed that is stale, if any (`fresh` true when none).
    struct Freshness {
        bool fresh;
        address feed;
        uint256 updatedAt;
        uint256 heartbeat;
    }

    /// @notice What a manager operation is checked against: the state before it.
    struct OpSnapshot {
        uint256[] weights;
        uint256 gav;
        uint256 cash;
    }

    /// @notice Limits on manager operations, set by governance.
    struct OpLimits {
        uint16 maxLpBps;
        uint16 maxSlippageBps;
        uint16 minCashBps;
    }

    struct AssetInit {
        address token;
        address feed;
        uint32 heartbeat;
        uint16 maxWeightBps;
    }

    struct FundConfig {
        string name;
        string symbol;
        address asset;
        address assetFeed;
        uint32 assetHeartbeat;
        AssetInit[] assets;
        uint16 maxLpBps;
        uint16 managementBps;
        uint16 performanceBps;
        uint16 hurdleBps;
        uint16 entryBps;
        uint16 exitBps;
        address manager;
        Mechanism mechanism;
        address owner;
    }

    /// @notice One line of the GAV breakdown. `price` is the feed's answer (0 where none),
    /// `value` is in the denomination asset's units, `weightBps` of GAV.
    struct Holding {
        HoldingKind kind;
        address token;
        uint256 balance;
        uint256 price;
        uint256 updatedAt;
        bool stale;
        uint256 value;
        uint256 weightBps;
    }

    /// @notice Intrinsic values after a preview accrual (DESIGN §3). Totals in asset units;
    /// `perShare` per whole share and `perManagerToken` per whole manager token, in asset units.
    struct Intrinsic {
        uint256 nav;
        uint256 supply;
        uint256 unclaimedFeeShares;
        uint256 managerTotal;
        uint256 investorTotal;
        uint256 perShare;
        uint256 perManagerToken;
    }

    /// @notice A daily NAV checkpoint: the values of the day's first `NavRecorded` (layout and
    /// widths stored in `NavCheckpoints`). `navPerShare` is in asset units per whole share, 0 without shares.
    struct Checkpoint {
        uint256 time;
        uint256 navPerShare;
        uint256 totalAssets;
    }

    /// @notice Thrown when a feed's latest answer is older than its heartbeat (or not positive).
    error StalePrice(address feed, uint256 updatedAt, uint256 heartbeat);
    /// @notice Thrown when a manager operation would raise `asset`'s weight above its limit.
    error GuidelineBreached(address asset, uint256 weightBps, uint256 limitBps);
    /// @notice Thrown when the manager tries to buy an asset the guidelines do not allow.
    error AssetNotAllowed(address asset);
    /// @notice Thrown when an amount out is below the caller's minimum.
    error SlippageExceeded(uint256 amount, uint256 minimum);
    /// @notice Thrown when a redemption needs more of the asset than the fund holds in cash.
    error InsufficientLiquidity(uint256 needed, uint256 available);
    /// @notice Thrown when a fee rate is above its cap.
    error FeeAboveCap(uint256 bps, uint256 capBps);
    /// @notice Thrown when a caller other than the manager trades.
    error NotManager(address caller);
    /// @notice Thrown when a caller other than the factory initializes.
    error NotAdmin(address caller);
    /// @notice Thrown when a token is not listed.
    error UnknownAsset(address token);
    /// @notice Thrown when a pair is not approved for the fund.
    error UnknownPair(address pair);
    /// @notice Thrown when a token or pair is listed already.
    error AlreadyListed(address token);
    /// @notice Thrown when a basis-point value is above 10 000.
    error InvalidBps(uint256 bps);
    /// @notice Thrown when a feed is missing or its heartbeat is zero.
    error InvalidFeed(address feed);
    /// @notice Thrown when the manager would be the zero address.
    error InvalidManager(address manager);
    /// @notice Thrown when a deal is not for this fund, not in its asset, or joined already.
    error InvalidDeal(address deal);

    /// @notice Thrown when a vault is not one governance allowed (or not allowed for deposits).
    error UnknownVault(address vault);

    /// @notice Thrown when a buyback would pay `price` (the pool's, or the buy's average) at or above
    /// `navPerShare`; both in asset units per whole share.
    error BuybackAboveValue(uint256 price, uint256 navPerShare);
    /// @notice Thrown when a buyback of `shares` exceeds the `available` part of governance's limit.
    error BuybackLimitExceeded(uint256 shares, uint256 available);

    /// @notice Thrown when the fund is initialised a second time.
    error AlreadyInitialized();
    /// @notice Thrown when a deposit or mint would give no shares.
    error ZeroShares();
    /// @notice Thrown when a manager operation loses more value at feed prices than the slippage limit allows.
    error ValueNotKept(uint256 valueIn, uint256 gavBefore, uint256 gavAfter);
    /// @notice Thrown when a manager operation would leave less cash than the minimum.
    error CashBelowMinimum(uint256 cash, uint256 required);
    /// @notice Thrown when a pair was not created by the project's AMM factory.
    error NotFromAmm(address pair);
    /// @notice Thrown when an asset or pair to remove is still held or used.
    error AssetInUse(address token);
    /// @notice Thrown when a deal is not one the fund takes part in.
    error UnknownDeal(address deal);
    /// @notice Thrown when a history read is asked to take every 0th checkpoint.
    error InvalidStride();
    /// @notice Thrown when nothing is owed to the caller in `token`.
    error NothingOwed(address token);
    /// @notice Thrown when `token` is not a primary token valued at cost (unknown, has a feed, or none received).
    error NotAtCost(address token);
    /// @notice Thrown when an impairment would not lower `token`'s value per token below `ceilingWad` (the
    /// current mark, or the cost per token unit): only a feed can value a primary token higher.
    error ImpairmentNotLower(address token, uint256 markWad, uint256 ceilingWad);

    /// @notice Emitted when governance marked primary token `token` down to `markWad` (denomination units per
    /// token unit, × 1e18) from `previousWad` (the earlier mark, or the cost per token unit).
    event PrimaryImpaired(address indexed token, uint256 markWad, uint256 previousWad);
    /// @notice Emitted after every deposit, redeem and accrual: the GAV and supply that set the share price.
    event NavRecorded(uint256 gav, uint256 totalSupply, uint256 timestamp);
    /// @notice Emitted when fees were accrued and fee shares minted to the splitter.
    event FeesAccrued(
        uint256 managementFee, uint256 performanceFee, uint256 feeShares, uint256 hwm, uint256 gav, uint256 totalSupply
    );
    /// @notice Emitted when the manager swapped (a rebalance).
    event Swapped(address indexed pair, address indexed tokenIn, address indexed tokenOut, uint256 amountIn, uint256 amountOut);
    /// @notice Emitted when the manager added liquidity, with the amounts (for impermanent loss).
    event LiquidityAdded(address indexed pair, uint256 amount0, uint256 amount1, uint256 liquidity);
    /// @notice Emitted when the manager removed liquidity, with the amounts.
    event LiquidityRemoved(address indexed pair, uint256 amount0, uint256 amount1, uint256 liquidity);
    /// @notice Emitted when an asset was listed.
    event AssetAdded(address indexed token, address feed, uint32 heartbeat);
    /// @notice Emitted when an asset's feed was set.
    event FeedSet(address indexed token, address feed, uint32 heartbeat);
    /// @notice Emitted when an asset's guideline was set.
    event GuidelineSet(address indexed token, bool allowed, uint16 maxWeightBps);
    /// @notice Emitted when the maximum LP share was set.
    event MaxLpSet(uint16 bps);
    /// @notice Emitted when the fee rates were set.
    event FeesSet(uint16 managementBps, uint16 performanceBps, uint16 hurdleBps);
    /// @notice Emitted when the manager and its mechanism were set.
    event ManagerSet(address indexed manager, Mechanism mechanism);
    /// @notice Emitted when a pair was approved.
    event PairAdded(address indexed pair, address token0, address token1);
    /// @notice Emitted when the fund joined a VAM deal.
    event VamDealApproved(address indexed deal, address indexed projectToken);
    /// @notice Emitted when the entry and exit fees were set.
    event EntryExitFeesSet(uint16 entryBps, uint16 exitBps);
    /// @notice Emitted when the manager's slippage limit was set.
    event MaxSlippageSet(uint16 bps);
    /// @notice Emitted when the minimum cash share was set.
    event MinCashSet(uint16 bps);
    /// @notice Emitted when an asset was delisted.
    event AssetRemoved(address indexed token);
    /// @notice Emitted when a pair was removed.
    event PairRemoved(address indexed pair);
    /// @notice Emitted when shares were redeemed in kind, a slice of every holding.
    event RedeemedInKind(address indexed caller, address indexed receiver, address indexed owner, uint256 shares);
    /// @notice Emitted when an in-kind slice could not be sent and was kept for `account` to claim.
    event OwedRecorded(address indexed token, address indexed account, uint256 amount);
    /// @notice Emitted when an owed in-kind slice was claimed.
    event OwedClaimed(address indexed token, address indexed account, uint256 amount);
    /// @notice Emitted when the fund claimed its leg of a settled VAM deal.
    event VamDealClaimed(address indexed deal, uint256 assets, uint256 tokens, uint256 cost);
    /// @notice Emitted when governance listed or reconfigured ERC-4626 vault `vault` of `asset`.
    event VaultSet(address indexed vault, address indexed asset, address guard, uint16 maxMoveBps, bool allowed);
    /// @notice Emitted when the manager deposited `assets` into `vault` for `shares`.
    event VaultDeposited(address indexed vault, uint256 assets, uint256 shares);
    /// @notice Emitted when the manager redeemed `shares` of `vault` for `assets`.
    event VaultRedeemed(address indexed vault, uint256 shares, uint256 assets);
    /// @notice Emitted when the manager bought back `shares` of the fund in `pair` for `cash` of its
    /// asset and burnt them; NAV per share (asset units per whole share) before and after.
    event BoughtBack(
        address indexed pair, uint256 shares, uint256 cash, uint256 navPerShareBefore, uint256 navPerShareAfter
    );
    /// @notice Emitted when governance set the buyback limit (bps of supply per 30 days; 0 = none).
    event BuybackLimitSet(uint16 maxBps);
    /// @notice Emitted when the fee splitter was set.
    event FeeSplitterSet(address splitter);
}
