// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title AmmPair
/// @notice A minimal Uniswap-V2-style constant-product pair whose ERC-20 is the LP token.
/// Unlike V2 it pulls tokens with `transferFrom` and keeps its reserves in storage, so a
/// donation cannot move the reserves that fair LP pricing reads.
contract AmmPair is ERC20, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice LP tokens locked forever at the first deposit, as in Uniswap V2.
    uint256 public constant MINIMUM_LIQUIDITY = 1000;
    /// @notice Swap fee, in thousandths, kept in the pool for LPs.
    uint256 public constant FEE_PER_MILLE = 3;
    address private constant _DEAD = 0x000000000000000000000000000000000000dEaD;

    /// @notice Thrown when a token is neither of the pair's two.
    error UnknownToken(address token);
    /// @notice Thrown when an output or minted amount is below the caller's minimum.
    error InsufficientOutput(uint256 amount, uint256 minimum);
    /// @notice Thrown when an operation would move nothing.
    error ZeroAmount();

    /// @notice Emitted when liquidity was added.
    event LiquidityAdded(address indexed provider, address indexed to, uint256 amount0, uint256 amount1, uint256 liquidity);
    /// @notice Emitted when liquidity was removed.
    event LiquidityRemoved(address indexed provider, address indexed to, uint256 amount0, uint256 amount1, uint256 liquidity);
    /// @notice Emitted when a swap was made.
    event Swapped(address indexed sender, address indexed tokenIn, uint256 amountIn, uint256 amountOut, address indexed to);
    /// @notice Emitted with the reserves after every change.
    event Synced(uint256 reserve0, uint256 reserve1);

    address public immutable token0;
    address public immutable token1;
    uint256 private _reserve0;
    uint256 private _reserve1;

    constructor(address tokenA, address tokenB, string memory name_, string memory symbol_) ERC20(name_, symbol_) {
        (token0, token1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
    }

    /// @notice The pair's reserves, in token0 and token1 units.
    function getReserves() external view returns (uint256 reserve0, uint256 reserve1) {
        return (_reserve0, _reserve1);
    }

    /// @notice Output of swapping `amountIn` of `tokenIn`, after the fee.
    function getAmountOut(address tokenIn, uint256 amountIn) public view returns (uint256) {
        (uint256 rIn, uint256 rOut) = _orderedReserves(tokenIn);
        uint256 inWithFee = amountIn * (1000 - FEE_PER_MILLE);
        return (inWithFee * rOut) / (rIn * 1000 + inWithFee);
    }

    /// @notice Adds liquidity at the pool's ratio, pulling at most the desired amounts.
    function addLiquidity(uint256 amount0Desired, uint256 amount1Desired, uint256 minLiquidity, address to)
        external
        nonReentrant
        returns (uint256 amount0, uint256 amount1, uint256 liquidity)
    {
        uint256 supply = totalSupply();
        if (supply == 0) {
            (amount0, amount1) = (amount0Desired, amount1Desired);
            liquidity = Math.sqrt(amount0 * amount1);
            if (liquidity <= MINIMUM_LIQUIDITY) revert InsufficientOutput(liquidity, MINIMUM_LIQUIDITY + 1);
            _mint(_DEAD, MINIMUM_LIQUIDITY);
            liquidity -= MINIMUM_LIQUIDITY;
        } else {
            uint256 amount1Optimal = (amount0Desired * _reserve1) / _reserve0;
            if (amount1Optimal <= amount1Desired) {
                (amount0, amount1) = (amount0Desired, amount1Optimal);
            } else {
                (amount0, amount1) = ((amount1Desired * _reserve0) / _reserve1, amount1Desired);
            }
            liquidity = Math.min((amount0 * supply) / _reserve0, (amount1 * supply) / _reserve1);
        }
        if (liquidity == 0) revert ZeroAmount();
        if (liquidity < minLiquidity) revert InsufficientOutput(liquidity, minLiquidity);
        IERC20(token0).safeTransferFrom(msg.sender, address(this), amount0);
        IERC20(token1).safeTransferFrom(msg.sender, address(this), amount1);
        _mint(to, liquidity);
        _setReserves(_reserve0 + amount0, _reserve1 + amount1);
        emit LiquidityAdded(msg.sender, to, amount0, amount1, liquidity);
    }

    /// @notice Burns `liquidity` of the caller's LP tokens for a pro-rata share of both reserves.
    function removeLiquidity(uint256 liquidity, uint256 amount0Min, uint256 amount1Min, address to)
        external
        nonReentrant
        returns (uint256 amount0, uint256 amount1)
    {
        uint256 supply = totalSupply();
        amount0 = (liquidity * _reserve0) / supply;
        amount1 = (liquidity * _reserve1) / supply;
        if (amount0 == 0 && amount1 == 0) revert ZeroAmount();
        if (amount0 < amount0Min) revert InsufficientOutput(amount0, amount0Min);
        if (amount1 < amount1Min) revert InsufficientOutput(amount1, amount1Min);
        _burn(msg.sender, liquidity);
        _setReserves(_reserve0 - amount0, _reserve1 - amount1);
        IERC20(token0).safeTransfer(to, amount0);
        IERC20(token1).safeTransfer(to, amount1);
        emit LiquidityRemoved(msg.sender, to, amount0, amount1, liquidity);
    }

    /// @notice Swaps `amountIn` of `tokenIn` for the other token, at least `minOut` of it.
    function swap(address tokenIn, uint256 amountIn, uint256 minOut, address to)
        external
        nonReentrant
        returns (uint256 amountOut)
    {
        if (amountIn == 0) revert ZeroAmount();
        amountOut = getAmountOut(tokenIn, amountIn);
        if (amountOut == 0 || amountOut < minOut) revert InsufficientOutput(amountOut, minOut);
        address tokenOut = tokenIn == token0 ? token1 : token0;
        IERC20(tokenIn).safeTransferFrom(msg.sender, address(this), amountIn);
        IERC20(tokenOut).safeTransfer(to, amountOut);
        if (tokenIn == token0) _setReserves(_reserve0 + amountIn, _reserve1 - amountOut);
        else _setReserves(_reserve0 - amountOut, _reserve1 + amountIn);
        emit Swapped(msg.sender, tokenIn, amountIn, amountOut, to);
    }

    function _orderedReserves(address tokenIn) private view returns (uint256, uint256) {
        if (tokenIn == token0) return (_reserve0, _reserve1);
        if (tokenIn == token1) return (_reserve1, _reserve0);
        revert UnknownToken(tokenIn);
    }

    function _setReserves(uint256 r0, uint256 r1) private {
        (_reserve0, _reserve1) = (r0, r1);
        emit Synced(r0, r1);
    }
}
