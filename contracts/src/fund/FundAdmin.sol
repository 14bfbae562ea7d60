// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {AmmFactory} from "../amm/AmmFactory.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {FundMath} from "./FundMath.sol";
import {FundTypes} from "./FundTypes.sol";

/// @title FundAdmin
/// @notice The fund's governance bookkeeping on its `Book` (listing and delisting assets and
/// pairs, joining and settling VAM deals, impairing primary tokens), as a linked library for the contract size limit.
/// The fund checks who calls; this library checks what is asked.
library FundAdmin {
    using SafeERC20 for IERC20;

    /// @notice Lists `token` with `feed`; reverts if listed already or the feed is invalid.
    function addAsset(
        FundTypes.Book storage b,
        address token,
        address feed,
        uint32 heartbeat,
        bool allowed,
        uint16 maxWeightBps
    ) public {
        if (b.config[token].listed || b.vault[token].listed) revert FundTypes.AlreadyListed(token);
        if (maxWeightBps > FundMath.BPS) revert FundTypes.InvalidBps(maxWeightBps);
        FundTypes.AssetConfig storage c = b.config[token];
        c.listed = true;
        c.allowed = allowed;
        c.maxWeightBps = maxWeightBps;
        c.decimals = IERC20Metadata(token).decimals();
        c.index = uint8(b.assets.length);
        b.assets.push(token);
        _setFeed(b, token, feed, heartbeat);
        emit FundTypes.AssetAdded(token, feed, heartbeat);
        emit FundTypes.GuidelineSet(token, allowed, maxWeightBps);
    }

    /// @notice Replaces a listed asset's feed, or lists a primary token with a feed (not tradable).
    function setFeed(FundTypes.Book storage b, address token, address feed, uint32 heartbeat) public {
        if (!b.config[token].listed) addAsset(b, token, feed, heartbeat, false, uint16(FundMath.BPS));
        else _setFeed(b, token, feed, heartbeat);
    }

    /// @notice Sets a listed asset's guideline.
    function setGuideline(FundTypes.Book storage b, address token, bool allowed, uint16 maxWeightBps) public {
        if (!b.config[token].listed) revert FundTypes.UnknownAsset(token);
        if (maxWeightBps > FundMath.BPS) revert FundTypes.InvalidBps(maxWeightBps);
        b.config[token].allowed = allowed;
        b.config[token].maxWeightBps = maxWeightBps;
        emit FundTypes.GuidelineSet(token, allowed, maxWeightBps);
    }

    /// @notice Delists an asset that is not the denomination, not held and in no approved pair.
    function removeAsset(FundTypes.Book storage b, address token) public {
        FundTypes.AssetConfig memory c = b.config[token];
        if (!c.listed) revert FundTypes.UnknownAsset(token);
        if (c.index == 0 || IERC20(token).balanceOf(address(this)) > 0) revert FundTypes.AssetInUse(token);
        for (uint256 j = 0; j < b.pairs.length; ++j) {
            AmmPair p = AmmPair(b.pairs[j]);
            if (p.token0() == token || p.token1() == token) revert FundTypes.AssetInUse(token);
        }
        for (uint256 v = 0; v < b.vaults.length; ++v) {
            if (b.vault[b.vaults[v]].asset == token) revert FundTypes.AssetInUse(token);
        }
        address last = b.assets[b.assets.length - 1];
        b.assets[c.index] = last;
        b.config[last].index = c.index;
        b.assets.pop();
        delete b.config[token];
        emit FundTypes.AssetRemoved(token);
    }

    /// @notice Lists ERC-4626 `vault` (its asset must be listed, the vault not an asset or pair), or
    /// sets a listed one's guard, bound and whether the manager may deposit into it.
    function setVault(FundTypes.Book storage b, address vault, address guard, uint16 maxMoveBps, bool allowed) public {
        if (maxMoveBps > FundMath.BPS) revert FundTypes.InvalidBps(maxMoveBps);
        if (guard.code.length == 0) revert FundTypes.InvalidFeed(guard);
        FundTypes.VaultConfig storage v = b.vault[vault];
        if (!v.listed) {
            if (b.config[vault].listed || b.isPair[vault] || b.isPrimary[vault]) revert FundTypes.AlreadyListed(vault);
            address asset = IERC4626(vault).asset();
            if (!b.config[asset].listed) revert FundTypes.UnknownAsset(asset);
            (v.asset, v.listed) = (asset, true);
            b.vaults.push(vault);
        }
        (v.guard, v.maxMoveBps, v.allowed) = (guard, maxMoveBps, allowed);
        emit FundTypes.VaultSet(vault, v.asset, guard, maxMoveBps, allowed);
    }

    /// @notice Approves a pair that `amm` created, whose tokens are both listed.
    function addPair(FundTypes.Book storage b, address pair, AmmFactory amm) public {
        if (b.isPair[pair]) revert FundTypes.AlreadyListed(pair);
        address t0 = AmmPair(pair).token0();
        address t1 = AmmPair(pair).token1();
        if (amm.getPair(t0, t1) != pair) revert FundTypes.NotFromAmm(pair);
        if (!b.config[t0].listed) revert FundTypes.UnknownAsset(t0);
        if (!b.config[t1].listed) revert FundTypes.UnknownAsset(t1);
        b.isPair[pair] = true;
        b.pairs.push(pair);
        emit FundTypes.PairAdded(pair, t0, t1);
    }

    /// @notice Sets the buyback limit to `maxBps` of the supply per 30 days (0: no buyback); what was
    /// bought back in the window still counts against the new limit.
    function setBuybackLimit(FundTypes.Book storage b, uint16 maxBps) public {
        if (maxBps > FundMath.BPS) revert FundTypes.InvalidBps(maxBps);
        b.buyback.maxBps = maxBps;
        emit FundTypes.BuybackLimitSet(maxBps);
    }

    /// @notice Removes an approved pair the fund holds no LP tokens of.
    function removePair(FundTypes.Book storage b, address pair) public {
        if (!b.isPair[pair]) revert FundTypes.UnknownPair(pair);
        if (IERC20(pair).balanceOf(address(this)) > 0) revert FundTypes.AssetInUse(pair);
        _remove(b.pairs, pair);
        b.isPair[pair] = false;
        emit FundTypes.PairRemoved(pair);
    }

    /// @notice Joins and starts `deal` in one call, paying in `asset`, and keeps the cost basis of
    /// the tokens it actually received (a fee-on-transfer token cannot inflate it).
    function startDeal(FundTypes.Book storage b, address deal, address asset) public {
        IVamDeal d = IVamDeal(deal);
        address token = d.projectToken();
        if (b.isDeal[deal] || d.fund() != address(this) || d.asset() != asset || token == asset) {
            revert FundTypes.InvalidDeal(deal);
        }
        b.isDeal[deal] = true;
        b.deals.push(deal);
        if (!b.isPrimary[token] && !b.config[token].listed) {
            b.isPrimary[token] = true;
            b.primaryTokens.push(token);
        }
        uint256 held = IERC20(token).balanceOf(address(this));
        IERC20(asset).forceApprove(deal, d.fundCommitment());
        d.start();
        IERC20(asset).forceApprove(deal, 0);
        (uint256 paid,) = d.initialTranche();
        _addCost(b, token, paid, IERC20(token).balanceOf(address(this)) - held);
        emit FundTypes.VamDealApproved(deal, token);
    }

    /// @notice Claims the fund's leg of a settled deal, keeps the cost basis and drops the deal
    /// from the valuation's list, so that the list never grows with finished deals.
    function claimDeal(FundTypes.Book storage b, address deal) public {
        if (!b.isDeal[deal] || !_remove(b.deals, deal)) revert FundTypes.UnknownDeal(deal);
        address token = IVamDeal(deal).projectToken();
        uint256 held = IERC20(token).balanceOf(address(this));
        (uint256 assets, uint256 tokens, uint256 cost) = IVamDeal(deal).claimFund();
        if (tokens > 0) _addCost(b, token, cost, IERC20(token).balanceOf(address(this)) - held);
        emit FundTypes.VamDealClaimed(deal, assets, tokens, cost);
    }

    /// @notice Marks primary token `token` down to `markWad` (denomination units per token unit, × 1e18). Never
    /// up: the mark must be below the current one, or below the cost per token on the first call; only a feed
    /// (`setFeed`) can value the token higher. The valuation takes the lower of the cost and the mark.
    function impairPrimary(FundTypes.Book storage b, address token, uint256 markWad) public {
        FundTypes.Cost storage c = b.cost[token];
        if (!b.isPrimary[token] || b.config[token].listed || c.received == 0) revert FundTypes.NotAtCost(token);
        uint256 ceiling = c.markedAt != 0 ? c.markWad : Math.mulDiv(c.paid, FundMath.WAD, c.received);
        if (markWad >= ceiling) revert FundTypes.ImpairmentNotLower(token, markWad, ceiling);
        c.markWad = markWad;
        c.markedAt = uint64(block.timestamp);
        emit FundTypes.PrimaryImpaired(token, markWad, ceiling);
    }

    function _setFeed(FundTypes.Book storage b, address token, address feed, uint32 heartbeat) private {
        if (feed == address(0) || heartbeat == 0) revert FundTypes.InvalidFeed(feed);
        FundTypes.AssetConfig storage c = b.config[token];
        c.feed = AggregatorV3Interface(feed);
        c.heartbeat = heartbeat;
        c.feedDecimals = AggregatorV3Interface(feed).decimals();
        emit FundTypes.FeedSet(token, feed, heartbeat);
    }

    function _addCost(FundTypes.Book storage b, address token, uint256 paid, uint256 received) private {
        FundTypes.Cost storage c = b.cost[token];
        c.paid += paid;
        c.received += received;
    }

    function _remove(address[] storage list, address item) private returns (bool) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] != item) continue;
            list[i] = list[list.length - 1];
            list.pop();
            return true;
        }
        return false;
    }
}
