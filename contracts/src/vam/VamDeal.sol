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
/// The project escrows `p1 + p2` and may take it back while the deal is pending; the fund
/// escrows `n1 + n2` only in `start`, which also settles tranche 1 (the fund gets `p1`, `n1`
/// becomes the project's). A pending deal lapses at `startBy`. Tranche 2 (`n2` for `p2`) is an
/// American option anyone may exercise inside `[start, start + window]` once the oracle's
/// reports show the project's TVL at or above `target` continuously for `duration`; after the
/// window it expires. Neither moves a token: each party then claims its own leg, so a paused or
/// hostile token blocks only its own leg.
///
/// The condition is tracked in storage as reports are fed (`advance`, resumable, anyone), so
/// exercising costs the same gas however many reports the window holds.
///
/// Rounding: the second leg is split by parts (1e18 = all) between the fund and whoever it
/// assigned parts to in in-kind exits; each claims `leg × part / 1e18`, rounded down, so at
/// most one wei per holder of a part stays in the deal.
contract VamDeal is IVamDeal, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using VamCondition for VamCondition.Scan;

    /// @notice The whole second leg, as a part.
    uint256 public constant WHOLE = 1e18;
    /// @notice Reports `exercise` feeds by itself before it decides; more need `advance` first.
    uint256 public constant EXERCISE_ADVANCE = 16;

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
        uint64 startBy;
    }

    /// @notice Thrown when the deal is not in the state an action needs.
    error WrongState(State current);
    /// @notice Thrown when a caller other than the named party acts for it.
    error NotParty(address caller);
    /// @notice Thrown when the project escrows twice.
    error AlreadyEscrowed(address party);
    /// @notice Thrown when the fund starts a deal the project has not escrowed into.
    error NotEscrowed();
    /// @notice Thrown when a pending deal is escrowed into or started after its start deadline.
    error Lapsed(uint256 startBy);
    /// @notice Thrown when tranche 2 is exercised before the condition holds.
    error ConditionNotMet(uint256 longestRun, uint256 required);
    /// @notice Thrown when tranche 2 is exercised after the window closed.
    error WindowClosed(uint256 deadline);
    /// @notice Thrown when the deal is expired before its window closed.
    error WindowOpen(uint256 deadline);
    /// @notice Thrown when a claim finds nothing to send.
    error NothingClaimable(address caller);
    /// @notice Thrown when the fund assigns more than its part, or to no one.
    error InvalidAssignment(address to, uint256 part, uint256 fundPart);
    /// @notice Thrown when the terms name no fund, project, asset or token, no amounts or no window.
    error InvalidTerms();
    /// @notice Thrown when the TVL target is zero or negative: every report would meet it.
    error NonPositiveTarget(int256 target);
    /// @notice Thrown when the required duration cannot fit in the window.
    error DurationBeyondWindow(uint64 duration, uint64 window);
    /// @notice Thrown when the maximum report gap is zero: no two reports could form a run.
    error ZeroMaxGap();
    /// @notice Thrown when the asset the fund pays in is the project's token itself.
    error AssetIsProjectToken(address token);
    /// @notice Thrown when the terms name no TVL oracle.
    error ZeroOracle();
    /// @notice Thrown when the start deadline has already passed.
    error StartByPassed(uint64 startBy, uint256 now_);

    /// @notice Emitted when the project escrowed `p1 + p2`.
    event Escrowed(address indexed party, uint256 amount);
    /// @notice Emitted when the project took its escrow back before the deal started.
    event Withdrawn(address indexed project, uint256 amount);
    /// @notice Emitted when the fund escrowed `n1 + n2` and tranche 1 settled.
    event Started(uint256 start, uint256 deadline);
    /// @notice Emitted when reports were fed into the stored condition.
    event Advanced(uint256 fromRound, uint256 toRound, uint256 longestRun);
    /// @notice Emitted when tranche 2 was exercised.
    event Exercised(address indexed by, uint256 runStart, uint256 runEnd);
    /// @notice Emitted when the window closed unexercised.
    event Expired(address indexed by);
    /// @notice Emitted when the fund assigned part of its second leg.
    event Assigned(address indexed to, uint256 part, uint256 fundPart);
    /// @notice Emitted when a party claimed its leg.
    event Claimed(address indexed party, uint256 assets, uint256 tokens);

    /// @inheritdoc IVamDeal
    address public immutable fund;
    address public immutable project;
    /// @inheritdoc IVamDeal
    address public immutable asset;
    /// @inheritdoc IVamDeal
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
    /// @notice The start deadline: a deal not started by then has lapsed.
    uint64 public immutable startBy;

    State public state;
    bool public projectEscrowed;
    bool public fundClaimed;
    bool public projectTokensClaimed;
    /// @notice When the deal started (0 while pending).
    uint64 public startedAt;
    /// @notice The next oracle round to feed into the stored condition.
    uint256 public nextRound;
    /// @notice Asset units the project has claimed so far.
    uint256 public projectAssetsClaimed;
    /// @inheritdoc IVamDeal
    uint256 public fundPart = WHOLE;
    /// @notice Parts of the second leg assigned in in-kind exits and not yet claimed.
    mapping(address => uint256) public assignedPart;

    VamCondition.Scan private _scan;

    constructor(Terms memory t) {
        if (
            t.fund == address(0) || t.project == address(0) || t.asset == address(0) || t.projectToken == address(0)
                || t.n1 + t.n2 == 0 || t.p1 + t.p2 == 0 || t.window == 0
        ) revert InvalidTerms();
        if (t.target <= 0) revert NonPositiveTarget(t.target);
        if (t.duration > t.window) revert DurationBeyondWindow(t.duration, t.window);
        if (t.maxGap == 0) revert ZeroMaxGap();
        if (t.asset == t.projectToken) revert AssetIsProjectToken(t.asset);
        if (t.oracle == address(0)) revert ZeroOracle();
        if (t.startBy < block.timestamp) revert StartByPassed(t.startBy, block.timestamp);
        (fund, project, asset, projectToken) = (t.fund, t.project, t.asset, t.projectToken);
        (n1, p1, n2, p2, target) = (t.n1, t.p1, t.n2, t.p2, t.target);
        (window, duration, maxGap, oracle, startBy) = (t.window, t.duration, t.maxGap, TvlOracle(t.oracle), t.startBy);
    }

    // ───────────────────────────── pending ─────────────────────────────

    /// @notice The project escrows `p1 + p2` of its token. Only the project; only while pending,
    /// before the start deadline.
    function escrowProject() external nonReentrant {
        if (msg.sender != project) revert NotParty(msg.sender);
        if (state != State.Pending) revert WrongState(state);
        if (block.timestamp > startBy) revert Lapsed(startBy);
        if (projectEscrowed) revert AlreadyEscrowed(msg.sender);
        projectEscrowed = true;
        IERC20(projectToken).safeTransferFrom(msg.sender, address(this), p1 + p2);
        emit Escrowed(msg.sender, p1 + p2);
    }

    /// @notice The project takes its escrow back. Only the project; any time while pending,
    /// lapsed or not.
    function withdrawProject() external nonReentrant {
        if (msg.sender != project) revert NotParty(msg.sender);
        if (state != State.Pending) revert WrongState(state);
        if (!projectEscrowed) revert NotEscrowed();
        projectEscrowed = false;
        IERC20(projectToken).safeTransfer(project, p1 + p2);
        emit Withdrawn(project, p1 + p2);
    }

    /// @inheritdoc IVamDeal
    function start() external override nonReentrant {
        if (msg.sender != fund) revert NotParty(msg.sender);
        if (state != State.Pending) revert WrongState(state);
        if (block.timestamp > startBy) revert Lapsed(startBy);
        if (!projectEscrowed) revert NotEscrowed();
        state = State.Active;
        startedAt = uint64(block.timestamp);
        // Reports already recorded in this block are dated at the start and count.
        uint256 id = oracle.roundCount();
        while (id > 0 && _time(id) >= block.timestamp) --id;
        nextRound = id + 1;
        IERC20(asset).safeTransferFrom(fund, address(this), n1 + n2);
        IERC20(projectToken).safeTransfer(fund, p1);
        emit Started(block.timestamp, block.timestamp + window);
    }

    // ───────────────────────────── active ─────────────────────────────

    /// @notice Feeds up to `maxReports` further reports dated inside the window into the stored
    /// condition. Anyone; only while active; resumable.
    /// @return fed the number of reports fed
    function advance(uint256 maxReports) external nonReentrant returns (uint256 fed) {
        if (state != State.Active) revert WrongState(state);
        fed = _advance(maxReports);
    }

    /// @inheritdoc IVamDeal
    function assign(address to, uint256 part) external override nonReentrant {
        if (msg.sender != fund) revert NotParty(msg.sender);
        if (state == State.Pending || fundClaimed) revert WrongState(state);
        if (part == 0) return; // a tiny in-kind exit gets no part; it must not fail for it
        uint256 left = fundPart;
        if (to == address(0) || part > left) revert InvalidAssignment(to, part, left);
        fundPart = left - part;
        assignedPart[to] += part;
        emit Assigned(to, part, left - part);
    }

    /// @notice Exercises tranche 2: anyone, inside the window, once the condition holds. Feeds
    /// at most `EXERCISE_ADVANCE` reports itself, then decides from the stored condition; moves
    /// no token.
    function exercise() external nonReentrant {
        if (state != State.Active) revert WrongState(state);
        uint256 deadline = uint256(startedAt) + window;
        if (block.timestamp > deadline) revert WindowClosed(deadline);
        _advance(EXERCISE_ADVANCE);
        VamCondition.Scan memory s = _scan;
        if (s.longestEnd == 0 || s.longest < duration) revert ConditionNotMet(s.longest, duration);
        state = State.Exercised;
        emit Exercised(msg.sender, s.longestStart, s.longestEnd);
    }

    /// @notice Expires the deal once the window closed unexercised: anyone; moves no token.
    function expire() external nonReentrant {
        if (state != State.Active) revert WrongState(state);
        uint256 deadline = uint256(startedAt) + window;
        if (block.timestamp <= deadline) revert WindowOpen(deadline);
        state = State.Expired;
        emit Expired(msg.sender);
    }

    // ───────────────────────────── claims ─────────────────────────────

    /// @inheritdoc IVamDeal
    function claimFund() external override nonReentrant returns (uint256 assets, uint256 tokens, uint256 cost) {
        if (msg.sender != fund) revert NotParty(msg.sender);
        if (!_settled() || fundClaimed) revert WrongState(state);
        fundClaimed = true;
        (assets, tokens, cost) = _leg(fundPart);
        _send(fund, assets, tokens);
    }

    /// @notice Sends the caller its assigned part of the second leg, once settled.
    /// @return assets asset units returned (expired), tokens project tokens received (exercised)
    function claimAssigned() external nonReentrant returns (uint256 assets, uint256 tokens) {
        if (!_settled()) revert WrongState(state);
        uint256 part = assignedPart[msg.sender];
        if (part == 0) revert NothingClaimable(msg.sender);
        assignedPart[msg.sender] = 0;
        (assets, tokens,) = _leg(part);
        _send(msg.sender, assets, tokens);
    }

    /// @notice Sends the project the asset it is owed: `n1` from start, `n2` more after exercise.
    /// Only the project.
    function claimProjectAssets() external nonReentrant returns (uint256 assets) {
        if (msg.sender != project) revert NotParty(msg.sender);
        assets = _projectAssetsOwed() - projectAssetsClaimed;
        if (assets == 0) revert NothingClaimable(msg.sender);
        projectAssetsClaimed += assets;
        _send(project, assets, 0);
    }

    /// @notice Sends the project its `p2` back after expiry. Only the project; once.
    function claimProjectTokens() external nonReentrant returns (uint256 tokens) {
        if (msg.sender != project) revert NotParty(msg.sender);
        if (state != State.Expired || projectTokensClaimed) revert NothingClaimable(msg.sender);
        projectTokensClaimed = true;
        tokens = p2;
        _send(project, 0, tokens);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice What `party` can claim now: the fund's own leg, the project's legs, and any
    /// assigned part, added up.
    function claimable(address party) external view returns (uint256 assets, uint256 tokens) {
        if (party == project) {
            assets = _projectAssetsOwed() - projectAssetsClaimed;
            if (state == State.Expired && !projectTokensClaimed) tokens = p2;
        }
        if (!_settled()) return (assets, tokens);
        uint256 part = assignedPart[party];
        if (party == fund && !fundClaimed) part += fundPart;
        (uint256 a, uint256 t,) = _leg(part);
        (assets, tokens) = (assets + a, tokens + t);
    }

    /// @notice True once the start deadline passed on a deal that never started.
    function lapsed() external view returns (bool) {
        return state == State.Pending && block.timestamp > startBy;
    }

    /// @inheritdoc IVamDeal
    function fundCommitment() external view override returns (uint256) {
        return n1 + n2;
    }

    /// @inheritdoc IVamDeal
    function initialTranche() external view override returns (uint256 assetsPaid, uint256 tokensReceived) {
        return (n1, p1);
    }

    /// @inheritdoc IVamDeal
    function fundEscrowed() external view override returns (uint256) {
        if (state == State.Pending || fundClaimed) return 0;
        return n2 * fundPart / WHOLE;
    }

    /// @inheritdoc IVamDeal
    function settled() external view override returns (bool) {
        return _settled();
    }

    /// @notice True while tranche 2 can be exercised now.
    function exercisable() external view returns (bool) {
        if (state != State.Active || block.timestamp > uint256(startedAt) + window) return false;
        VamCondition.Scan memory s = scan();
        return s.longestEnd != 0 && s.longest >= duration;
    }

    /// @notice The condition over every report dated inside `[start, min(now, start + window)]`
    /// (see VamCondition): the stored state plus the reports not yet fed, so it equals the stored
    /// state once advanced.
    function scan() public view returns (VamCondition.Scan memory s) {
        if (state == State.Pending) return s;
        s = _scan;
        uint256 deadline = uint256(startedAt) + window;
        uint256 n = oracle.roundCount();
        for (uint256 r = nextRound; r <= n; ++r) {
            (, int256 tvl,, uint256 t,) = oracle.getRoundData(uint80(r));
            if (t > deadline) break;
            s.step(t, tvl, target, maxGap);
        }
    }

    /// @notice The condition as stored so far (`scan` once every report is fed).
    function storedScan() external view returns (VamCondition.Scan memory) {
        return _scan;
    }

    /// @notice The deal's deadline: `start + window` (0 while pending).
    function windowEnd() external view returns (uint256) {
        return state == State.Pending ? 0 : uint256(startedAt) + window;
    }

    // ───────────────────────────── internals ─────────────────────────────

    function _advance(uint256 maxReports) private returns (uint256 fed) {
        uint256 from = nextRound;
        uint256 n = oracle.roundCount();
        uint256 deadline = uint256(startedAt) + window;
        uint256 r = from;
        VamCondition.Scan memory s = _scan;
        for (; r <= n && fed < maxReports; ++r) {
            (, int256 tvl,, uint256 t,) = oracle.getRoundData(uint80(r));
            // Reports after the window never count; the cursor stops at the first of them.
            if (t > deadline) break;
            s.step(t, tvl, target, maxGap);
            ++fed;
        }
        if (fed == 0) return 0;
        _scan = s;
        nextRound = r;
        emit Advanced(from, r - 1, s.longest);
    }

    /// @dev The second leg's share for `part`: tokens at their cost after exercise, the asset
    /// back after expiry; rounded down.
    function _leg(uint256 part) private view returns (uint256 assets, uint256 tokens, uint256 cost) {
        if (state == State.Exercised) {
            tokens = p2 * part / WHOLE;
            cost = n2 * part / WHOLE;
        } else if (state == State.Expired) {
            assets = n2 * part / WHOLE;
        }
    }

    function _projectAssetsOwed() private view returns (uint256) {
        if (state == State.Pending) return 0;
        return state == State.Exercised ? n1 + n2 : n1;
    }

    function _settled() private view returns (bool) {
        return state == State.Exercised || state == State.Expired;
    }

    function _send(address to, uint256 assets, uint256 tokens) private {
        if (assets > 0) IERC20(asset).safeTransfer(to, assets);
        if (tokens > 0) IERC20(projectToken).safeTransfer(to, tokens);
        emit Claimed(to, assets, tokens);
    }

    function _time(uint256 id) private view returns (uint256 t) {
        (,,, t,) = oracle.getRoundData(uint80(id));
    }
}
