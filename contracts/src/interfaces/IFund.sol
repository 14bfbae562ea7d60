// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {FundMath} from "../fund/FundMath.sol";
import {FundTypes} from "../fund/FundTypes.sol";
import {IShareLedger} from "./IShareLedger.sol";
import {IDistributor} from "./IDistributor.sol";

/// @title IFund
/// @notice The evergreen fund's own functions, beside ERC-4626 (DESIGN §2–§4). Amounts are in
/// the denomination asset's units unless named otherwise; bps are of 10_000.
interface IFund {
    // ───────────────────────────── set-up ─────────────────────────────

    /// @notice Configures the fund and hands it to `c.owner`; only the factory, only once
    /// (`NotAdmin`, `AlreadyInitialized`).
    /// @param c the fund's configuration
    /// @param splitter the fee splitter that receives the fee shares
    /// @param amm the project's AMM factory, whose pairs alone the fund may use
    /// @param ledger the share ledger that mirrors every balance change, for the fund's life
    /// @param distributor where distributions to investors are set aside, for the fund's life
    function initialize(
        FundTypes.FundConfig calldata c,
        address splitter,
        address amm,
        IShareLedger ledger,
        IDistributor distributor
    ) external;

    // ───────────────────────────── investors ─────────────────────────────

    /// @notice Sets `amount` of the denomination asset aside in the distributor for the holders
    /// of shares at the end of `snapshot` (a timestamp strictly in the past), pro rata, after
    /// accruing fees: the NAV falls by exactly `amount`. The owner, or the manager where it is an
    /// institution (`NotManager`); needs fresh prices and the cash (`InsufficientLiquidity`).
    function distribute(uint256 amount, uint256 snapshot) external returns (uint256 id);

    /// @notice Deposits `assets` for at least `minShares` shares, after accruing fees and
    /// charging the entry fee (kept by the fund). Needs fresh prices (`StalePrice`); reverts
    /// `ZeroShares` when the deposit buys no share and `SlippageExceeded` below `minShares`.
    function depositWithMin(uint256 assets, address receiver, uint256 minShares) external returns (uint256 shares);

    /// @notice Redeems `shares` in cash for at least `minAssets`, after accruing fees and
    /// charging the exit fee (kept by the fund). Needs fresh prices and enough cash
    /// (`InsufficientLiquidity`); the in-kind exit needs neither.
    function redeemWithMin(uint256 shares, address receiver, address owner, uint256 minAssets)
        external
        returns (uint256 assets);

    /// @notice Redeems `shares` in kind: `shares / supply` of every holding, with no price, no cash
    /// and no exit fee; fees accrue first only while prices are fresh. Always possible.
    /// A token that cannot be sent is kept for `receiver` to claim with `claimOwed`.
    /// @return tokens every listed asset, LP token and primary token, in that order
    /// @return amounts the slice of each sent (or kept owed) to `receiver`
    /// @return deals the fund's live VAM deals
    /// @return parts the part (1e18 = whole) of each deal's second leg assigned to `receiver`, claimed from the deal
    function redeemInKind(uint256 shares, address receiver, address owner)
        external
        returns (address[] memory tokens, uint256[] memory amounts, address[] memory deals, uint256[] memory parts);

    /// @notice Sends the caller what an earlier in-kind exit could not send of `token` (`NothingOwed` if none).
    function claimOwed(address token) external returns (uint256 amount);

    /// @notice Accrues management and performance fees now (fresh prices needed).
    function accrueFees() external;

    // ───────────────────────────── manager ─────────────────────────────

    /// @notice Swaps `amountIn` of `tokenIn` in an approved pair for at least `minOut`. Only the
    /// manager; fresh prices; fees accrue first; the value received at feed prices must be at
    /// least the value given × (1 − maxSlippageBps) (`ValueNotKept`); guidelines and minimum cash hold.
    function swap(address pair, address tokenIn, uint256 amountIn, uint256 minOut) external returns (uint256 amountOut);

    /// @notice Adds liquidity to an approved pair (both tokens allowed), at least `minLiquidity`
    /// LP tokens; the same checks as `swap`, the LP tokens counted at their fair value.
    function addLiquidity(address pair, uint256 amount0, uint256 amount1, uint256 minLiquidity)
        external
        returns (uint256 used0, uint256 used1, uint256 liquidity);

    /// @notice Removes `liquidity` LP tokens from an approved pair with minimum amounts out; the
    /// same checks as `swap`.
    function removeLiquidity(address pair, uint256 liquidity, uint256 min0, uint256 min1)
        external
        returns (uint256 amount0, uint256 amount1);

    /// @notice Deposits `amount` of a listed vault's asset into it (`into`, the vault allowed) or
    /// redeems `amount` of the fund's shares of it, for at least `minOut` shares or assets. Only the
    /// manager; the same checks as `swap`, the shares valued at `convertToAssets` (look-through
    /// weights); a vault whose rate is off its guard's bound stops it as a stale feed.
    function vaultMove(address vault, uint256 amount, uint256 minOut, bool into) external returns (uint256 out);

    /// @notice Buys back and burns the fund's shares: spends `cash` of the asset in the AMM factory's
    /// pair of (share, asset) for at least `minShares`. Only the manager; fresh prices, fees accrued
    /// first; refused (`BuybackAboveValue`) unless the pool's price and the buy's average price are
    /// below the NAV per share, so that the NAV per share never falls; at most the buyback limit
    /// (`BuybackLimitExceeded`) and not below the minimum cash. Emits `BoughtBack`.
    function buyback(uint256 cash, uint256 minShares) external returns (uint256 shares);

    // ───────────────────────────── governance (the owner) ─────────────────────────────

    /// @notice Lists `token` priced by `feed` (stale after `heartbeat` seconds), allowed up to `maxWeightBps` of GAV.
    function addAsset(address token, address feed, uint32 heartbeat, uint16 maxWeightBps) external;

    /// @notice Delists an asset the fund no longer holds and no approved pair uses (`AssetInUse`),
    /// so that its feed can never again stop deposits or exits.
    function removeAsset(address token) external;

    /// @notice Replaces an asset's feed, or gives a primary-market token a feed (it is then priced by it).
    function setFeed(address token, address feed, uint32 heartbeat) external;

    /// @notice Sets whether the manager may buy `token` and its maximum weight (look-through) in bps of GAV.
    function setGuideline(address token, bool allowed, uint16 maxWeightBps) external;

    /// @notice Sets the maximum share of GAV held in LP positions, in bps.
    function setMaxLpBps(uint16 bps) external;

    /// @notice Sets how much value at feed prices a manager operation may lose, in bps of what it
    /// gives (at most 1_000; 100 at creation).
    function setMaxSlippage(uint16 bps) external;

    /// @notice Sets the cash a manager operation that spends cash must leave, in bps of GAV.
    function setMinCash(uint16 bps) external;

    /// @notice Sets the fee rates within their caps. Accrues at the old rates first, then re-bases
    /// the high-water mark to the higher of the old hurdle-adjusted mark and the share price, so
    /// new rates never charge for past gains.
    function setFees(uint16 managementBps, uint16 performanceBps, uint16 hurdleBps) external;

    /// @notice Sets the entry and exit fees (each at most 200 bps), paid to the fund.
    function setEntryExitFees(uint16 entryBps, uint16 exitBps) external;

    /// @notice Sets how much of the supply the manager may buy back: `maxBps` per 30 days, a budget
    /// that refills linearly (0: none).
    function setBuybackLimit(uint16 maxBps) external;

    /// @notice The buyback limit and what of it was used, and when.
    function buybackLimit() external view returns (FundTypes.BuybackLimit memory);

    /// @notice Names the manager and the kind of decision mechanism it stands for.
    function setManager(address newManager, FundTypes.Mechanism newMechanism) external;

    /// @notice Lists ERC-4626 `vault` whose asset is listed (`UnknownAsset`), or reconfigures it:
    /// `guard` holds its accepted exchange rate, `maxMoveBps` bounds how far the rate may be from it
    /// for priced operations, `allowed` lets the manager deposit. A vault stays listed.
    function setVault(address vault, address guard, uint16 maxMoveBps, bool allowed) external;

    /// @notice Approves a pair of the project's AMM (`NotFromAmm`) whose tokens are both listed.
    function addPair(address pair) external;

    /// @notice Removes an approved pair the fund holds no LP tokens of.
    function removePair(address pair) external;

    /// @notice Joins and starts a VAM deal in one call: escrows n1 + n2 of the fund's asset and
    /// receives p1, keeping its cost basis. Reverts if the deal cannot start (not escrowed by the
    /// project, lapsed), so the fund's money never waits in a pending deal.
    function approveVamDeal(address deal) external;

    /// @notice Marks a primary token valued at cost down to `markWad` (denomination units per token unit, × 1e18):
    /// it then counts at the lower of its cost and the mark. Owner only; never up (reverts
    /// `ImpairmentNotLower`), only a feed can value it higher. Needs no price. Fees are not accrued first: the
    /// period since the last accrual is then charged on the lower value, in the holders' favour.
    function impairPrimary(address token, uint256 markWad) external;

    /// @notice Claims the fund's leg of a settled deal (anyone may call) and keeps its cost basis;
    /// the deal then leaves the fund's list.
    function claimVamDeal(address deal) external;

    // ───────────────────────────── views ─────────────────────────────

    /// @notice Every holding with its balance, price, value and direct weight, and the GAV.
    function holdings() external view returns (FundTypes.Holding[] memory list, uint256 gav);

    /// @notice Weights the guidelines check: per listed asset (direct plus half of each held LP
    /// position of a pair containing it), then the LP share, in bps of GAV.
    function exposureWeights() external view returns (uint256[] memory);

    /// @notice True when the feed of every asset the fund holds (directly or in an LP position) is fresh.
    function pricesFresh() external view returns (bool);

    /// @notice The accrual that would happen now.
    function previewAccrual() external view returns (FundMath.Accrual memory);

    /// @notice Fee rates and state: rates in bps, HWM (asset units per share unit, WAD), its time, last accrual.
    function feeState() external view returns (FundMath.FeeState memory);

    /// @notice The limits on manager operations: maximum LP share, slippage, minimum cash (bps).
    function limits() external view returns (FundTypes.OpLimits memory);

    /// @notice The maximum share of GAV in LP positions, in bps.
    function maxLpBps() external view returns (uint16);

    /// @notice Listed assets (index 0 is the denomination asset), approved pairs, primary tokens and live deals.
    function registry()
        external
        view
        returns (address[] memory assets, address[] memory pairs, address[] memory primaryTokens, address[] memory deals);

    /// @notice A vault's configuration (`listed` false for a vault never listed). The listed vaults
    /// are the `YieldVault` lines of `holdings`, in listing order.
    function vaultConfig(address vault) external view returns (FundTypes.VaultConfig memory);

    /// @notice Configuration of a listed asset.
    function assetConfig(address token) external view returns (FundTypes.AssetConfig memory);

    /// @notice True for an approved pair.
    function isPair(address pair) external view returns (bool);

    /// @notice True for a token the fund received from a primary-market deal.
    function isPrimaryToken(address token) external view returns (bool);

    /// @notice True for a deal the fund has joined (live or claimed).
    function isDeal(address deal) external view returns (bool);

    /// @notice The fund's cost basis of a primary token (asset units paid, tokens received) and governance's
    /// impairment of it: the mark (asset units per token unit, × 1e18) and when it was set (0: never, at cost).
    function primaryCost(address token)
        external
        view
        returns (uint256 paid, uint256 received, uint256 markWad, uint256 markedAt);

    /// @notice Units of `token` kept for in-kind redeemers, not the fund's.
    function reserved(address token) external view returns (uint256);

    /// @notice Units of `token` an in-kind exit could not send to `account`, claimable by it.
    function owed(address token, address account) external view returns (uint256);

    /// @notice How many daily NAV checkpoints the fund holds: one per UTC day on which its NAV was
    /// recorded (a deposit, mint, withdrawal, cash redemption or `accrueFees`); none for other days.
    function checkpointCount() external view returns (uint256);

    /// @notice At most `count` checkpoints, every `stride`-th from index `from` (`from`,
    /// `from + stride`, …) up to the last one; none when `from` is past it; `InvalidStride` for 0.
    /// Each is one packed word (layout in `NavCheckpoints`: time, NAV per share, GAV) holding the
    /// values of that day's first `NavRecorded`.
    function checkpoints(uint256 from, uint256 count, uint256 stride) external view returns (uint256[] memory);

    /// @notice The index of the first checkpoint dated on or after UTC day `day` (unix time /
    /// 86 400); `checkpointCount()` when there is none.
    function checkpointIndex(uint256 day) external view returns (uint256);

    /// @notice What `redeemInKind(shares)` would pay now (see there).
    function previewRedeemInKind(uint256 shares)
        external
        view
        returns (address[] memory tokens, uint256[] memory amounts, address[] memory deals, uint256[] memory parts);
}
