// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC4626} from "@openzeppelin/contracts/interfaces/IERC4626.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IDistributor} from "../interfaces/IDistributor.sol";
import {IShareLedger} from "../interfaces/IShareLedger.sol";

/// @notice What the distributor reads of its fund: the fee splitter, whose share of a
/// distribution becomes fee shares, and how many daily NAV checkpoints it has written.
interface IFundOfDistributor {
    function feeSplitter() external view returns (address);
    function checkpointCount() external view returns (uint256);
}

/// @title Distributor
/// @notice Holds the proceeds a fund returns to its investors (DESIGN §4, paper ch. 2.4 exit) and
/// pays each holder `amount × balanceAt(holder, snapshot) / supplyAt(snapshot)`, rounded down, from
/// the fund's share ledger: in any order, whenever they like, once; what nobody claimed stays
/// claimable. Anyone may claim for a holder: the money always goes to the holder.
/// @dev One distributor per fund, created with it by the factory, like its ledger: it trusts only
/// its own fund's calls and ledger, so no other fund or contract can touch its accounting, and each
/// distribution pays at most its own amount (the sum of rounded-down parts never exceeds it).
/// The fee splitter's part: the fee shares it holds belong to manager-token holders, who cannot
/// receive the asset through it, so that part is deposited back into the fund for the splitter
/// (at the fund's price, entry fee included); the splitter credits the new shares to
/// manager-token holders as it does every fee share. While prices are stale that deposit, and
/// so that one claim, waits; it stays claimable.
contract Distributor is IDistributor {
    using SafeERC20 for IERC20;

    struct Distribution {
        uint128 amount; // set aside, in the fund's denomination asset
        uint128 claimed; // paid out so far
        uint48 snapshot; // shares held at the end of this second count
        uint48 time; // when the cash was set aside
        uint256 supply; // shares at the snapshot
        uint256 navBefore; // NAV per share (asset units per 10^decimals shares) before
        uint256 navAfter; // and after the cash left
    }

    /// @notice The fund whose proceeds this distributor pays.
    address public fund;
    /// @notice The fund's share ledger, whose snapshots decide who gets what.
    IShareLedger public ledger;
    /// @notice The fund's denomination asset, in which distributions pay.
    IERC20 public asset;

    Distribution[] private _distributions;
    /// @dev Per distribution, one word a history reader loads in one storage read: the growth
    /// index (high 192 bits) and the fund's checkpoint count when it was opened (low 64 bits).
    uint256[] private _growth;
    /// @notice Set aside and not yet claimed, over all distributions.
    uint256 public held;
    mapping(uint256 id => mapping(address holder => bool)) public claimed;

    /// @notice Thrown when someone other than the fund opens a distribution.
    error NotFund(address caller);
    /// @notice Thrown when the snapshot is not strictly in the past (same-block shares would count).
    error SnapshotNotPast(uint256 snapshot, uint256 now_);
    /// @notice Thrown when nobody held shares at the snapshot, or nothing is set aside.
    error NothingToDistribute(uint256 amount, uint256 supplyAtSnapshot);
    /// @notice Thrown when the fund did not send the cash it set aside.
    error CashNotReceived(uint256 amount, uint256 received);
    /// @notice Thrown when a distribution id does not exist.
    error UnknownDistribution(uint256 id);
    /// @notice Thrown when a holder's part of a distribution was already paid.
    error AlreadyClaimed(uint256 id, address holder);
    /// @notice Thrown when a holder had no shares at a distribution's snapshot (or its part rounds to 0).
    error NothingToClaim(uint256 id, address holder);

    /// @notice Emitted when the fund set `amount` aside for the holders at `snapshot`; the NAV per
    /// share fell from `navPerShareBefore` to `navPerShareAfter` (asset units per whole share).
    event Distributed(
        uint256 indexed id, uint256 amount, uint256 snapshot, uint256 supplyAtSnapshot, uint256 navPerShareBefore, uint256 navPerShareAfter
    );
    /// @notice Emitted when `holder`'s part of distribution `id` was paid (to the holder), by `caller`.
    event Claimed(uint256 indexed id, address indexed holder, address indexed caller, uint256 amount);

    /// @notice The growth index before any distribution: 10^18.
    uint256 public constant GROWTH_UNIT = 1e18;

    /// @notice Thrown when a distributor is given its fund a second time.
    error AlreadyInitialized();

    /// @notice The implementation the factory clones for each fund; it serves no fund itself.
    constructor() {
        fund = address(0xdead);
    }

    /// @notice Binds a fresh clone to `fund_`, reading its snapshots from `ledger_`, once; the
    /// factory does it in the call that clones it.
    function initialize(address fund_, IShareLedger ledger_) external {
        if (fund != address(0)) revert AlreadyInitialized();
        fund = fund_;
        ledger = ledger_;
        asset = IERC20(IERC4626(fund_).asset());
    }

    /// @inheritdoc IDistributor
    function open(uint256 amount, uint256 snapshot, uint256 gav, uint256 supply) external returns (uint256 id) {
        if (msg.sender != fund) revert NotFund(msg.sender);
        if (snapshot >= block.timestamp) revert SnapshotNotPast(snapshot, block.timestamp);
        uint256 atSnapshot = ledger.supplyAt(snapshot);
        if (amount == 0 || atSnapshot == 0) revert NothingToDistribute(amount, atSnapshot);
        // The fund sent the cash just before this call; held cash is never counted twice.
        uint256 balance = asset.balanceOf(address(this));
        if (balance < held + amount) revert CashNotReceived(amount, balance - held);
        held += amount;
        uint256 unit = 10 ** IERC20Metadata(fund).decimals();
        uint256 before = Math.mulDiv(gav, unit, supply);
        uint256 after_ = Math.mulDiv(gav - amount, unit, supply);
        id = _distributions.length;
        _distributions.push(
            Distribution(SafeCast.toUint128(amount), 0, uint48(snapshot), uint48(block.timestamp), atSnapshot, before, after_)
        );
        uint256 g = id == 0 ? GROWTH_UNIT : _growth[id - 1] >> 64;
        _growth.push(nextGrowth(g, before, after_) << 64 | uint64(IFundOfDistributor(fund).checkpointCount()));
        emit Distributed(id, amount, snapshot, atSnapshot, before, after_);
    }

    /// @notice The growth index after a distribution that took the NAV per share from `before` to
    /// `after_`, from `g` before it: `⌊g × before / after_⌋`, saturating at 2^192 − 1 (and there
    /// when nothing is left) so that no distribution reverts for the sake of a chart.
    /// @dev A NAV per share `nav` of a checkpoint written under index `g` counts, in a total return
    /// to a time under index `gNow`, as `⌊nav × g / gNow⌋`: as if each distribution had been
    /// reinvested at the NAV per share after it. The client computes the same from the events.
    function nextGrowth(uint256 g, uint256 before, uint256 after_) public pure returns (uint256) {
        uint256 max = type(uint192).max;
        if (after_ == 0 || before / after_ >= max / g) return max;
        return Math.min(Math.mulDiv(g, before, after_), max);
    }

    /// @notice The growth words a history from checkpoint `checkpoint` on needs: `base`, the index
    /// in force at `checkpoint`, and each later distribution's word (index << 64 | the checkpoint
    /// count when it was opened: checkpoints from that count on were written after it), oldest
    /// first. When more than `max` follow, only the last `max` are given and `from` is the count
    /// of the first of them: only checkpoints from `from` on can then be adjusted. A distributor
    /// with no distribution gives `(checkpoint, GROWTH_UNIT, [])`.
    function growthSince(uint256 checkpoint, uint256 max)
        external
        view
        returns (uint256 from, uint256 base, uint256[] memory words)
    {
        uint256 n = _growth.length;
        // The first distribution opened after checkpoint `checkpoint` was written.
        (uint256 lo, uint256 hi) = (0, n);
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (uint64(_growth[mid]) <= checkpoint) lo = mid + 1;
            else hi = mid;
        }
        from = checkpoint;
        if (n - lo > max) {
            lo = n - max;
            from = uint64(_growth[lo]);
        }
        base = lo == 0 ? GROWTH_UNIT : _growth[lo - 1] >> 64;
        words = new uint256[](n - lo);
        for (uint256 i = 0; i < words.length; ++i) {
            words[i] = _growth[lo + i];
        }
    }

    /// @notice Pays `holder` its part of distribution `id`; anyone may call, the holder is paid.
    function claim(uint256 id, address holder) public returns (uint256 amount) {
        amount = entitlement(id, holder);
        if (amount == 0) revert NothingToClaim(id, holder);
        if (claimed[id][holder]) revert AlreadyClaimed(id, holder);
        claimed[id][holder] = true;
        _distributions[id].claimed += uint128(amount);
        held -= amount;
        emit Claimed(id, holder, msg.sender, amount);
        address splitter = IFundOfDistributor(fund).feeSplitter();
        if (holder != splitter) {
            asset.safeTransfer(holder, amount);
        } else {
            asset.forceApprove(fund, amount);
            IERC4626(fund).deposit(amount, splitter);
        }
    }

    /// @notice Pays `holder` its unclaimed parts of every distribution in `ids` (one transaction).
    function claimMany(uint256[] calldata ids, address holder) external returns (uint256 total) {
        for (uint256 i = 0; i < ids.length; ++i) {
            total += claim(ids[i], holder);
        }
    }

    /// @notice `holder`'s part of distribution `id`, claimed or not.
    function entitlement(uint256 id, address holder) public view returns (uint256) {
        if (id >= _distributions.length) revert UnknownDistribution(id);
        Distribution storage d = _distributions[id];
        return Math.mulDiv(d.amount, ledger.balanceAt(holder, d.snapshot), d.supply);
    }

    /// @notice What `holder` can still claim from distribution `id` (0 once claimed).
    function claimable(uint256 id, address holder) external view returns (uint256) {
        return claimed[id][holder] ? 0 : entitlement(id, holder);
    }

    /// @notice Number of distributions so far.
    function distributionCount() external view returns (uint256) {
        return _distributions.length;
    }

    /// @notice Distribution `id`.
    function distribution(uint256 id) external view returns (Distribution memory) {
        if (id >= _distributions.length) revert UnknownDistribution(id);
        return _distributions[id];
    }

    /// @notice Every distribution, oldest first.
    function allDistributions() external view returns (Distribution[] memory) {
        return _distributions;
    }
}
