// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ManagerToken} from "./ManagerToken.sol";

/// @title ContributionRewards
/// @notice Labor vouchers (paper ch. 3.2): governance-approved awards of manager tokens for
/// contributions, each with a category and a memo, an optional linear vesting, and an optional
/// hard cap on all awards together.
contract ContributionRewards is Ownable {
    enum Category {
        Initiator,
        EarlyInvestor,
        CornerstoneInvestor,
        DecisionInstitution,
        DecisionAlgorithm,
        DecisionCommittee,
        DecisionKol,
        ServiceProvider
    }

    struct Award {
        address contributor;
        Category category;
        uint128 amount;
        uint128 claimed;
        uint64 start;
        uint64 duration;
        string memo;
    }

    /// @notice Thrown when an award would take the total above the hard cap.
    error CapExceeded(uint256 requested, uint256 remaining);
    /// @notice Thrown when an award has no contributor or no amount.
    error InvalidAward();
    /// @notice Thrown when the cap is 0 (use `NO_CAP` for none).
    error InvalidCap();
    /// @notice Thrown when nothing is claimable.
    error NothingToClaim(uint256 awardId);

    /// @notice Emitted when an award was granted.
    event Awarded(
        uint256 indexed id,
        address indexed contributor,
        Category indexed category,
        uint256 amount,
        uint64 start,
        uint64 duration,
        string memo
    );
    /// @notice Emitted when vested manager tokens were minted to a contributor.
    event Claimed(uint256 indexed id, address indexed contributor, uint256 amount);

    ManagerToken public immutable managerToken;
    /// @notice The cap that means "no cap".
    uint256 public constant NO_CAP = type(uint256).max;
    /// @notice Maximum of all awards together; `NO_CAP` means none.
    uint256 public immutable cap;
    uint256 public totalAwarded;
    Award[] private _awards;

    constructor(ManagerToken token, address owner_, uint256 cap_) Ownable(owner_) {
        if (cap_ == 0) revert InvalidCap();
        managerToken = token;
        cap = cap_;
    }

    /// @notice Grants `amount` manager tokens to `contributor`, vesting linearly over `duration`
    /// seconds from `start` (0 duration: all at `start`).
    function award(
        address contributor,
        uint128 amount,
        Category category,
        uint64 start,
        uint64 duration,
        string calldata memo
    ) external onlyOwner returns (uint256 id) {
        if (contributor == address(0) || amount == 0) revert InvalidAward();
        if (totalAwarded + amount > cap) revert CapExceeded(amount, cap - totalAwarded);
        totalAwarded += amount;
        id = _awards.length;
        _awards.push(Award(contributor, category, amount, 0, start, duration, memo));
        emit Awarded(id, contributor, category, amount, start, duration, memo);
    }

    /// @notice Mints the vested, unclaimed part of award `id` to its contributor (anyone may call).
    function claim(uint256 id) external returns (uint256 amount) {
        Award storage a = _awards[id];
        amount = vested(id) - a.claimed;
        if (amount == 0) revert NothingToClaim(id);
        a.claimed += uint128(amount);
        managerToken.mint(a.contributor, amount);
        emit Claimed(id, a.contributor, amount);
    }

    /// @notice The part of award `id` vested now.
    function vested(uint256 id) public view returns (uint256) {
        Award storage a = _awards[id];
        if (block.timestamp < a.start) return 0;
        if (a.duration == 0 || block.timestamp >= uint256(a.start) + a.duration) return a.amount;
        return (uint256(a.amount) * (block.timestamp - a.start)) / a.duration;
    }

    /// @notice Award `id`.
    function getAward(uint256 id) external view returns (Award memory) {
        return _awards[id];
    }

    /// @notice Every award, in order.
    function allAwards() external view returns (Award[] memory) {
        return _awards;
    }

    /// @notice Number of awards.
    function awardCount() external view returns (uint256) {
        return _awards.length;
    }
}
