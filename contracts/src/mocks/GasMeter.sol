// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title GasMeter
/// @notice Test helper: the gas a read-only call uses, measured inside an `eth_call` (a view
/// whose gas no receipt reports).
contract GasMeter {
    /// @notice Calls `target` with `data` (static) and returns the gas it used, whether it
    /// succeeded and the size of what it returned (not copied: its memory is not the callee's cost).
    function measure(address target, bytes calldata data) external view returns (uint256 used, bool ok, uint256 size) {
        bytes memory input = data;
        uint256 start = gasleft();
        assembly ("memory-safe") {
            ok := staticcall(gas(), target, add(input, 0x20), mload(input), 0, 0)
            size := returndatasize()
        }
        used = start - gasleft();
    }
}
