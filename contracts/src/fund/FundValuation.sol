// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AggregatorV3Interface} from "../interfaces/AggregatorV3Interface.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {IVaultRateGuard} from "../interfaces/IVaultRateGuard.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {FundMath} from "./FundMath.sol";
import {FundTypes} from "./FundTypes.sol";
import {NavCheckpoints} from "./NavCheckpoints.sol";

/// @title FundValuation
/// @notice The fund's valuation (DESIGN §3) and the checks that depend on it, as a linked
/// library working on the fund's `Book` in the fund's own storage (it runs by DELEGATECALL, so
/// `address(this)` is the fund). Kept out of the fund for the contract size limit.
/// Nothing here trusts a feed or a token to behave: every call that may revert is caught, and a
/// feed that cannot be read counts as stale.
library FundValuation {
    using Math for uint256;

    struct Price {
        uint256 answer;
        uint256 updatedAt;
        bool stale;
    }

    /// @notice Every holding with its value, the GAV, and the first needed feed that is stale.
    /// A feed is needed only where the fund holds its asset, directly, in an LP position or through
    /// a vault; the denomination's feed is needed as soon as any other asset is. A held vault whose
    /// rate cannot be read or is off its guard's accepted rate by more than its bound counts as a
    /// stale feed named by the vault's address (`heartbeat` = the bound).
    function valuation(FundTypes.Book storage b)
        public
        view
        returns (FundTypes.Holding[] memory list, uint256 gav, FundTypes.Freshness memory f)
    {
        (uint256[] memory bal, uint256[] memory lp, Price[] memory prices, FundTypes.Freshness memory fr) = _read(b);
        f = fr;
        uint256 n = bal.length;
        list = new FundTypes.Holding[](n + lp.length + b.vaults.length + b.primaryTokens.length + b.deals.length);
        for (uint256 i = 0; i < n; ++i) {
            uint256 value = i == 0 ? bal[0] : _toDenom(b, b.assets[i], bal[i], prices);
            list[i] = FundTypes.Holding(
                FundTypes.HoldingKind.Asset, b.assets[i], bal[i], prices[i].answer, prices[i].updatedAt, prices[i].stale, value, 0
            );
            gav += value;
        }
        for (uint256 j = 0; j < lp.length; ++j) {
            uint256 value = _lpValue(b, AmmPair(b.pairs[j]), lp[j], prices);
            list[n + j] = FundTypes.Holding(FundTypes.HoldingKind.LpPosition, b.pairs[j], lp[j], 0, 0, false, value, 0);
            gav += value;
        }
        uint256 k = n + lp.length;
        for (uint256 i = 0; i < b.vaults.length; ++i) {
            bool ok;
            (list[k], ok) = _vaultLine(b, b.vaults[i], prices);
            if (!ok && f.fresh) f = FundTypes.Freshness(false, b.vaults[i], 0, b.vault[b.vaults[i]].maxMoveBps);
            gav += list[k++].value;
        }
        for (uint256 i = 0; i < b.primaryTokens.length; ++i) {
            address token = b.primaryTokens[i];
            if (b.config[token].listed) continue; // has a feed now: valued above
            list[k] = _primaryLine(b, token);
            gav += list[k++].value;
        }
        for (uint256 i = 0; i < b.deals.length; ++i) {
            (uint256 escrowed, bool ok) = _escrow(b.deals[i]);
            // A deal that cannot say what it holds stops priced entries and exits, as a stale
            // feed does: valuing it at 0 would let its project buy in cheap and sell back dear.
            if (!ok && f.fresh) f = FundTypes.Freshness(false, b.deals[i], 0, 0);
            list[k++] = FundTypes.Holding(FundTypes.HoldingKind.VamEscrow, b.deals[i], escrowed, 0, 0, !ok, escrowed, 0);
            gav += escrowed;
        }
        assembly ("memory-safe") {
            mstore(list, k) // drop the slots of primary tokens that gained a feed
        }
    }

    /// @notice Weights in bps of GAV: one per listed asset (its direct value plus half the fair
    /// value of every held LP position of a pair that contains it, plus the value of every vault
    /// position of it: look-through), then the LP share.
    function weights(FundTypes.Book storage b, FundTypes.Holding[] memory list, uint256 gav)
        public
        view
        returns (uint256[] memory w)
    {
        uint256 n = b.assets.length;
        w = new uint256[](n + 1);
        if (gav == 0) return w;
        uint256[] memory exposure = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            exposure[i] = list[i].value;
        }
        uint256 lpTotal;
        for (uint256 j = 0; j < b.pairs.length; ++j) {
            uint256 v = list[n + j].value;
            if (v == 0) continue;
            AmmPair pair = AmmPair(b.pairs[j]);
            exposure[b.config[pair.token0()].index] += v / 2;
            exposure[b.config[pair.token1()].index] += v / 2;
            lpTotal += v;
        }
        uint256 k = n + b.pairs.length;
        for (uint256 v = 0; v < b.vaults.length; ++v) {
            exposure[b.config[b.vault[b.vaults[v]].asset].index] += list[k + v].value;
        }
        for (uint256 i = 0; i < n; ++i) {
            w[i] = exposure[i].mulDiv(FundMath.BPS, gav);
        }
        w[n] = lpTotal.mulDiv(FundMath.BPS, gav);
    }

    /// @notice The valuation's lines with their weights of GAV (`Fund.holdings`).
    function holdings(FundTypes.Book storage b) public view returns (FundTypes.Holding[] memory list, uint256 gav) {
        (list, gav,) = valuation(b);
        for (uint256 i = 0; i < list.length; ++i) {
            if (gav > 0) list[i].weightBps = list[i].value.mulDiv(FundMath.BPS, gav);
        }
    }

    /// @notice The guideline weights of the current valuation (`Fund.exposureWeights`).
    function exposureWeights(FundTypes.Book storage b) public view returns (uint256[] memory) {
        (FundTypes.Holding[] memory list, uint256 gav,) = valuation(b);
        return weights(b, list, gav);
    }

    /// @notice The fund's listed assets, approved pairs, primary tokens and VAM deals (`Fund.registry`).
    function registry(FundTypes.Book storage b)
        public
        view
        returns (address[] memory, address[] memory, address[] memory, address[] memory)
    {
        return (b.assets, b.pairs, b.primaryTokens, b.deals);
    }

    /// @notice The index of the first of the `n` checkpoints on or after UTC `day` (`Fund.checkpointIndex`).
    function checkpointIndex(mapping(uint256 => uint256) storage words, uint256 n, uint256 day)
        public
        view
        returns (uint256)
    {
        return NavCheckpoints.indexOf(words, n, day);
    }

    /// @notice Checks a manager operation after it ran: fresh prices for what the fund now holds,
    /// value kept within the slippage limit, no weight pushed over its limit, cash not pushed
    /// below the minimum. `before` holds the weights, GAV and cash
    /// before the operation; `valueIn` is what the operation gave away, at feed prices.
    function checkOperation(
        FundTypes.Book storage b,
        FundTypes.OpSnapshot memory before,
        uint256 valueIn,
        FundTypes.OpLimits memory lim,
        address pair
    ) public view {
        (FundTypes.Holding[] memory list, uint256 gav, FundTypes.Freshness memory f) = valuation(b);
        if (!f.fresh) revert FundTypes.StalePrice(f.feed, f.updatedAt, f.heartbeat);
        if (before.gav > gav && before.gav - gav > valueIn.mulDiv(lim.maxSlippageBps, FundMath.BPS)) {
            revert FundTypes.ValueNotKept(valueIn, before.gav, gav);
        }
        uint256[] memory w = weights(b, list, gav);
        uint256 n = b.assets.length;
        for (uint256 i = 0; i < n; ++i) {
            uint256 limit = b.config[b.assets[i]].maxWeightBps;
            if (w[i] > limit && w[i] > before.weights[i]) revert FundTypes.GuidelineBreached(b.assets[i], w[i], limit);
        }
        if (w[n] > lim.maxLpBps && w[n] > before.weights[n]) revert FundTypes.GuidelineBreached(pair, w[n], lim.maxLpBps);
        uint256 cash = list[0].balance;
        if (cash < before.cash && cash * FundMath.BPS < gav * lim.minCashBps) {
            revert FundTypes.CashBelowMinimum(cash, gav.mulDiv(lim.minCashBps, FundMath.BPS, Math.Rounding.Ceil));
        }
    }

    /// @notice Value of `amount` of a listed asset, of an approved pair's LP tokens or of a listed
    /// vault's shares, in the denomination asset's units at feed prices.
    function valueOf(FundTypes.Book storage b, address token, uint256 amount) public view returns (uint256) {
        uint256 n = b.assets.length;
        Price[] memory prices = new Price[](n);
        for (uint256 i = 0; i < n; ++i) {
            prices[i] = price(b.config[b.assets[i]]);
        }
        if (b.isPair[token]) return _lpValue(b, AmmPair(token), amount, prices);
        if (b.vault[token].listed) {
            amount = IERC4626(token).convertToAssets(amount);
            token = b.vault[token].asset;
        }
        return token == b.assets[0] ? amount : _toDenom(b, token, amount, prices);
    }

    /// @dev Balances (less reserved), LP balances, feed prices, and the first needed stale feed.
    function _read(FundTypes.Book storage b)
        private
        view
        returns (uint256[] memory bal, uint256[] memory lp, Price[] memory prices, FundTypes.Freshness memory f)
    {
        uint256 n = b.assets.length;
        bal = new uint256[](n);
        bool[] memory needed = new bool[](n);
        bool[] memory unreadable = new bool[](n);
        lp = new uint256[](b.pairs.length);
        for (uint256 j = 0; j < lp.length; ++j) {
            AmmPair pair = AmmPair(b.pairs[j]);
            lp[j] = pair.balanceOf(address(this)).saturatingSub(b.reserved[address(pair)]);
            if (lp[j] > 0) {
                needed[b.config[pair.token0()].index] = true;
                needed[b.config[pair.token1()].index] = true;
            }
        }
        for (uint256 v = 0; v < b.vaults.length; ++v) {
            address vault = b.vaults[v];
            (uint256 shares, bool ok) = _balance(vault, b.reserved[vault]);
            if (!ok || shares > 0) needed[b.config[b.vault[vault].asset].index] = true;
        }
        bool any;
        for (uint256 i = 0; i < n; ++i) {
            address token = b.assets[i];
            bool ok;
            (bal[i], ok) = _balance(token, b.reserved[token]);
            unreadable[i] = !ok;
            if (!ok || bal[i] > 0) needed[i] = true;
            if (i > 0 && needed[i]) any = true;
        }
        if (any) needed[0] = true;
        prices = new Price[](n);
        f.fresh = true;
        for (uint256 i = 0; i < n; ++i) {
            FundTypes.AssetConfig memory c = b.config[b.assets[i]];
            prices[i] = price(c);
            if (unreadable[i]) prices[i].stale = true;
            if (f.fresh && needed[i] && prices[i].stale) {
                f = FundTypes.Freshness(false, address(c.feed), prices[i].updatedAt, c.heartbeat);
            }
        }
    }

    /// @dev A vault position: its shares (less reserved) at `convertToAssets`, valued as that much of
    /// the vault's asset; `price` and `updatedAt` are the asset's feed's. Not ok (stale) when the
    /// fund holds shares and the vault cannot be read or its rate is off the guard's bound.
    function _vaultLine(FundTypes.Book storage b, address vault, Price[] memory prices)
        private
        view
        returns (FundTypes.Holding memory h, bool ok)
    {
        FundTypes.VaultConfig memory v = b.vault[vault];
        uint8 i = b.config[v.asset].index;
        (uint256 shares, bool read) = _balance(vault, b.reserved[vault]);
        h = FundTypes.Holding(FundTypes.HoldingKind.YieldVault, vault, shares, prices[i].answer, prices[i].updatedAt, false, 0, 0);
        if (read && shares == 0) return (h, true);
        uint256 assets;
        if (read) {
            try IERC4626(vault).convertToAssets(shares) returns (uint256 a) {
                assets = a;
                try IVaultRateGuard(v.guard).withinBound(vault, v.maxMoveBps) returns (bool within) {
                    ok = within;
                } catch {}
            } catch {}
        }
        h.stale = !ok || prices[i].stale;
        h.value = i == 0 ? assets : _toDenom(b, v.asset, assets, prices);
    }

    /// @dev Only tokens the fund's own deals delivered count, at what the fund paid for them:
    /// a donation or an airdrop cannot lift the valuation.
    /// A token whose `balanceOf` reverts counts as holding what the deals delivered, so that its
    /// project cannot move the share price by switching its balance off and on.
    /// Once governance has impaired it, each counted token is worth the lower of its cost and the mark.
    function _primaryLine(FundTypes.Book storage b, address token) private view returns (FundTypes.Holding memory) {
        FundTypes.Cost memory cost = b.cost[token];
        (uint256 held, bool ok) = _balance(token, b.reserved[token]);
        if (!ok) held = cost.received;
        uint256 counted = Math.min(held, cost.received);
        uint256 value = cost.received == 0 ? 0 : counted.mulDiv(cost.paid, cost.received);
        if (cost.markedAt != 0) value = Math.min(value, counted.mulDiv(cost.markWad, FundMath.WAD));
        return FundTypes.Holding(FundTypes.HoldingKind.Primary, token, held, 0, 0, false, value, 0);
    }

    /// @notice A feed's latest answer; stale when the call reverts, the answer is not positive,
    /// it is dated in the future or older than the heartbeat.
    function price(FundTypes.AssetConfig memory c) internal view returns (Price memory p) {
        try c.feed.latestRoundData() returns (uint80, int256 answer, uint256, uint256 updatedAt, uint80) {
            p.answer = answer > 0 ? uint256(answer) : 0;
            p.updatedAt = updatedAt;
            p.stale = answer <= 0 || updatedAt > block.timestamp || block.timestamp - updatedAt > c.heartbeat;
        } catch {
            p.stale = true;
        }
    }

    function _toDenom(FundTypes.Book storage b, address token, uint256 amount, Price[] memory prices)
        private
        view
        returns (uint256)
    {
        FundTypes.AssetConfig memory c = b.config[token];
        FundTypes.AssetConfig memory d = b.config[b.assets[0]];
        uint256 pd = prices[0].answer;
        if (pd == 0) return 0; // denomination feed unusable: flagged stale, valued 0 in views
        return FundMath.convert(amount, prices[c.index].answer, c.decimals, c.feedDecimals, pd, d.decimals, d.feedDecimals);
    }

    function _lpValue(FundTypes.Book storage b, AmmPair pair, uint256 lp, Price[] memory prices)
        private
        view
        returns (uint256)
    {
        if (lp == 0 || prices[0].answer == 0) return 0;
        (uint256 r0, uint256 r1) = pair.getReserves();
        uint256 usd0 = _usd(b.config[pair.token0()], r0, prices);
        uint256 usd1 = _usd(b.config[pair.token1()], r1, prices);
        uint256 usd = FundMath.fairLpUsd(usd0, usd1, lp, pair.totalSupply());
        FundTypes.AssetConfig memory d = b.config[b.assets[0]];
        return FundMath.usdToDenom(usd, prices[0].answer, d.decimals, d.feedDecimals);
    }

    function _usd(FundTypes.AssetConfig memory c, uint256 amount, Price[] memory prices) private pure returns (uint256) {
        return FundMath.usdWad(amount, prices[c.index].answer, c.decimals, c.feedDecimals);
    }

    function _escrow(address deal) private view returns (uint256, bool) {
        try IVamDeal(deal).fundEscrowed() returns (uint256 escrowed) {
            return (escrowed, true);
        } catch {
            return (0, false);
        }
    }

    /// @dev The fund's balance of `token` less what is reserved for in-kind redeemers; a token
    /// whose `balanceOf` reverts reads as 0 and not ok.
    function _balance(address token, uint256 reserved) private view returns (uint256, bool) {
        try IERC20(token).balanceOf(address(this)) returns (uint256 bal) {
            return (bal.saturatingSub(reserved), true);
        } catch {
            return (0, false);
        }
    }
}
