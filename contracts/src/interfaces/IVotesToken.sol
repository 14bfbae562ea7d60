// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";

/// @title IVotesToken
/// @notice What the dApp reads and calls on the token a fund's governor counts, whichever kind the
/// fund is: its manager token, or for a fund whose investors govern, its share ledger. Both keep
/// votes on a timestamp clock and answer an account's balance.
interface IVotesToken is IERC6372, IVotes {
    /// @notice The tokens (or shares) `account` holds now, delegated or not.
    function balanceOf(address account) external view returns (uint256);
}
