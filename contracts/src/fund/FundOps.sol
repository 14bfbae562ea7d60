// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {AmmFactory} from "../amm/AmmFactory.sol";
import {AmmPair} from "../amm/AmmPair.sol";
import {FundMath} from "./FundMath.sol";
import {FundTypes} from "./FundTypes.sol";
import {FundValuation} from "./FundValuation.sol";

/// @title FundOps
/// @notice The manager's operations (swap, add and remove liquidity in approved pairs, moves into and
/// out of listed vaults) as a
/// linked library on its `Book`, for the contract size limit. The fund checks who calls, values
/// and accrues before (`before`); this library checks what is asked, trades, and checks the result
/// against the guidelines (`FundValuation.checkOperation`).
library FundOps {
    using SafeERC20 for IERC20;
    using Math for uint256;

    /// @notice The token a swap of `tokenIn` through `pair` buys; reverts unless the pair is
    /// approved and that token allowed.
    function swapTarget(FundTypes.Book storage b, address pair, address tokenIn) public view returns (address tokenOut) {
        _requirePair(b, pair);
        address token0 = AmmPair(pair).token0();
        tokenOut = tokenIn == token0 ? AmmPair(pair).token1() : token0;
        _requireAllowed(b, tokenOut);
    }

    /// @notice Reverts unless `pair` is approved and, if `tokens`, both its tokens allowed.
    function checkPair(FundTypes.Book storage b, address pair, bool tokens) public view {
        _requirePair(b, pair);
        if (tokens) {
            _requireAllowed(b, AmmPair(pair).token0());
            _requireAllowed(b, AmmPair(pair).token1());
        }
    }

    /// @notice Sells `amountIn` of `tokenIn` for `tokenOut` through `pair`, for at least `minOut`.
    function swap(
        FundTypes.Book storage b,
        FundTypes.OpSnapshot memory before,
        FundTypes.OpLimits storage lim,
        address pair,
        address tokenIn,
        address tokenOut,
        uint256 amountIn,
        uint256 minOut
    ) public returns (uint256 amountOut) {
        uint256 valueIn = FundValuation.valueOf(b, tokenIn, amountIn);
        IERC20(tokenIn).forceApprove(pair, amountIn);
        amountOut = AmmPair(pair).swap(tokenIn, amountIn, minOut, address(this));
        FundValuation.checkOperation(b, before, valueIn, lim, pair);
        emit FundTypes.Swapped(pair, tokenIn, tokenOut, amountIn, amountOut);
    }

    /// @notice Adds up to `amount0` and `amount1` to `pair` for at least `minLiquidity` LP tokens.
    function addLiquidity(
        FundTypes.Book storage b,
        FundTypes.OpSnapshot memory before,
        FundTypes.OpLimits storage lim,
        AmmPair pair,
        uint256 amount0,
        uint256 amount1,
        uint256 minLiquidity
    ) public returns (uint256 used0, uint256 used1, uint256 liquidity) {
        IERC20 t0 = IERC20(pair.token0());
        IERC20 t1 = IERC20(pair.token1());
        t0.forceApprove(address(pair), amount0);
        t1.forceApprove(address(pair), amount1);
        (used0, used1, liquidity) = pair.addLiquidity(amount0, amount1, minLiquidity, address(this));
        t0.forceApprove(address(pair), 0);
        t1.forceApprove(address(pair), 0);
        uint256 valueIn = FundValuation.valueOf(b, pair.token0(), used0) + FundValuation.valueOf(b, pair.token1(), used1);
        FundValuation.checkOperation(b, before, valueIn, lim, address(pair));
        emit FundTypes.LiquidityAdded(address(pair), used0, used1, liquidity);
    }

    /// @notice Burns `liquidity` LP tokens of `pair` for at least `min0` and `min1`.
    function removeLiquidity(
        FundTypes.Book storage b,
        FundTypes.OpSnapshot memory before,
        FundTypes.OpLimits storage lim,
        address pair,
        uint256 liquidity,
        uint256 min0,
        uint256 min1
    ) public returns (uint256 amount0, uint256 amount1) {
        uint256 valueIn = FundValuation.valueOf(b, pair, liquidity);
        (amount0, amount1) = AmmPair(pair).removeLiquidity(liquidity, min0, min1, address(this));
        FundValuation.checkOperation(b, before, valueIn, lim, pair);
        emit FundTypes.LiquidityRemoved(pair, amount0, amount1, liquidity);
    }

    /// @notice Deposits `amount` of the vault's asset into it (vault allowed) or redeems `amount` of
    /// the fund's unreserved shares of it, for at least `minOut`.
    function vaultMove(
        FundTypes.Book storage b,
        FundTypes.OpSnapshot memory before,
        FundTypes.OpLimits storage lim,
        address vault,
        uint256 amount,
        uint256 minOut,
        bool deposit
    ) public returns (uint256 out) {
        FundTypes.VaultConfig memory v = b.vault[vault];
        uint256 valueIn = FundValuation.valueOf(b, deposit ? v.asset : vault, amount);
        if (!v.listed || (deposit && !v.allowed)) revert FundTypes.UnknownVault(vault);
        if (deposit) {
            IERC20(v.asset).forceApprove(vault, amount);
            out = IERC4626(vault).deposit(amount, address(this));
            IERC20(v.asset).forceApprove(vault, 0);
            emit FundTypes.VaultDeposited(vault, amount, out);
        } else {
            uint256 free = IERC20(vault).balanceOf(address(this)) - b.reserved[vault];
            if (amount > free) revert FundTypes.InsufficientLiquidity(amount, free);
            out = IERC4626(vault).redeem(amount, address(this), address(this));
            emit FundTypes.VaultRedeemed(vault, amount, out);
        }
        if (out < minOut) revert FundTypes.SlippageExceeded(out, minOut);
        FundValuation.checkOperation(b, before, valueIn, lim, vault);
    }

    /// @notice Spends `cash` of the denomination asset in the AMM factory's pair of (this fund's
    /// share, its asset) for at least `minShares` shares, which the fund burns after this call.
    /// Only while the pool's price is below the NAV per share (`before.gav / supply`, after the
    /// accrual), and only at an average price below it, so that the NAV per share never falls;
    /// within governance's limit and the minimum cash. Returns the shares bought.
    function buyback(
        FundTypes.Book storage b,
        FundTypes.OpSnapshot memory before,
        FundTypes.OpLimits storage lim,
        AmmFactory amm,
        uint256 supply,
        uint256 cash,
        uint256 minShares
    ) public returns (uint256 shares) {
        address asset = b.assets[0];
        AmmPair pair = AmmPair(amm.getPair(address(this), asset));
        uint256 one = 10 ** IERC20Metadata(address(this)).decimals();
        uint256 nav = _requirePoolBelowValue(pair, asset, before.gav, supply, one);
        if (cash > before.cash) revert FundTypes.InsufficientLiquidity(cash, before.cash);
        IERC20(asset).forceApprove(address(pair), cash);
        shares = pair.swap(asset, cash, minShares, address(this));
        if (cash * (supply + 1e6) > shares * before.gav) revert FundTypes.BuybackAboveValue(cash * one / shares, nav);
        _useBuybackLimit(b.buyback, supply, shares);
        uint256 gav = before.gav - cash;
        uint256 minCash = gav.mulDiv(lim.minCashBps, FundMath.BPS, Math.Rounding.Ceil);
        if (before.cash - cash < minCash) revert FundTypes.CashBelowMinimum(before.cash - cash, minCash);
        emit FundTypes.BoughtBack(address(pair), shares, cash, nav, gav * one / (supply - shares));
    }

    /// @dev Reverts unless `pair` exists and its price is below the NAV per share; returns the NAV per
    /// whole share. Prices compare with the vault's virtual shares (`supply + 1e6`), as its conversions
    /// do: a price at or above `gav / (supply + 1e6)` is refused, stricter than `gav / supply`.
    function _requirePoolBelowValue(AmmPair pair, address asset, uint256 gav, uint256 supply, uint256 one)
        private
        view
        returns (uint256 nav)
    {
        if (address(pair) == address(0)) revert FundTypes.UnknownPair(address(pair));
        (uint256 r0, uint256 r1) = pair.getReserves();
        (uint256 rCash, uint256 rShares) = pair.token0() == asset ? (r0, r1) : (r1, r0);
        if (rShares == 0) revert FundTypes.UnknownPair(address(pair));
        nav = gav * one / supply;
        if (rCash * (supply + 1e6) >= rShares * gav) revert FundTypes.BuybackAboveValue(rCash * one / rShares, nav);
    }

    /// @dev The budget refills at `maxBps` of the supply per 30 days, up to that much.
    function _useBuybackLimit(FundTypes.BuybackLimit storage l, uint256 supply, uint256 shares) private {
        uint256 cap = supply * l.maxBps / FundMath.BPS;
        uint256 used = uint256(l.used).saturatingSub(cap * (block.timestamp - l.at) / 30 days);
        if (used + shares > cap) revert FundTypes.BuybackLimitExceeded(shares, cap.saturatingSub(used));
        (l.used, l.at) = (uint176(used + shares), uint64(block.timestamp));
    }

    function _requirePair(FundTypes.Book storage b, address pair) private view {
        if (!b.isPair[pair]) revert FundTypes.UnknownPair(pair);
    }

    function _requireAllowed(FundTypes.Book storage b, address token) private view {
        if (!b.config[token].allowed) revert FundTypes.AssetNotAllowed(token);
    }
}
