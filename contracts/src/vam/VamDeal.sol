// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IVamDeal} from "../interfaces/IVamDeal.sol";
import {TvlOracle} from "./TvlOracle.sol";
import {VamCondition} from "./VamCondition.sol";

/// @title VamDeal
/// @notice A primary-market deal with a valuation adjustment mechanism (paper ch. 3.3, DESIGN §5).
/// Both sides escrow both tranches; when both have, tranche 1 settles at once (the fund pays `n1`
/// and gets `p1`). Tranche 2 (`n2` for `p2`) is an American option anyone may exercise inside
/// the window `[start, start + window]` once the oracle's reports show the project's TVL at or
/// above `target` continuously for `duration`; after the window it expires and both escrows
/// return.
contract VamDeal is ReentrancyGuard {
    using SafeERC20 for IERC20;
    using VamCondition for VamCondition.Scan;

    enum State {
        Pending,
        Active,
        Exercised,
        Expired
    }

    struct Terms {
        address fund;
        address project;
        address asset;
        address projectToken;
        uint256 n1;
        uint256 p1;
        uint256 n2;
        uint256 p2;
        int256 target;
        uint64 window;
        uint64 duration;
        uint64 maxGap;
        address oracle;
    }

    /// @notice Thrown when the deal is not in the state an action needs.
    error WrongState(State current);
    /// @notice Thrown when a caller other than the named party acts for it.
    error NotParty(address caller);
    /// @notice Thrown when a party escrows twice.
    error AlreadyEscrowed(address party);
    /// @notice Thrown when tranche 2 is exercised before the condition holds.
    error ConditionNotMet(uint256 longestRun, uint256 required);
    /// @notice Thrown when tranche 2 is exercised after the window closed.
    error WindowClosed(uint256 deadline);
    /// @notice Thrown when the deal is expired before its window closed.
    error WindowOpen(uint256 deadline);
    /// @notice Thrown when the terms name no fund or project, no amounts or no window.
    error InvalidTerms();

    /// @notice Emitted when a party escrowed its side.
    event Escrowed(address indexed party, uint256 amount);
    /// @notice Emitted when both sides had escrowed and tranche 1 settled.
    event Started(uint256 start, uint256 deadline);
    /// @notice Emitted when tranche 2 was exercised.
    event Exercised(address indexed by, uint256 runStart, uint256 runEnd);
    /// @notice Emitted when the window closed unexercised and both escrows returned.
    event Expired(address indexed by);
    /// @notice Emitted when the project withdrew its escrow before the fund joined.
    event Withdrawn(address indexed project);

    address public immutable fund;
    address public immutable project;
    address public immutable asset;
    address public immutable projectToken;
    uint256 public immutable n1;
    uint256 public immutable p1;
    uint256 public immutable n2;
    uint256 public immutable p2;
    int256 public immutable target;
    uint64 public immutable window;
    uint64 public immutable duration;
    uint64 public immutable maxGap;
    TvlOracle public immutable oracle;

    State public state;
    bool public projectEscrowed;
    bool public fundEscrowedFlag;
    uint64 public start;

    constructor(Terms memory t) {
        if (t.fund == address(0) || t.project == address(0) || t.n1 + t.n2 == 0 || t.p1 + t.p2 == 0 || t.window == 0) {
            revert InvalidTerms();
        }
        (fund, project, asset, projectToken) = (t.fund, t.project, t.asset, t.projectToken);
        (n1, p1, n2, p2, target) = (t.n1, t.p1, t.n2, t.p2, t.target);
        (window, duration, maxGap, oracle) = (t.window, t.duration, t.maxGap, TvlOracle(t.oracle));
    }

    /// @notice The project escrows `p1 + p2` of its token.
    function escrowProject() external nonReentrant {
        if (msg.sender != project) revert NotParty(msg.sender);
        if (state != State.Pending) revert WrongState(state);
        if (projectEscrowed) revert AlreadyEscrowed(msg.sender);
        projectEscrowed = true;
        IERC20(projectToken).safeTransferFrom(msg.sender, address(this), p1 + p2);
        emit Escrowed(msg.sender, p1 + p2);
        if (fundEscrowedFlag) _start();
    }

    function escrowFund() external nonReentrant {
        if (msg.sender != fund) revert NotParty(msg.sender);
        if (state != State.Pending) revert WrongState(state);
        if (fundEscrowedFlag) revert AlreadyEscrowed(msg.sender);
        fundEscrowedFlag = true;
        IERC20(asset).safeTransferFrom(msg.sender, address(this), n1 + n2);
        emit Escrowed(msg.sender, n1 + n2);
        if (projectEscrowed) _start();
    }

    /// @notice The project takes its escrow back while the fund has not joined.
    function withdrawProject() external nonReentrant {
        if (msg.sender != project) revert NotParty(msg.sender);
        if (state != State.Pending || fundEscrowedFlag || !projectEscrowed) revert WrongState(state);
        projectEscrowed = false;
        IERC20(projectToken).safeTransfer(project, p1 + p2);
        emit Withdrawn(project);
    }

    /// @notice Exercises tranche 2 (anyone, inside the window, once the condition holds).
    function exercise() external nonReentrant {
        if (state != State.Active) revert WrongState(state);
        uint256 deadline = uint256(start) + window;
        if (block.timestamp > deadline) revert WindowClosed(deadline);
        VamCondition.Scan memory s = scan();
        if (s.longestEnd == 0 || s.longest < duration) revert ConditionNotMet(s.longest, duration);
        state = State.Exercised;
        IERC20(asset).safeTransfer(project, n2);
        IERC20(projectToken).safeTransfer(fund, p2);
        emit Exercised(msg.sender, s.longestStart, s.longestEnd);
    }

    /// @notice After the window closed unexercised, returns `n2` to the fund and `p2` to the project.
    function expire() external nonReentrant {
        if (state != State.Active) revert WrongState(state);
        uint256 deadline = uint256(start) + window;
        if (block.timestamp <= deadline) revert WindowOpen(deadline);
        state = State.Expired;
        IERC20(asset).safeTransfer(fund, n2);
        IERC20(projectToken).safeTransfer(project, p2);
        emit Expired(msg.sender);
    }

    /// @notice True while tranche 2 can be exercised now.
    function exercisable() external view returns (bool) {
        if (state != State.Active || block.timestamp > uint256(start) + window) return false;
        VamCondition.Scan memory s = scan();
        return s.longestEnd != 0 && s.longest >= duration;
    }

    /// @notice Scans the oracle's reports dated inside `[start, min(now, start + window)]` and
    /// returns the longest qualifying run (see VamCondition).
    function scan() public view returns (VamCondition.Scan memory s) {
        if (state == State.Pending) return s;
        uint256 from = uint256(start);
        uint256 to = uint256(start) + window;
        uint256 id = oracle.roundCount();
        // Walk back to the first report at or after the start, then forward in time order.
        while (id > 0 && _time(id) >= from) --id;
        uint256 n = oracle.roundCount();
        for (uint256 r = id + 1; r <= n; ++r) {
            (, int256 tvl,, uint256 t,) = oracle.getRoundData(uint80(r));
            if (t > to) break;
            s.step(t, tvl, target, maxGap);
        }
    }

    function fundCommitment() external view returns (uint256) {
        return n1 + n2;
    }

    function fundEscrowed() external view returns (uint256) {
        if (state == State.Pending) return fundEscrowedFlag ? n1 + n2 : 0;
        return state == State.Active ? n2 : 0;
    }

    function settled() external view returns (uint256 assetsPaid, uint256 tokensReceived) {
        if (state == State.Active || state == State.Expired) return (n1, p1);
        if (state == State.Exercised) return (n1 + n2, p1 + p2);
    }

    /// @notice The deal's deadline: `start + window` (0 while pending).
    function windowEnd() external view returns (uint256) {
        return state == State.Pending ? 0 : uint256(start) + window;
    }

    function _time(uint256 id) private view returns (uint256 t) {
        (,,, t,) = oracle.getRoundData(uint80(id));
    }

    function _start() private {
        state = State.Active;
        start = uint64(block.timestamp);
        IERC20(asset).safeTransfer(project, n1);
        IERC20(projectToken).safeTransfer(fund, p1);
        emit Started(block.timestamp, block.timestamp + window);
    }
}
