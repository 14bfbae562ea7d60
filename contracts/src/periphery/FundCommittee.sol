// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IFund} from "../interfaces/IFund.sol";

/// @title FundCommittee
/// @notice An investment committee that manages one fund (DESIGN §2, paper ch. 2.2): the fund's
/// `manager` is this contract, and its owner is the fund's timelock, so the manager-token
/// holders elect, re-elect, replace and remove the members and set the threshold M through
/// governance. A member proposes a decision (one manager operation on the fund: a swap, an
/// addition or a removal of liquidity, a move into or out of a yield vault, a buyback of the fund's
/// shares, with an expiry); members approve it; once the approvals
/// of members still in office reach M, a member executes it before it expires.
/// @dev What it guarantees: a decision can only call the fund, only with one of the five
/// manager selectors and their exact static argument length; the fund itself enforces the
/// guidelines and the value rule (`maxSlippageBps`) on every operation, so a decision that
/// breaks either reverts with the fund's error. An approval counts only while its member is
/// in office and in term, in the election it was given under: removal, replacement and a lapsed
/// term void it, and a later re-election does not revive it. Known limits: the committee
/// chooses the pair, the amounts and `minOut`, so within the slippage tolerance and the
/// guidelines M colluding members may still trade badly; fewer than M can never act. Terms that
/// lapse can leave fewer than M members in term, and nothing then executes until governance
/// re-elects; the dApp shows each term's end.
contract FundCommittee is Ownable {
    /// @notice The most members a committee may have (bounds every loop).
    uint256 public constant MAX_MEMBERS = 20;
    /// @notice The longest time a decision may stay open.
    uint256 public constant MAX_DECISION_TTL = 30 days;
    /// @notice The static length of each allowed call: a selector and four 32-byte words.
    uint256 private constant CALL_LENGTH = 4 + 4 * 32;

    enum DecisionState {
        Proposed,
        Approved,
        Executed,
        Expired,
        Cancelled
    }

    struct Member {
        uint64 termEnd;
        uint64 election; // approvals are bound to it; a new election (after removal or lapse) voids older ones
        bool active;
    }

    struct Decision {
        bytes data;
        address proposer;
        uint64 proposedAt;
        uint64 expiresAt;
        bool executed;
        bool cancelled;
        address[] approvers;
    }

    /// @notice A member as the views return it.
    struct MemberView {
        address account;
        uint64 termEnd;
        bool inTerm;
    }

    /// @notice A decision as the views return it.
    struct DecisionView {
        uint256 id;
        address proposer;
        bytes data;
        uint64 proposedAt;
        uint64 expiresAt;
        bool executed;
        bool cancelled;
        DecisionState state;
        uint256 validApprovals;
        address[] approvers;
        bool[] approvalCounts;
    }

    /// @notice Thrown when `caller` is not a member in office and in term.
    error NotMember(address caller);
    /// @notice Thrown when `account` is the zero address or already a member where a new one is wanted.
    error InvalidMember(address account);
    /// @notice Thrown when `account` is not a member.
    error UnknownMember(address account);
    /// @notice Thrown when a term would end at or before now.
    error InvalidTermEnd(uint64 termEnd);
    /// @notice Thrown when the committee already has `MAX_MEMBERS` members.
    error TooManyMembers(uint256 max);
    /// @notice Thrown when a threshold is 0 or above the number of members.
    error InvalidThreshold(uint256 threshold, uint256 members);
    /// @notice Thrown when a decision's call is not one of the fund's manager operations.
    error CallNotAllowed(bytes4 selector, uint256 length);
    /// @notice Thrown when an expiry is not in the future or beyond `MAX_DECISION_TTL`.
    error InvalidExpiry(uint64 expiresAt);
    /// @notice Thrown when no decision has `id`.
    error UnknownDecision(uint256 id);
    /// @notice Thrown when the decision is in `state`, which does not allow the action.
    error DecisionNotOpen(uint256 id, DecisionState state);
    /// @notice Thrown when `member` already approved decision `id` in its current election.
    error AlreadyApproved(uint256 id, address member);
    /// @notice Thrown when a decision has `approvals` valid approvals, fewer than `threshold`.
    error NotEnoughApprovals(uint256 id, uint256 approvals, uint256 threshold);
    /// @notice Thrown when the caller may not cancel decision `id`.
    error NotProposer(uint256 id, address caller);

    /// @notice Emitted when `member` was elected (or re-elected) with a term ending at `termEnd`.
    event MemberElected(address indexed member, uint64 termEnd);
    /// @notice Emitted when `member` was removed from the committee.
    event MemberRemoved(address indexed member);
    /// @notice Emitted when the threshold became `threshold`.
    event ThresholdSet(uint256 threshold);
    /// @notice Emitted when `proposer` proposed decision `id`, calling the fund with `data`.
    event DecisionProposed(uint256 indexed id, address indexed proposer, bytes data, uint64 expiresAt);
    /// @notice Emitted when `member` approved decision `id`.
    event DecisionApproved(uint256 indexed id, address indexed member);
    /// @notice Emitted when `executor` executed decision `id`; `result` is the fund's return data.
    event DecisionExecuted(uint256 indexed id, address indexed executor, bytes result);
    /// @notice Emitted when decision `id` was cancelled by `by`.
    event DecisionCancelled(uint256 indexed id, address indexed by);

    /// @notice The fund this committee manages.
    IFund public immutable fund;
    /// @notice M: the valid approvals a decision needs.
    uint256 public threshold;

    address[] private _members;
    mapping(address => Member) private _member;
    mapping(uint256 => mapping(address => uint64)) private _approvedIn; // id => member => election + 1
    Decision[] private _decisions;
    uint64 private _elections;

    modifier onlyMember() {
        if (!isInTerm(msg.sender)) revert NotMember(msg.sender);
        _;
    }

    /// @param fund_ The fund to manage; governance then makes this contract its manager.
    /// @param owner_ The fund's timelock.
    constructor(IFund fund_, address owner_) Ownable(owner_) {
        fund = fund_;
        threshold = 1;
        emit ThresholdSet(1);
    }

    // ───────────────────────────── governance (owner = timelock) ─────────────────────────────

    /// @notice Elects `account` with a term ending at `termEnd`; re-electing a member in term
    /// extends (or shortens) its term and keeps its approvals, re-electing a lapsed one voids them.
    function elect(address account, uint64 termEnd) external onlyOwner {
        if (account == address(0)) revert InvalidMember(account);
        Member storage m = _member[account];
        if (!m.active) {
            if (_members.length >= MAX_MEMBERS) revert TooManyMembers(MAX_MEMBERS);
            _members.push(account);
            m.active = true;
            m.election = ++_elections;
        } else if (m.termEnd <= block.timestamp) {
            m.election = ++_elections;
        }
        _setTerm(account, m, termEnd);
    }

    /// @notice Replaces `old` by `account` (who must not be a member), with a term ending at
    /// `termEnd`; `old`'s approvals stop counting and the threshold is unchanged.
    function replace(address old, address account, uint64 termEnd) external onlyOwner {
        if (account == address(0) || _member[account].active) revert InvalidMember(account);
        uint256 i = _indexOf(old);
        _member[old].active = false;
        _members[i] = account;
        emit MemberRemoved(old);
        Member storage m = _member[account];
        m.active = true;
        m.election = ++_elections;
        _setTerm(account, m, termEnd);
    }

    /// @notice Removes `account`; its approvals stop counting. The threshold drops to the number
    /// of members left when it was above it (and stays at least 1).
    function remove(address account) external onlyOwner {
        uint256 i = _indexOf(account);
        _member[account].active = false;
        _members[i] = _members[_members.length - 1];
        _members.pop();
        emit MemberRemoved(account);
        uint256 n = _members.length;
        if (threshold > n && n > 0) {
            threshold = n;
            emit ThresholdSet(n);
        }
    }

    /// @notice Sets M, the valid approvals a decision needs: 1 ≤ M ≤ the number of members.
    function setThreshold(uint256 m) external onlyOwner {
        if (m == 0 || m > _members.length) revert InvalidThreshold(m, _members.length);
        threshold = m;
        emit ThresholdSet(m);
    }

    // ───────────────────────────── members ─────────────────────────────

    /// @notice Proposes a call to the fund (`swap`, `addLiquidity`, `removeLiquidity` or
    /// `vaultMove`, nothing else) that expires at `expiresAt`; the proposal counts as the proposer's approval.
    function propose(bytes calldata data, uint64 expiresAt) external onlyMember returns (uint256 id) {
        _requireAllowed(data);
        if (expiresAt <= block.timestamp || expiresAt > block.timestamp + MAX_DECISION_TTL) {
            revert InvalidExpiry(expiresAt);
        }
        id = _decisions.length;
        Decision storage d = _decisions.push();
        d.data = data;
        d.proposer = msg.sender;
        d.proposedAt = uint64(block.timestamp);
        d.expiresAt = expiresAt;
        emit DecisionProposed(id, msg.sender, data, expiresAt);
        _approve(id, d);
    }

    /// @notice Approves decision `id`, while it is open (proposed or approved, not expired).
    function approve(uint256 id) external onlyMember {
        Decision storage d = _open(id);
        _approve(id, d);
    }

    /// @notice Executes decision `id` once its valid approvals reach the threshold, before it
    /// expires; reverts with the fund's own error when the fund refuses the operation.
    function execute(uint256 id) external onlyMember returns (bytes memory result) {
        Decision storage d = _open(id);
        uint256 approvals = _validApprovals(id, d);
        if (approvals < threshold) revert NotEnoughApprovals(id, approvals, threshold);
        d.executed = true;
        bool ok;
        (ok, result) = address(fund).call(d.data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(result, 0x20), mload(result))
            }
        }
        emit DecisionExecuted(id, msg.sender, result);
    }

    /// @notice Cancels open decision `id`: its proposer (while a member) or governance may.
    function cancel(uint256 id) external {
        Decision storage d = _open(id);
        if (msg.sender != owner() && !(msg.sender == d.proposer && isInTerm(msg.sender))) {
            revert NotProposer(id, msg.sender);
        }
        d.cancelled = true;
        emit DecisionCancelled(id, msg.sender);
    }

    // ───────────────────────────── views ─────────────────────────────

    /// @notice Whether `account` is a member whose term has not ended.
    function isInTerm(address account) public view returns (bool) {
        Member storage m = _member[account];
        return m.active && m.termEnd > block.timestamp;
    }

    /// @notice The members with their terms, the threshold and the number of decisions.
    function committee() external view returns (MemberView[] memory list, uint256 m, uint256 count) {
        list = new MemberView[](_members.length);
        for (uint256 i = 0; i < list.length; ++i) {
            address a = _members[i];
            list[i] = MemberView(a, _member[a].termEnd, isInTerm(a));
        }
        return (list, threshold, _decisions.length);
    }

    /// @notice The number of decisions ever proposed.
    function decisionCount() external view returns (uint256) {
        return _decisions.length;
    }

    /// @notice Decision `id`'s state now.
    function stateOf(uint256 id) public view returns (DecisionState) {
        if (id >= _decisions.length) revert UnknownDecision(id);
        return _state(id, _decisions[id]);
    }

    /// @notice Up to `count` decisions from `from`, newest last, with their approvers and which
    /// of the approvals count now.
    function decisions(uint256 from, uint256 count) external view returns (DecisionView[] memory list) {
        uint256 n = _decisions.length;
        uint256 end = from >= n ? from : (count > n - from ? n : from + count);
        list = new DecisionView[](end - from);
        for (uint256 id = from; id < end; ++id) {
            Decision storage d = _decisions[id];
            bool[] memory counts = new bool[](d.approvers.length);
            for (uint256 j = 0; j < counts.length; ++j) {
                counts[j] = _counts(id, d.approvers[j]);
            }
            list[id - from] = DecisionView({
                id: id,
                proposer: d.proposer,
                data: d.data,
                proposedAt: d.proposedAt,
                expiresAt: d.expiresAt,
                executed: d.executed,
                cancelled: d.cancelled,
                state: _state(id, d),
                validApprovals: _validApprovals(id, d),
                approvers: d.approvers,
                approvalCounts: counts
            });
        }
    }

    // ───────────────────────────── internals ─────────────────────────────

    function _setTerm(address account, Member storage m, uint64 termEnd) private {
        if (termEnd <= block.timestamp) revert InvalidTermEnd(termEnd);
        m.termEnd = termEnd;
        emit MemberElected(account, termEnd);
    }

    function _indexOf(address account) private view returns (uint256) {
        if (!_member[account].active) revert UnknownMember(account);
        for (uint256 i = 0; i < _members.length; ++i) {
            if (_members[i] == account) return i;
        }
        revert UnknownMember(account); // unreachable: an active member is listed
    }

    function _requireAllowed(bytes calldata data) private pure {
        bytes4 selector = data.length >= 4 ? bytes4(data[:4]) : bytes4(0);
        bool allowed = selector == IFund.swap.selector || selector == IFund.addLiquidity.selector
            || selector == IFund.removeLiquidity.selector || selector == IFund.vaultMove.selector;
        // A buyback takes two words (cash, minimum shares).
        bool buyback = selector == IFund.buyback.selector && data.length == 4 + 2 * 32;
        if (!buyback && (!allowed || data.length != CALL_LENGTH)) revert CallNotAllowed(selector, data.length);
    }

    function _open(uint256 id) private view returns (Decision storage d) {
        if (id >= _decisions.length) revert UnknownDecision(id);
        d = _decisions[id];
        DecisionState s = _state(id, d);
        if (s != DecisionState.Proposed && s != DecisionState.Approved) revert DecisionNotOpen(id, s);
    }

    function _approve(uint256 id, Decision storage d) private {
        uint64 election = _member[msg.sender].election;
        uint64 given = _approvedIn[id][msg.sender];
        if (given == election + 1) revert AlreadyApproved(id, msg.sender);
        if (given == 0) d.approvers.push(msg.sender);
        _approvedIn[id][msg.sender] = election + 1;
        emit DecisionApproved(id, msg.sender);
    }

    function _counts(uint256 id, address a) private view returns (bool) {
        return isInTerm(a) && _approvedIn[id][a] == _member[a].election + 1;
    }

    function _validApprovals(uint256 id, Decision storage d) private view returns (uint256 n) {
        for (uint256 j = 0; j < d.approvers.length; ++j) {
            if (_counts(id, d.approvers[j])) ++n;
        }
    }

    function _state(uint256 id, Decision storage d) private view returns (DecisionState) {
        if (d.executed) return DecisionState.Executed;
        if (d.cancelled) return DecisionState.Cancelled;
        if (d.expiresAt <= block.timestamp) return DecisionState.Expired;
        return _validApprovals(id, d) >= threshold ? DecisionState.Approved : DecisionState.Proposed;
    }
}
