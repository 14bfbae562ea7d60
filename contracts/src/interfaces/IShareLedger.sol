// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IVotesToken} from "./IVotesToken.sol";

/// @title IShareLedger
/// @notice A fund's investor-token balances and supply over time, mirrored from the fund on every
/// transfer, mint and burn: snapshots for distributions and, once holders delegate, votes for
/// funds whose investors govern with their shares. Clock: `block.timestamp` ("mode=timestamp").
/// @dev `IVotesToken` is `IERC6372, IVotes` (the order of OZ's IERC5805), so that OZ `Votes` can
/// implement it; with `balanceOf`, the dApp addresses it as it does a manager token.
interface IShareLedger is IVotesToken {
    /// @notice The fund whose shares this ledger mirrors.
    function fund() external view returns (address);

    /// @notice Called by the fund from its ERC20 `_update`, after the balances changed. Only the
    /// fund (`NotFund`). Never reverts otherwise.
    function onTransfer(address from, address to, uint256 value) external;

    /// @notice `account`'s share balance at the end of `timepoint` (a past timestamp).
    function balanceAt(address account, uint256 timepoint) external view returns (uint256);

    /// @notice The fund's share supply at the end of `timepoint` (a past timestamp).
    function supplyAt(uint256 timepoint) external view returns (uint256);
}
