// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";
import {IShareLedger} from "../interfaces/IShareLedger.sol";

/// @title ShareLedger
/// @notice Mirrors one fund's share balances and supply as timestamped checkpoints, so that
/// distributions pay pro rata to a past snapshot and, once holders delegate (`delegate`,
/// `delegateBySig`, as with ERC20Votes), shares can vote. The factory deploys one per fund at its
/// creation; the fund calls `onTransfer` after every balance change and the address never changes.
/// @dev The fund's transfers must never fail because of the ledger, so the ledger does its own
/// saturating bookkeeping instead of Votes' checked one: every value is exact while the fund's
/// supply stays below 2^208 share units (about 4e62), and saturates instead of reverting beyond.
/// Votes' own delegate and supply checkpoints are therefore unused; its delegation, signatures
/// and clock are.
contract ShareLedger is Votes, IShareLedger {
    using Checkpoints for Checkpoints.Trace208;

    /// @inheritdoc IShareLedger
    address public fund;

    mapping(address account => Checkpoints.Trace208) private _balances;
    mapping(address delegatee => Checkpoints.Trace208) private _votes;
    Checkpoints.Trace208 private _supply;

    /// @notice Thrown when someone other than the fund reports a transfer.
    error NotFund(address caller);

    /// @notice Thrown when a ledger is given its fund a second time.
    error AlreadyInitialized();

    /// @notice The implementation the factory clones for each fund; it serves no fund itself.
    constructor() EIP712("Evergreen Share Ledger", "1") {
        fund = address(0xdead);
    }

    /// @notice Binds a fresh clone to `fund_`, once; the factory does it in the call that clones it.
    function initialize(address fund_) external {
        if (fund != address(0)) revert AlreadyInitialized();
        fund = fund_;
    }

    /// @inheritdoc IShareLedger
    function onTransfer(address from, address to, uint256 value) external {
        if (msg.sender != fund) revert NotFund(msg.sender);
        if (value == 0 || from == to) return; // nothing moves
        uint48 now_ = clock();
        uint256 out;
        uint256 into = value;
        if (from == address(0)) {
            _write(_supply, now_, _add(_supply.latest(), value));
        } else {
            uint256 old = _balances[from].latest();
            out = old < value ? old : value;
            _write(_balances[from], now_, old - out);
        }
        if (to == address(0)) {
            _write(_supply, now_, _sub(_supply.latest(), value));
        } else {
            uint256 old = _balances[to].latest();
            uint256 next = _add(old, value);
            into = next - old;
            _write(_balances[to], now_, next);
        }
        _moveVotes(delegates(from), address(0), out);
        _moveVotes(address(0), delegates(to), into);
    }

    /// @inheritdoc IShareLedger
    function balanceAt(address account, uint256 timepoint) external view returns (uint256) {
        return _balances[account].upperLookupRecent(_validateTimepoint(timepoint));
    }

    /// @inheritdoc IShareLedger
    function supplyAt(uint256 timepoint) external view returns (uint256) {
        return _supply.upperLookupRecent(_validateTimepoint(timepoint));
    }

    /// @notice `account`'s share balance now, as the ledger holds it (equal to the fund's).
    function balanceOf(address account) external view returns (uint256) {
        return _balances[account].latest();
    }

    /// @notice Timestamp clock (ERC-6372), as the fund set's governance uses.
    function clock() public view override(Votes, IERC6372) returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice Machine-readable description of the clock (ERC-6372).
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override(Votes, IERC6372) returns (string memory) {
        return "mode=timestamp";
    }

    /// @inheritdoc Votes
    function getVotes(address account) public view override(IVotes, Votes) returns (uint256) {
        return _votes[account].latest();
    }

    /// @inheritdoc Votes
    function getPastVotes(address account, uint256 timepoint) public view override(IVotes, Votes) returns (uint256) {
        return _votes[account].upperLookupRecent(_validateTimepoint(timepoint));
    }

    /// @inheritdoc Votes
    function getPastTotalSupply(uint256 timepoint) public view override(IVotes, Votes) returns (uint256) {
        return _supply.upperLookupRecent(_validateTimepoint(timepoint));
    }

    function _getTotalSupply() internal view override returns (uint256) {
        return _supply.latest();
    }

    function _getVotingUnits(address account) internal view override returns (uint256) {
        return _balances[account].latest();
    }

    /// @dev Votes' `_delegate` moves the delegator's units through here.
    function _moveDelegateVotes(address from, address to, uint256 amount) internal override {
        if (from == to) return;
        _moveVotes(from, address(0), amount);
        _moveVotes(address(0), to, amount);
    }

    function _transferVotingUnits(address, address, uint256) internal pure override {
        // Unused: `onTransfer` keeps the books.
    }

    function _numCheckpoints(address account) internal view override returns (uint32) {
        return uint32(_votes[account].length());
    }

    function _checkpoints(address account, uint32 pos) internal view override returns (Checkpoints.Checkpoint208 memory) {
        return _votes[account].at(pos);
    }

    /// @dev Takes `amount` votes from `from` or gives them to `to` (one of the two is zero).
    function _moveVotes(address from, address to, uint256 amount) private {
        if (amount == 0) return;
        if (from != address(0)) {
            uint256 old = _votes[from].latest();
            uint256 next = _sub(old, amount);
            _write(_votes[from], clock(), next);
            emit DelegateVotesChanged(from, old, next);
        }
        if (to != address(0)) {
            uint256 old = _votes[to].latest();
            uint256 next = _add(old, amount);
            _write(_votes[to], clock(), next);
            emit DelegateVotesChanged(to, old, next);
        }
    }

    function _write(Checkpoints.Trace208 storage t, uint48 key, uint256 value) private {
        t.push(key, uint208(value)); // value <= type(uint208).max by _add and _sub
    }

    function _add(uint256 a, uint256 b) private pure returns (uint256) {
        uint256 room = type(uint208).max - a;
        return b > room ? type(uint208).max : a + b;
    }

    function _sub(uint256 a, uint256 b) private pure returns (uint256) {
        return a > b ? a - b : 0;
    }
}
