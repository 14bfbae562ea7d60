// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {AmmPair} from "./AmmPair.sol";

/// @title AmmFactory
/// @notice Creates one constant-product pair per token pair and lists them.
contract AmmFactory {
    /// @notice Thrown when a pair is asked for a token with itself or the zero address.
    error InvalidPair(address tokenA, address tokenB);
    /// @notice Thrown when the pair exists already.
    error PairExists(address pair);

    /// @notice Emitted when a pair was created.
    event PairCreated(address indexed token0, address indexed token1, address pair, uint256 index);

    mapping(address => mapping(address => address)) public getPair;
    address[] private _pairs;

    /// @notice Creates the pair of `tokenA` and `tokenB`.
    function createPair(address tokenA, address tokenB) external returns (address pair) {
        if (tokenA == tokenB || tokenA == address(0) || tokenB == address(0)) revert InvalidPair(tokenA, tokenB);
        if (getPair[tokenA][tokenB] != address(0)) revert PairExists(getPair[tokenA][tokenB]);
        string memory symbol = string.concat(IERC20Metadata(tokenA).symbol(), "-", IERC20Metadata(tokenB).symbol());
        pair = address(new AmmPair(tokenA, tokenB, string.concat("Evergreen LP ", symbol), string.concat("ELP-", symbol)));
        getPair[tokenA][tokenB] = pair;
        getPair[tokenB][tokenA] = pair;
        _pairs.push(pair);
        emit PairCreated(AmmPair(pair).token0(), AmmPair(pair).token1(), pair, _pairs.length - 1);
    }

    /// @notice Every pair created, in order.
    function allPairs() external view returns (address[] memory) {
        return _pairs;
    }
}
