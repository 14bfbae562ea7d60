// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Multicall3
/// @notice The part of Multicall3 that clients use to batch reads (`aggregate3` and the block
/// helpers), with the same ABI. The local world places its runtime code at Multicall3's
/// canonical address, so viem batches reads there exactly as on public chains.
contract Multicall3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice Thrown when a call that may not fail failed.
    error CallFailed(uint256 index);

    /// @notice Makes each call; reverts if a call that may not fail does. Not payable: ether
    /// sent along would stay here for good, since no call forwards value.
    function aggregate3(Call3[] calldata calls) external returns (Result[] memory results) {
        results = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            (bool ok, bytes memory data) = calls[i].target.call(calls[i].callData);
            if (!ok && !calls[i].allowFailure) revert CallFailed(i);
            results[i] = Result(ok, data);
        }
    }

    /// @notice The current block number.
    function getBlockNumber() external view returns (uint256) {
        return block.number;
    }

    /// @notice The current block's timestamp.
    function getCurrentBlockTimestamp() external view returns (uint256) {
        return block.timestamp;
    }

    /// @notice The ether balance of `addr`.
    function getEthBalance(address addr) external view returns (uint256) {
        return addr.balance;
    }
}
